package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "the families, many of whom say ...": part of the group before a partitive relative speaks. */
class PartitiveRelativeTest {

    @Test
    void aQuantifierOfWhomBeforeTheCueGivesTheGroupBeforeIt() {
        assertMentions("""
                The toll angered the ferry crews, many of whom say the new fares are unfair.
                The plan was sent to the harbour pilots, two of whom said they would resign.
                """,
                "the ferry crews | the new fares are unfair | say | indirect",
                "the harbour pilots | they would resign | said | indirect");
    }

    @Test
    void aGroupWithNoDeterminerNorKnownLastWordStillSpeaks() {
        // "the victims" is no known speaker word, and no article opens the group: the quantifier says it is people.
        assertMentions("The new fares have not gone down well with ferry pilots, many of whom say the quay is unsafe.",
                "ferry pilots | the quay is unsafe | say | indirect");
        assertMentions("The plan has not gone down well with relatives of the victims, many of whom say it came too late.",
                "relatives of the victims | it came too late | say | indirect");
    }

    @Test
    void theRelativeClauseEndsAtItsClosingComma() {
        assertMentions("The ferry crews, most of whom say the fares are unfair, will strike on Monday.",
                "The ferry crews | the fares are unfair | say | indirect");
    }

    @Test
    void ofWhomAfterAPrepositionAloneIsNoSpeaker() {
        assertMentions("The pilots, of whom say nothing, left.");
    }
}
