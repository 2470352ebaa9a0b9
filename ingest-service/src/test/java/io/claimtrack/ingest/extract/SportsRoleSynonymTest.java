package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 40: a sports role given before a name is the person a synonym of it describes below ("goaltender X"
 * ... "the netminder said"; "captain X" ... "the skipper said"); another role is someone else.
 */
class SportsRoleSynonymTest {

    @Test
    void theNetminderIsTheGoaltenderNamedBefore() {
        AnnotatedDocument doc = afterSaves("\"I just tried to stay square to the puck,\" the netminder said.");
        assertSpeaker(doc, "\"I just tried to stay square to the puck,\"", "Mattias Rehnholm-Aidoo");
    }

    @Test
    void theSkipperIsTheCaptainNamedBefore() {
        AnnotatedDocument doc = extract("""
                The equaliser came from captain Ines Valmora-Quist in the 88th minute.

                "We never stopped believing," the skipper said.
                """);
        assertSpeaker(doc, "\"We never stopped believing,\"", "Ines Valmora-Quist");
    }

    @Test
    void anotherPositionIsSomeoneElse() {
        AnnotatedDocument doc = afterSaves("\"We finally found the net,\" the winger said.");
        assertSpeaker(doc, "\"We finally found the net,\"", "the winger");
    }

    /** A goaltender's game, then {@code paragraph}. */
    private static AnnotatedDocument afterSaves(String paragraph) {
        return extract("Goaltender Mattias Rehnholm-Aidoo stopped 34 shots as the Harbour Kings beat Tessel 2-1 on Saturday.\n\n"
                + paragraph + "\n");
    }

    /** A cyclist is "the rider" below, "himself" only stressing him (round 47). */
    @Test
    void theRiderIsTheCyclistNamedBefore() {
        AnnotatedDocument doc = extract("""
                Tollish cyclist Henrik Aabo has been suspended for two years, the Vessan Integrity Agency said on Monday.

                The rider himself wrote on social media that he would appeal.
                """);
        assertSpeaker(doc, "he would appeal", "Henrik Aabo");
    }
}
