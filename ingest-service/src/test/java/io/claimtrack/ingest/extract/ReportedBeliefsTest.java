package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A belief or a finding inside another speaker's report is that speaker's account, not a statement of its own. */
class ReportedBeliefsTest {

    @Test
    void aBeliefOrFindingReportedByAnotherSpeakerIsNoStatementOfItsOwn() {
        assertMentions("""
                Councillor Holm said the harbour master believes that the pier is unsafe.
                The pier is unsafe, the harbour master thinks, Councillor Holm told reporters.
                Lund argued that surveys show most pilots oppose the new timetable.
                The union said the audit found gaps in the ferry logs.
                """,
                "Councillor Holm | the harbour master believes that the pier is unsafe | said | indirect",
                "Councillor Holm | The pier is unsafe, the harbour master thinks | told | indirect",
                "Lund | surveys show most pilots oppose the new timetable | argued | indirect",
                "The union | the audit found gaps in the ferry logs | said | indirect");
    }

    /**
     * Round 59: a verdict ("considers X Y") is a view as "believes" is: inside a lead-in's bullet it is the lead-in
     * speaker's point, inside another's report his account.
     */
    @Test
    void aVerdictInsideABulletOrAReportIsTheReportersAccount() {
        assertMentions("""
                Presidents meet in Varn

                VARN, May 3 - President Edo Malk of Tessaly met his Orvan counterpart on Friday.

                President Malk stressed:
                - Tessaly considers Orva its key partner in the region
                - The new canal must be financed jointly
                """,
                "President Malk | Tessaly considers Orva its key partner in the region | stressed | indirect",
                "President Malk | The new canal must be financed jointly | stressed | indirect");
        assertMentions("""
                The port agency said it would review the ferry logs but did not consider the gaps a safety risk.
                """,
                "The port agency | it would review the ferry logs but did not consider the gaps a safety risk | said | indirect");
    }

    @Test
    void theSameVerbsOutsideAReportStillSpeak() {
        assertMentions("""
                The harbour master believes that the pier is unsafe.
                A survey of 400 pilots shows most of them oppose the new timetable.
                """,
                "The harbour master | the pier is unsafe | believes | indirect",
                "A survey of 400 pilots | most of them oppose the new timetable | shows | indirect");
    }
}
