package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** The speaker a free cue reports: before it, inverted after it, a relative's antecedent, the subject before a second verb. */
class CueStatementTest {

    @Test
    void aParticipleAsideWithAPrepositionHasNoInvertedSpeaker() {
        assertMentions("""
                The port authority did not say whether the second crossing, planned for June, would be cancelled.
                The new ferry, announced in May, will sail in July, said Kessler.
                """,
                "Kessler | The new ferry, announced in May, will sail in July | said | indirect");
    }

    @Test
    void aCueWithNothingBeforeOrAfterItsSpeakerSaysNothing() {
        assertMentions("""
                He said.
                Officials agreed.
                Harbour fees will rise, she said.
                She said fees would rise.
                """,
                "she | Harbour fees will rise | said | indirect",
                "She | fees would rise | said | indirect");
    }

    @Test
    void clausesBetweenCommasAreNoSpeakerOfAnInvertedCue() {
        assertMentions("Rents are rising, wages are flat, said Pryce.",
                "Pryce | Rents are rising, wages are flat | said | indirect");
    }

    @Test
    void aCommaAndThenJoinTheSubjectsNextVerbOfSaying() {
        assertMentions("""
                Governor Ilse Varnum shook hands with a farmer in Tallby, then said she would visit every county.
                Ott Lindqvist toured the flooded depot, then says the roof will be mended by autumn.
                The harbour master, then a young pilot, said the quay was unsafe.
                """,
                "Governor Ilse Varnum | she would visit every county | said | indirect",
                "Ott Lindqvist | the roof will be mended by autumn | says | indirect",
                "The harbour master | the quay was unsafe | said | indirect");
    }

    @Test
    void aParticipleBetweenADocumentAndItsVerbIsTheDocumentsModifier() {
        assertMentions("""
                A statement posted online said the ferry would resume in May.
                The notice noted they had said the fares would rise.
                """,
                "A statement | the ferry would resume in May | said | indirect",
                "The notice | they had said the fares would rise | noted | indirect");
    }

    @Test
    void aRelativeWhoGivesItsAntecedentAsSpeaker() {
        assertMentions("""
                The mayor met Okafor, who in 2010 said the port should be sold.
                Lund spoke to an engineer who said the bridge was unsafe.
                The union, which runs the docks, met on Monday.
                """,
                "Okafor | the port should be sold | said | indirect",
                "an engineer | the bridge was unsafe | said | indirect");
    }

    @Test
    void readoutWordingAgreedOnAndGaveAnAssessmentOf() {
        assertMentions("""
                The two ministers agreed on a ceasefire along the river.
                The president gave an assessment of the talks in Istanbul.
                """,
                "The two ministers | a ceasefire along the river | agreed | indirect",
                "The president | the talks in Istanbul | gave an assessment of | indirect");
    }

    @Test
    void aBodyOrDocumentBeforeWhichSpeaksAndTheClauseEndsAtItsClosingMark() {
        assertMentions("""
                The fine imposed by the Harbour Board, which argued that the ferry had been overloaded, was upheld.
                The audit -- which notes that 40 piers need repairs -- should alarm the council.
                The plan, which said nothing about fares, failed.
                """,
                "Harbour Board | the ferry had been overloaded | argued | indirect",
                "The audit | 40 piers need repairs | notes | indirect");
    }

    @Test
    void aSecondVerbAsAnInfinitiveAndLongBeforeTheCue() {
        assertMentions("""
                Holm largely agreed with Berg and seemed to think the fares were too high.
                Lund has long said that the bridge is unsafe.
                """,
                "Holm | Berg | agreed | indirect",
                "Holm | the fares were too high | think | indirect",
                "Lund | the bridge is unsafe | said | indirect");
    }

    @Test
    void theThatOfTheMainVerbAfterARelativeClauseIsNotTheRelativeCuesContent() {
        // It was the content of "endorsed", and the statement of "said" was dropped as the same words.
        assertMentions("Former candidate Ola Berg, who on Tuesday endorsed Lund, said on Wednesday that the pier was safe.",
                "Former candidate Ola Berg | the pier was safe | said | indirect");
    }

    /**
     * Headlinese joins one subject's verbs with a comma: the verb in "-s" after it is the subject's cue, whose subject
     * ends before its own first verb. A comma in prose is no such join.
     */
    @Test
    void aHeadlinesCommaBeforeACueInSJoinsItToTheSubjectsFirstVerb() {
        assertMentions("""
                Harbour board raises fees, signals ferries may stop in winter

                TOLVIK - The harbour board raised its fees on Monday.

                More from Business
                Port authority keeps tolls unchanged, says traffic is recovering
                Ferry operator buys two boats

                The board met on Monday, says more than it did.
                """,
                "Harbour board | ferries may stop in winter | signals | indirect",
                "Port authority | traffic is recovering | says | indirect");
    }

    /**
     * When the subject already speaks through a verb before the comma ("Lund says A, slams B"), the verb after it is its
     * second and what follows that verb its object, no speaker of an inverted cue ("A, says senior diplomat").
     */
    @Test
    void aHeadlinesSecondVerbAfterTheSubjectsCueIsTheSubjectsToo() {
        assertMentions("""
                Lund says quay is unsafe, slams harbour board's repair plan

                TOLVIK - Mayor Ada Lund said on Monday the quay was unsafe.

                More from Politics
                Berg says ferries will run, calls strike talk a bluff
                Ferry fares will rise, says harbour chief
                """,
                "Lund | quay is unsafe | says | indirect",
                "Lund | harbour board's repair plan | slams | indirect",
                "Mayor Ada Lund | the quay was unsafe | said | indirect",
                "Berg | ferries will run | says | indirect",
                "Berg | strike talk a bluff | calls | indirect",
                "harbour chief | Ferry fares will rise | says | indirect");
    }

    /**
     * Round 61: a headline's comma closed inside a quotation ("says quay 'unsafe,' hopes to ...") joins the second verb as
     * a bare comma does, the quotation kept whole in the first report; a quotation whose cue is inverted after a clause
     * of no saying gives that clause's subject nothing.
     */
    @Test
    void aHeadlinesCommaInsideAQuotationJoinsTheSecondVerb() {
        assertMentions("""
                Kessler says quay 'unsafe,' hopes to reopen it by May

                TOLVIK - Mayor Ida Kessler said on Monday the quay was unsafe.
                """,
                "Kessler | quay 'unsafe,' | says | mixed",
                "Kessler | to reopen it by May | hopes | indirect",
                "Mayor Ida Kessler | the quay was unsafe | said | indirect");
        assertMentions("""
                Orrin chapel's organ plays again, 40 years later

                Volunteers rebuilt every pipe by hand; 'It's the finest thing I've made,' says lead tuner

                ORRIN - The organ played on Sunday.
                """);
    }

    @Test
    void whatIsRuledOutAfterAnotherVerbStaysInItsReport() {
        assertMentions("The deputy minister noted that Velgorod remained open to talks and did not rule out a meeting in May.",
                "The deputy minister | Velgorod remained open to talks and did not rule out a meeting in May | noted | indirect");
        assertMentions("Mayor Vik did not rule out closing the north pier.",
                "Mayor Vik | closing the north pier | rule out | indirect");
    }

    @Test
    void whatIsRuledOutAfterTheReportIsTheSpeakersNextPosition() {
        assertMentions("Mayor Vik said the north pier would reopen in May, and ruled out new tolls.",
                "Mayor Vik | the north pier would reopen in May | said | indirect",
                "Mayor Vik | new tolls | ruled out | indirect");
    }

    @Test
    void anInfinitiveOfTakingTheFloorHasTheClausesSubject() {
        assertMentions("""
                Ola Brask stood in the dock in a blue suit and spoke only to confirm that he understood the charges.
                Councillor Vik rose to say that the pier had been closed for a month.
                """,
                "Ola Brask | he understood the charges | confirm | indirect",
                "Councillor Vik | the pier had been closed for a month | say | indirect");
    }

    @Test
    void aSecondBackshiftedVerbAfterTheSubjectsRelativeClauseGoesOnTheReportedClause() {
        assertMentions("""
                Heirs of the painter, who have a claim of their own, said through a lawyer that they had not been told \
                and would ask a court in Velmar to stop the sale.
                """,
                "Heirs of the painter | they had not been told and would ask a court in Velmar to stop the sale | said | indirect");
    }

    /** Round 54: a name and its appositive before the cue are its subject, not words said, whatever the appositive's shape. */
    @Test
    void aNameWithAnAppositiveBeforeTheCueIsItsSubject() {
        assertMentions("The Marlow Nurses Guild, the nurses' union, supported the plan. Its president said the plan was fair.",
                "The Marlow Nurses Guild | the plan | supported | indirect",
                "Its president | the plan was fair | said | indirect");
    }
}
