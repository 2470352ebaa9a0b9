package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.cues;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 48: in a hearing or a judgment's summary a party "submitted that" its case and "accepted that" a
 * point, and a judge "holds that" however long the clause's subject; a report submitted and an offer accepted are acts.
 */
class HearingPartiesCuesTest {

    @Test
    void aPartysSubmissionAndConcessionAndAJudgesHoldingAreStatements() {
        assertEquals(List.of(
                "Tenants' Board | the notice period had not begun",
                "Harbour Society | the pier had been closed for a year",
                "Council | the crossing had no lights on the night of the crash",
                "Ida Orr | a landlord which promises repairs to its tenants cannot rely on the waiver in the lease"),
                speakersAndContents(extract("""
                        The Tenants' Board submitted that the notice period had not begun. The Harbour Society, which \
                        intervened, submitted that the pier had been closed for a year.

                        The Council accepted that the crossing had no lights on the night of the crash.

                        Justice Ida Orr holds that a landlord which promises repairs to its tenants cannot rely on the \
                        waiver in the lease.
                        """)));
    }

    @Test
    void aWitnessWhoGaveEvidenceThatSaidIt() {
        assertEquals(List.of("Hedda Strom | the kiln was switched off every night",
                        "Bram Okonjo | no invoice had been issued for the repairs"),
                speakersAndContents(extract("""
                        The pottery's manager, Hedda Strom, gave evidence that the kiln was switched off every night.

                        Mr. Bram Okonjo has given evidence that no invoice had been issued for the repairs.
                        """)));
    }

    @Test
    void aShortSettingBeforeTheClauseOfAConcessionOrSubmission() {
        assertEquals(List.of("Lior Vance | the ledger had been kept at home",
                        "Quayside Trust | the lease had lapsed in 2029"),
                speakersAndContents(extract("""
                        The auditor, Lior Vance, accepted in cross-examination that the ledger had been kept at home.

                        The Quayside Trust submitted at the hearing that the lease had lapsed in 2029.
                        """)));
    }

    /** Round 58: whom counsel speaks for, set between the cue and its clause. */
    @Test
    void counselsClientBeforeTheClauseOfASubmission() {
        assertEquals(List.of("Hedda Brun-Okafor | the road had been gritted", "Hedda Brun-Okafor | the driver had been speeding",
                        "Tomas Ek-Lind | the road was never gritted"),
                speakersAndContents(extract("""
                        Counsel for the council, Ms. Hedda Brun-Okafor, submitted that the road had been gritted. Ms. \
                        Brun-Okafor submitted on behalf of the council that the driver had been speeding.

                        Counsel for the widow, Mr. Tomas Ek-Lind, submitted on behalf of the family that the road was never gritted.
                        """)));
    }

    @Test
    void aTribunalAcceptingAWitnesssEvidenceThatStatesIt() {
        assertEquals(List.of("Licensing Board | Ms. Tamsin Rhee's evidence that the side gate was locked at midnight",
                        "Licensing Board | the fence had been sound since May"),
                speakersAndContents(extract("""
                        The Licensing Board heard the appeal. It accepts Ms. Tamsin Rhee's evidence that the side gate \
                        was locked at midnight, and finds that the fence had been sound since May.

                        The Board accepted her resignation and accepts the evidence.
                        """)));
    }

    /** Round 56: "does not accept X's evidence that A" is a finding the other way, a statement as its "accepts" is. */
    @Test
    void aTribunalNotAcceptingAPartysEvidenceFindsAgainstIt() {
        assertEquals(List.of("Fenwick Board | the applicant's evidence that the shed was built in 2030"),
                speakersAndContents(extract("""
                        The Fenwick Board heard the appeal. The Board does not accept the applicant's evidence that the \
                        shed was built in 2030.

                        The Board did not accept her resignation.
                        """)));
    }

    /**
     * Round 59: "does not accept that A" is a body's verdict against the claim A, a statement as "accepts that A" is,
     * also when a gerund's long object puts the clause's verb far after "that"; "did not accept that argument" keeps a
     * thing.
     */
    @Test
    void aBodyNotAcceptingAClaimFindsAgainstIt() {
        assertEquals(List.of("Tarrow Harbour Board | closing part of the east quay to 2052 would harm the ferries",
                        "Tarrow Harbour Board | the dues were unfair"),
                speakersAndContents(extract("""
                        The Tarrow Harbour Board heard the objections. The Board does not accept that closing part of the \
                        east quay to 2052 would harm the ferries. It did not accept that the dues were unfair.

                        The Board did not accept that argument.
                        """)));
    }

    /** Issue 9, round 57: not accepting a recommendation or finding is a position on it, as accepting it is. */
    @Test
    void notAcceptingARecommendationIsAPosition() {
        assertEquals(List.of("Harwick University | the panel's first finding", "Harwick University | the panel's second finding",
                        "Harwick University | the records were never requested"),
                speakersAndContents(extract("""
                        Harwick University has accepted the panel's first finding. The university does not accept the \
                        panel's second finding, arguing that the records were never requested.

                        The university did not accept the donation.
                        """)));
    }

    @Test
    void aPluralAfterThatOpensTheSubmittedClause() {
        assertEquals(List.of("Cyclists' Union | kerbside lanes leave most riders exposed to buses"),
                speakersAndContents(extract("""
                        The Cyclists' Union, which intervened in the appeal, submitted that kerbside lanes leave most \
                        riders exposed to buses.
                        """)));
    }

    @Test
    void aReportSubmittedAndAnOfferAcceptedAreActs() {
        assertEquals(List.of(), cues("""
                The clerk submitted the report on Monday.
                The Council accepted that offer in June.
                The ferry line submitted that report to the board in June.
                The judge held that view for years.
                The board accepted the resignation of its chair.
                """));
    }

    /** Round 49: a clause's subject with an aside after "submitted that"; an offer accepted with one stays an act. */
    @Test
    void aCaseSubmittedPastAnAsideInItsSubjectIsAStatement() {
        assertEquals(List.of("submitted"), cues("""
                It submitted that higher port dues, the main option put to the Committee, would cost 900 jobs.
                The Council accepted that offer, the largest in its history, in June.
                """));
    }

    private static List<String> speakersAndContents(AnnotatedDocument doc) {
        return doc.attributions.stream().map(a -> a.speaker + " | " + a.content(doc.text)).toList();
    }

    /** A party's submission that A, accepted or not, is the tribunal's finding, as a witness's evidence is. */
    @Test
    void aTribunalNotAcceptingAPartysSubmissionFindsAgainstIt() {
        assertEquals(List.of("Tarrow Board | the Union's submission that the overtime was shared equally"),
                speakersAndContents(extract("""
                        The Tarrow Board heard the grievance. The Board does not accept the Union's submission that the \
                        overtime was shared equally.

                        The Board did not accept her late submissions.
                        """)));
    }
}
