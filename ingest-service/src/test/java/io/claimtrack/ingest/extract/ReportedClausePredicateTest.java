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

    /** Round 59: a body's description opening the reported clause holds the belief after "but was" as a pronoun does. */
    @Test
    void aBeliefGoingOnWithABodysDescriptionIsPartOfTheClause() {
        assertMentions("""
                Ms. Ilse Vance-Orr said that the ministry supported the aim of the motion but was concerned that rural clinics could not hire nurses in time.
                """,
                "Ms. Ilse Vance-Orr | the ministry supported the aim of the motion but was concerned that rural clinics could not hire nurses in time | said | indirect");
    }

    /**
     * Round 59: "said (that) she agreed with X" reports the agreement, no second statement; "and that B" after it is the
     * said clause's pair. An agreement of its own ("agreed with X that A") stays.
     */
    @Test
    void anAgreementInsideTheSaidClauseIsWhatWasSaid() {
        assertMentions("""
                Speaking against the plan, Ms. Pia Lorensen-Abu said that she agreed with the previous speaker and that the lane floods every spring.
                Several growers said they agreed with the ruling.
                Mr. Teodor Lind agreed with the harbour master that the pier was unsafe.
                """,
                "Ms. Pia Lorensen-Abu | she agreed with the previous speaker and that the lane floods every spring | said | indirect",
                "Several growers | they agreed with the ruling | said | indirect",
                "Mr. Teodor Lind | the pier was unsafe | agreed | indirect");
    }
}
