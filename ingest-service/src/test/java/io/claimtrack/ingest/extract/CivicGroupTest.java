package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "The group said" of a civic body named just before: an alliance, a collective, a campaign (issue 10). */
class CivicGroupTest {

    private static String speakerOf(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content).speaker;
    }

    @Test
    void theGroupIsTheCivicBodyNamedJustBefore() {
        assertEquals("Larkspur Aid Collective", speakerOf("""
                Helpers from the Larkspur Aid Collective set up tents by the river. The group said it had raised $40,000.
                """, "it had raised $40,000"));
        assertEquals("Kestrel Valley Alliance", speakerOf("""
                Members of the Kestrel Valley Alliance marched to the town hall on Saturday.

                The group said the quarry would poison the stream.
                """, "the quarry would poison the stream"));
    }

    @Test
    void theNearestBodyWinsOverACompanyNamedBefore() {
        assertEquals("Fair Wages Campaign", speakerOf("""
                Ornell Motors cut 300 jobs. Workers from the Ornell plant joined a rally by the Fair Wages Campaign. The \
                group said the cuts were "a betrayal".
                """, "the cuts were \"a betrayal\""));
    }

    @Test
    void aUniversityOrABodyFarAboveIsNoGroup() {
        assertEquals("The group", speakerOf("""
                Students at Marrow University staged a sit-in over fees. The group said it would stay until Friday.
                """, "it would stay until Friday"));
        assertEquals("The group", speakerOf("""
                The Kestrel Valley Alliance was founded in 2019.

                The quarry opened in May.

                Dozens of parents protested outside the school on Monday. The group said the dust was making children ill.
                """, "the dust was making children ill"));
    }
}
