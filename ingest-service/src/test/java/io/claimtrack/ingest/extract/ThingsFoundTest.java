package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Round 49: "found" of a thing or a person located is no finding; a finding after it stays one. */
class ThingsFoundTest {

    @Test
    void aThingFoundSomewhereAndAPersonFoundWithSomethingAreNoFindings() {
        assertMentions("""
                Under the Heritage Act, coins found in a field belong to the Crown, not to the farmer. Bones found near \
                the quarry go to the county museum. In the third round, she found him with a right hand that ended it. \
                The dogs found them behind the shed.
                """);
    }

    @Test
    void aFindingAfterAnAdjunctOrAVerdictStaysAFinding() {
        assertMentions("""
                The audit found in May that the ferry fund had lost money. Inspectors found rust on two of the cranes.
                """,
                "The audit | the ferry fund had lost money | found | indirect",
                "Inspectors | rust on two of the cranes | found | indirect");
    }

    /** Round 54: a headline's people find things, a list of nouns with no clause; a study's finding stays. */
    @Test
    void aHeadlinesThingsFoundByPeopleAreNoFinding() {
        assertMentions("""
                Cafe shut after inspectors find cockroaches, mouldy bread

                Study finds ferry fares are too high
                """,
                "Study | ferry fares are too high | finds | indirect");
    }
}
