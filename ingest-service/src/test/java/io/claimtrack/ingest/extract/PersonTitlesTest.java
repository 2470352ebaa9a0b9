package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A witness's answer after a lawyer's question: the lawyer's title set off before the name ("the city's lawyer, NAME,")
 * is known, so "the manager replied" is not taken for the lawyer who spoke last.
 */
class PersonTitlesTest {

    private static final String VALVE = """
            Manager tells jury he checked the valve

            Piet Olowande-Sarr, who ran the night shift at the Grellton plant, testified that he had checked the main valve at 10 p.m.

            Under cross-examination, the city's lawyer, Bettina Oyelaran-Moss, read from a logbook with no entry for that night.

            "So nobody wrote down that the valve was checked," Oyelaran-Moss said.

            "I checked it with my own hands," the manager replied.
            """;

    @Test
    void aWitnessAnswerAfterALawyerWithAnApposedTitleIsTheWitnesss() {
        assertSpeaker(extract(VALVE), "\"I checked it with my own hands,\"", "Piet Olowande-Sarr");
    }

    @Test
    void anApposedTitleOfTheDescriptionsOwnOfficeStillFits() {
        AnnotatedDocument doc = extract(VALVE.replace("the city's lawyer, Bettina", "the day shift's manager, Bettina"));
        assertSpeaker(doc, "\"I checked it with my own hands,\"", "Bettina Oyelaran-Moss");
    }
}
