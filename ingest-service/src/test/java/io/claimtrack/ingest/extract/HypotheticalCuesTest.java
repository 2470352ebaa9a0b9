package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: a cue inside another statement that only imagines or demands words (a modal's, a generic
 * subject's in a condition) is no statement of its own; a report of words said stays.
 */
class HypotheticalCuesTest {

    @Test
    void aGenericSubjectInAConditionSaysNothing() {
        assertMentions("""
                “We cannot refuse a permit only because a neighbour says the shed is ugly,” Harbour Minister Ada Lund said.
                """,
                "Harbour Minister Ada Lund | “We cannot refuse a permit only because a neighbour says the shed is ugly,” | said | direct");
    }

    /** Outside a condition the same subject reports: "A neighbour says ..." is the neighbour's. */
    @Test
    void aGenericSubjectOutsideAConditionStillSpeaks() {
        assertMentions("""
                Harbour questions

                Ada Lund: We refused the permit. A neighbour says the shed is ugly.

                Pavel Hollis: We granted it.
                """,
                "Ada Lund | We refused the permit. A neighbour says the shed is ugly | : | indirect",
                "A neighbour | the shed is ugly | says | indirect",
                "Pavel Hollis | We granted it | : | indirect");
    }

    /** A turn's "might mention that" imagines what a member could say; "has promised to" reports what the operator did. */
    @Test
    void aModalBoundCueSaysNothingAndAReportStays() {
        List<String> said = mentions(attribute("""
                Harbour questions

                Ada Lund: The ferry is late again. The operator might promise to add a second boat by May.

                Pavel Hollis: The ferry is late again. The operator has promised to add a second boat by May.
                """));
        assertEquals(List.of(
                "Ada Lund | The ferry is late again. The operator might promise to add a second boat by May | : | indirect",
                "Pavel Hollis | The ferry is late again. The operator has promised to add a second boat by May | : | indirect",
                "The operator | to add a second boat by May | promised | indirect"), said);
    }

    /** Round 47: "Some will say that ..." inside a turn imagines an objection to come, no words said. */
    @Test
    void aGenericSubjectBoundToAFutureSaysNothing() {
        List<String> said = mentions(attribute("""
                Harbour questions

                Ada Lund: We will open the second pier in May. Some will say that two piers are too many for one town. \
                They are wrong.

                Pavel Hollis: The piers are too many.
                """));
        assertEquals(List.of(
                "Ada Lund | We will open the second pier in May. Some will say that two piers are too many for one town. "
                        + "They are wrong | : | indirect",
                "Pavel Hollis | The piers are too many | : | indirect"), said);
    }

    /** Round 48: "would have to report" inside another statement is a duty it describes, no words reported. */
    @Test
    void aCueAfterHaveToInsideAStatementSaysNothing() {
        assertMentions("""
                The board said in a statement that the licence would go to a city office and that Norvex would have to \
                report any fault within ten days.
                """,
                "The board | the licence would go to a city office and that Norvex would have to report any fault within ten days | said | indirect");
    }

    /** Round 49: a present cue in a condition inside another statement imagines words each time the condition holds. */
    @Test
    void aPresentCueInAConditionInsideAStatementSaysNothing() {
        assertMentions("""
                Justice Okafor adds that councils should act when their own files tell them who is at risk.
                """,
                "Justice Okafor | councils should act when their own files tell them who is at risk | adds | indirect");
    }

    /** A person's habit in a "when" clause reports what that person says each time: it stays, nested. */
    @Test
    void aPersonsPresentCueInAWhenClauseStays() {
        assertMentions("""
                Lund said the crowd cheers when he says the pier is unsafe.
                """,
                "Lund | the crowd cheers when he says the pier is unsafe | said | indirect",
                "he | the pier is unsafe | says | indirect");
    }

    /** Round 49: the case a rule is narrowed to ("but not where X knew that ...") is no one's words. */
    @Test
    void aCaseARuleIsNarrowedToSaysNothing() {
        assertMentions("""
                A notice by email may be enough, but not where the Borough knew that many tenants had no internet access.
                Rent rises stand only if the landlord states that repairs were made.
                The Borough knew that many tenants had no internet access.
                """,
                "The Borough | many tenants had no internet access | knew | indirect");
    }

    /** Round 50: the bare form of an act another recommends is demanded, not said; a report of words stays. */
    @Test
    void anActRecommendedIsNoStatementOfItsDoer() {
        assertMentions("""
                The monitor recommends that the Harbour Police remind its officers to record every arrest on camera.
                The monitor found that the Harbour Police told its officers to record every arrest.
                """,
                "The monitor | the Harbour Police remind its officers to record every arrest on camera | recommends | indirect",
                "The monitor | the Harbour Police told its officers to record every arrest | found | indirect",
                "the Harbour Police | its officers to record every arrest | told | indirect");
    }

    /** Round 58: a minutes' "Ordered, that X report ..." and a coroner's lettered "I recommend that:" items are demands. */
    @Test
    void anOrderInMinutesAndARecommendedItemAreNoStatementsOfTheirDoers() {
        assertMentions("""
                Ordered, that the Convenor report the Ferries Bill, as amended, to the Chamber.
                """);
        assertMentions("""
                Coroners Court of Tarnby

                Inquest into the death of Oskar Brandvik-Lowe
                Findings and recommendations
                Presiding Coroner: Dr. Helga Ostrand-Mbeki

                Findings

                4. I find that Mr Brandvik-Lowe drowned when his pilot boat lost radio contact in fog.

                Recommendations

                5. I recommend that:
                (a) the Harbour Board require every pilot boat to carry a second radio;
                (b) the Tarnby Coastguard report every near miss in the channel to the Harbour Board within a day.
                """,
                "I | Mr Brandvik-Lowe drowned when his pilot boat lost radio contact in fog | find | indirect",
                "I | the Harbour Board require every pilot boat to carry a second radio | recommend | indirect",
                "I | the Tarnby Coastguard report every near miss in the channel to the Harbour Board within a day | recommend | indirect");
    }

    /** An item that reports in the present form of its own ("the Coastguard reports that") still speaks for itself. */
    @Test
    void anItemWithItsOwnReportUnderAFindingStays() {
        assertMentions("""
                The Inquiry found that:
                - the Tarnby Coastguard reports that eleven near misses were logged in the channel last year;
                - the pilot boats carry one radio each.
                """,
                "the Tarnby Coastguard | eleven near misses were logged in the channel last year | reports | indirect",
                "The Inquiry | the pilot boats carry one radio each | found | indirect");
    }

    @Test
    void thePersonATestOfLawImaginesSaysNothing() {
        AnnotatedDocument doc = extract("""
                Report of the Ombudsperson
                Ombudsperson: Tove Lindahl

                I find that the clinic's form did not mention research use and that a reasonable patient would not have \
                expected her samples to be sold.

                An ordinary buyer would assume that the seal means the jar was tested.
                """);

        assertEquals(List.of("Tove Lindahl | the clinic's form did not mention research use and that a reasonable patient would "
                + "not have expected her samples to be sold | find | indirect"), statements(doc));
    }

    /** Round 61: "would have rejected" inside another statement tells what did not happen: no statement of its own. */
    @Test
    void aModalsPerfectInsideAStatementSaysNothing() {
        assertMentions("""
                Member Ilse Varga-Toom issued a dissenting opinion, in which she stated that she would have rejected the appeal because the permit had lapsed.
                """,
                "she | she would have rejected the appeal because the permit had lapsed | stated | indirect");
    }
}
