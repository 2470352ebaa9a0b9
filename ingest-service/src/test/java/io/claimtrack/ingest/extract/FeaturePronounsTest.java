package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A newspaper feature's "she said" and "he said" among several people: the person its lede or an apposition
 * introduces, not a deck's description nor the last one quoted.
 */
class FeaturePronounsTest {

    private static final String PROFILE = """
            'I will not be liked': Harwick General's new chief takes charge

            A heart surgeon known for arguing, and for winning, takes over a hospital in trouble

            By Perrin Ashdown

            HARWICK — At 6 a.m. on her second day as chief of staff at Harwick General Hospital, Dr. Ailbhe \
            Vantreight was walking the emergency ward.

            There were 19 patients on stretchers. The longest had waited 30 hours.

            "The waiting room is the whole job," she said later in her office.
            """;

    @Test
    void theLedesSubjectAfterTheDatelineTakesTheFirstShe() {
        // "Ailbhe" is on no list of first names: only the subject's place after the dateline says it is her.
        assertSpeaker(extract(PROFILE), "\"The waiting room is the whole job,\"", "Ailbhe Vantreight");
    }
}
