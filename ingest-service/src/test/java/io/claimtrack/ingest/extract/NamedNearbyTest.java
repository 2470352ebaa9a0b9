package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10 on newspaper prose: a description the story names nearby, by a general word for the title it gave
 * ("the expert" for a named analyst).
 */
class NamedNearbyTest {

    @Test
    void theExpertIsTheAnalystJustQuoted() {
        AnnotatedDocument doc = extract("""
                Ferry traffic across the strait fell by a third in November, the port authority said.

                Bergen-based transport analyst Ivo Strand told the Harbour Gazette that the fall was "a warning to the \
                operators." "They raised fares twice in one year. Nobody should be surprised," the expert said.
                """);
        assertSpeaker(doc, "\"They raised fares twice in one year. Nobody should be surprised,\"", "Ivo Strand");
    }

    @Test
    void aLedesDescriptionIsNamedTwoParagraphsDownPastOneThatNamesNoOne() {
        AnnotatedDocument doc = extract("""
                Ferry fares across the strait will rise by a fifth in January after the harbour board's chairwoman \
                said the operators could no longer cover their fuel costs.

                A single crossing will cost 12 crowns, up from 10, and a monthly pass 310 crowns.

                "We held fares for three years. We cannot hold them for a fourth," Nordby Port Commission Chairwoman Trine Aas \
                told reporters in Nordby.
                """);
        assertSpeaker(doc, "the operators could no longer cover their fuel costs", "Trine Aas");
    }

    /**
     * "the driver's lawyer" is the lawyer the next paragraph names, though that paragraph names a captain first: he is
     * one the lawyer talks of, in what the lawyer says.
     */
    @Test
    void aDescriptionIsNamedNextPastThePeopleTheNamedSpeakerTalksOf() {
        AnnotatedDocument doc = extract("""
                HOLMVIK - The driver who hit the pier in March had no warning of the failed brakes, the driver's lawyer \
                told a hearing on Tuesday.

                Capt. Ivar Moen of the Holmvik Ferry Company left the dock at 9 a.m. after the driver waved him off, \
                lawyer Oskar Lindqvist said in his opening remarks.
                """);
        assertSpeaker(doc, "The driver who hit the pier in March had no warning of the failed brakes", "Oskar Lindqvist");
    }
}
