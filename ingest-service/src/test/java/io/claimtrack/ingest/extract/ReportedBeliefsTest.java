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
