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

    /** Round 52: "were heard and rejected because" is the reported clause's passive; with an object ("and defended the coach") the verb is the speaker's. */
    @Test
    void aParticipleCoordinatedInThePassiveIsPartOfTheClause() {
        assertMentions("""
                The federation said the appeals were heard and rejected because the footage showed no foul.
                """,
                "The federation | the appeals were heard and rejected because the footage showed no foul | said | indirect");
        assertMentions("""
                Several club owners suggested the referee be suspended and defended the coach as a fair man.
                """,
                "Several club owners | the referee be suspended | suggested | indirect",
                "Several club owners | the coach as a fair man | defended | indirect");
    }
}
