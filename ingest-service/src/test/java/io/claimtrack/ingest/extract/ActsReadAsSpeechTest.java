package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 46: acts worded with a verb of saying are no statements. An authority's "declared X the winner" is a
 * proclamation, "sworn statements" a noun phrase, a union "seeking a raise" a
 * claim at the bargaining table, "the amount X claimed" money claimed, and "Under the agreement," a deal's terms.
 * Each keeps its statement in the nearby wording that does say something.
 */
class ActsReadAsSpeechTest {

    @Test
    void anAuthorityProclaimingAWinnerActs() {
        assertMentions("The returning board declared Mayor Ines Varga the winner on Sunday with 51% of the vote.");
        assertMentions("The league declared him the victor after a review of the tape.");
        assertMentions("The returning board declared that Varga had won by 412 votes.",
                "The returning board | Varga had won by 412 votes | declared | indirect");
    }

    @Test
    void aParticipleBeforeAStatementNounIsAnAdjective() {
        assertMentions("The appeal runs to 900 pages, with maps and sworn statements from 40 residents of the estate.");
        assertMentions("Ilse Marten has sworn statements by the crew were never altered.",
                "Ilse Marten | statements by the crew were never altered | sworn | indirect");
    }

    /** Round 51: "written" after a number or a verb is an adjective before any noun; "planning" after a possessive too. */
    @Test
    void aParticipleOrAGerundBeforeItsNounIsAModifier() {
        assertMentions("The Tribunal received 48 written submissions and heard from nine witnesses in Holmby.");
        assertMentions("The firm must obtain written consent from every tenant.");
        assertMentions("Brennan Homes filed the scheme with the county's planning office in June.");
        assertMentions("Ada Lund has written that the levy is unfair.",
                "Ada Lund | the levy is unfair | written | indirect");
    }

    /** Round 51: an officer's "I, NAME, office, declare that the votes were as follows:" makes a result official. */
    @Test
    void aFormalDeclarationOfAResultIsAnAct() {
        assertMentions("I, Mira Dahl, Returning Officer for the Holmby by-election, hereby declare that the votes cast were as follows:");
        assertMentions("The Returning Officer declared that the count was accurate.",
                "The Returning Officer | the count was accurate | declared | indirect");
    }

    /** Forty-eighth round: a run of announcements over time is the speaker's record, no statement. */
    @Test
    void aRunOfAnnouncementsIsARecord() {
        assertMentions("The port of Velsund has announced a string of new ferry routes in recent years.");
        assertMentions("The airline announced a spate of cancellations over the winter.");
        assertMentions("The port announced that two new routes would open in May.",
                "The port | two new routes would open in May | announced | indirect");
    }

    /** Round 52: an announcement still to come of a thing has said nothing yet. */
    @Test
    void anAnnouncementToComeOfAThingIsNoStatement() {
        assertMentions("The Governor will announce the new harbour chief on Thursday morning.");
        assertMentions("The Governor announced the new harbour chief on Thursday morning.",
                "The Governor | the new harbour chief on Thursday morning | announced | indirect");
    }

    /**
     * Round 60, bprest: a reported "would announce X" coordinated after "said" is an announcement to come too, part of
     * the said-statement, no statement of its own.
     */
    @Test
    void aReportedAnnouncementToComeIsPartOfTheSaidStatement() {
        assertMentions("The rowing league said it was reviewing the race footage and would announce a ruling on Monday.",
                "The rowing league | it was reviewing the race footage and would announce a ruling on Monday | said | indirect");
    }

    /** Round 53: a posting or a publication to come, "will" written out or against a pronoun, has said nothing yet. */
    @Test
    void aPostingToComeOfAThingIsNoStatement() {
        assertMentions("That's our time. We'll post the next briefing notes on the county's website on Monday.");
        assertMentions("The board will publish its audit of the ferry contracts in June.");
        assertMentions("Holm said she would post that the count was wrong.",
                "Holm | she would post that the count was wrong | said | indirect");
    }

    /** Round 54: an announcement of a thing already told, with only its time or place, is the story's background. */
    @Test
    void anAnnouncementOfAThingAlreadyToldIsBackground() {
        assertMentions("Two ferry lines have agreed a merger. The lines first announced the merger in May 2034.");
        assertMentions("The dismissal of the curator drew protests. The board announced the dismissal on Friday morning.");
        assertMentions("The lines announced the merger in May 2034.",
                "The lines | the merger in May 2034 | announced | indirect");
    }

    @Test
    void aPayClaimIsBargaining() {
        assertMentions("The bus drivers union is seeking a 12% raise over four years and an end to split shifts.");
        assertMentions("The union is seeking assurances that no depot will close.",
                "The union | no depot will close | seeking | indirect");
    }

    @Test
    void anAmountClaimedIsMoney() {
        assertMentions("In most of the cases, the amount the landlord claimed was under $900.");
        assertMentions("The landlord claimed the amount was owed since March.",
                "The landlord | the amount was owed since March | claimed | indirect");
    }

    @Test
    void aDealsTermsAreNoSource() {
        assertMentions("Under the agreement, ward clerks will work no more than four night shifts a month.");
        assertMentions("Under the new contract, drivers get two paid rest days.");
        // Round 56: an order is a document ("according to an order signed by X"), its terms as a decree's.
        assertMentions("Under the emergency order, anglers must clean their boats at the ramp.");
        assertMentions("Under the union's agreement, every ward would keep two clerks.",
                "the union's agreement | every ward would keep two clerks | Under | indirect");
    }

    @Test
    void moneyClaimedInACaseIsAFiling() {
        assertMentions("The Brinsley Port Authority, a civil party to the case, has claimed damages of 2.4 million crowns.");
        assertMentions("Two growers claimed compensation for the flooded orchards.");
        // Round 59: repayment claimed by an injured party in criminal proceedings.
        assertMentions("The Harbour Fund, which joined the case as an injured party, has claimed repayment of the full grant with interest.");
        assertMentions("The fund claimed repayment was long overdue.",
                "The fund | repayment was long overdue | claimed | indirect");
        assertMentions("The growers claimed damages were caused by the dredging.",
                "The growers | damages were caused by the dredging | claimed | indirect");
    }

    @Test
    void aSumPledgedIsMoneyCommitted() {
        assertMentions("Donors pledged a total of 410 million euros, of which 90 million euros in loans.");
        assertMentions("The Gulf fund pledged $40 million for the rebuilding of the Tarvin bridges.");
        assertMentions("The Gulf fund pledged to rebuild the Tarvin bridges by 2036.",
                "The Gulf fund | to rebuild the Tarvin bridges by 2036 | pledged | indirect");
    }

    @Test
    void aPleaInATimeClauseIsBackground() {
        assertMentions("Two clerks were given suspended sentences after they admitted their guilt.");
        assertMentions("Ostra Dahl was fined once she had pleaded guilty to the charges.");
        assertMentions("A Tarrin bakery chain was fined $60,000 on Friday after pleading guilty to selling mislabelled bread.");
        assertMentions("Ivo Brandl admitted his guilt in March.",
                "Ivo Brandl | his guilt in March | admitted | indirect");
    }

    /**
     * Round 52: a bill "referred to" a committee, passive, is sent on, an act; what the mayor said of it stays, and so
     * does "referring to" a committee, which mentions it.
     */
    @Test
    void aBillReferredToACommitteeIsAnAct() {
        assertMentions("The bill was read a third time and referred to the Standing Committee on Harbours. Mayor Ada Lund said "
                + "the bill was rushed. Senator Pavel Hollis criticized the plan, referring to the Harbour Committee.",
                "Mayor Ada Lund | the bill was rushed | said | indirect",
                "Senator Pavel Hollis | the plan, referring to the Harbour Committee | criticized | indirect");
    }

    /** Round 53: a relative clause closing at its verb before a name set off ("who warned, NAME,") says nothing. */
    @Test
    void aRelativeClauseEndingAtItsVerbBeforeANameSaysNothing() {
        AnnotatedDocument doc = Pipeline.extract("""
                Tomas and Hedda Brink keep four geese behind the bakery.

                The council sent an inspector in 2031. The resident who warned, Wilma Ostrander, said Friday that she \
                would "go on writing" until the geese were gone.
                """);
        Pipeline.assertSpeaker(doc, "she would \"go on writing\" until the geese were gone", "Wilma Ostrander");
        assertEquals(1, doc.attributions.size(), Pipeline.statements(doc).toString());
        assertMentions("The clerk who testified, Ansel Drury, told the panel that the ledger had been altered.",
                "The clerk who testified, Ansel Drury | the ledger had been altered | told | indirect");
    }
}
