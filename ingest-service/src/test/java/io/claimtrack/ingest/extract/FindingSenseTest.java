package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether "showed" or "found" has a finding after it, not the narrator's clause of time or reason. */
class FindingSenseTest {

    @Test
    void aClauseOfTimeAfterTheObjectIsNoFinding() {
        assertEquals(List.of("showed", "Shows", "felt"), cues("""
                Brannock showed no emotion as the sentence was read.
                The audit showed the fund was empty when the council met.
                Survey Shows Gap When It Comes To Rural Clinics
                Odile Varn felt she wasn't heard because she lacked a title.
                """));
    }

    /** Round 48: "found" with a counted object and its relative clause finds things, no finding; "found that" finds. */
    @Test
    void aCountedObjectWithItsRelativeIsNoFinding() {
        assertEquals(List.of("found"), cues("""
                During the recount, officials found two ballots that the scanners had rejected.
                The auditors found that the ward had 14 spoiled ballots.
                """));
    }

    /** Round 58: an examiner's office titled "... General" finds as the examiner does; a general who finds reports an object. */
    @Test
    void anInspectorGeneralFindsAsAnExaminerDoes() {
        assertEquals(List.of("finds", "found"), cues("""
                Inspector General finds Ports Authority paid $3.1 million for dredging never done

                The Auditor General found the ferry board paid twice for the same repairs.

                General Brandt found the bridge intact.
                """));
    }

    /**
     * An inspection's "found no irregularities" is its finding, whoever looked; "found no one at home" locates no one,
     * and a verb coordinated inside another's clause stays in it.
     */
    @Test
    void noFaultFoundIsAFinding() {
        assertEquals(List.of("found", "found", "said"), cues("""
                The boilers were inspected by the Halden Safety Board in 2041. The Board found no defects.
                The surveyors found no further structural faults in the tower.
                Police found no one at home.
                The operator said the line is inspected weekly and had found no defects in March.
                """));
    }
}
