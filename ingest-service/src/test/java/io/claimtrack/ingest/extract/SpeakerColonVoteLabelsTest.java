package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 61: a recorded vote's side labels ("Against: Councillors A, B") open their lines as a speaker's label
 * does, but say how members voted: no statement ({@link SpeakerColonStage}, lexicon "labels").
 */
class SpeakerColonVoteLabelsTest {

    @Test
    void aRecordedVotesSidesAreNoSpeakers() {
        AnnotatedDocument doc = extract("""
                Minutes of the Regular Meeting of Harrow Vale Council

                4. Transit levy
                Moved by Councillor Brisk-Amadu, seconded by Councillor Lowe-Tarrant:
                THAT the transit levy be raised by 2% in 2047.

                Recorded vote:
                For: Councillors Brisk-Amadu, Lowe-Tarrant, Ferrand-Osei
                Against: Councillors Quill-Mbeki, Dunhollow
                Opposed: Councillor Piet-Karsten
                CARRIED.
                """);
        assertEquals(List.of(), contents(doc));
    }
}
