package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Round 49: a belief after "but was" goes on with the reported clause's pronoun subject, one statement. */
class ReportedClausePredicateTest {

    @Test
    void aBeliefGoingOnWithTheReportedClausesSubjectIsPartOfIt() {
        assertMentions("""
                Trustee Nell Varga said she supported the schedule but was worried that the buses would run late.
                """,
                "Trustee Nell Varga | she supported the schedule but was worried that the buses would run late | said | indirect");
    }

    @Test
    void aBeliefAfterAClauseWithAnotherSubjectIsTheSpeakersOwn() {
        assertMentions("""
                Trustee Nell Varga said the schedule was sound but was worried that the buses would run late.
                """,
                "Trustee Nell Varga | the schedule was sound | said | indirect",
                "Trustee Nell Varga | the buses would run late | worried | indirect");
    }
}
