package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** A cue whose content would be only a time, a place or a circumstance is no statement. */
class AdjunctOnlyTest {

    @Test
    void aTimeOrPlaceAloneAfterTheCueIsNoStatement() {
        assertMentions("""
                Ferries stay free

                Councillor Holm wrote in a 2019 email to the harbour board. The new toll enjoys strong support among \
                pensioners in Bergen.
                """);
    }

    @Test
    void aVoteOrAMeansAloneAfterTheCueIsNoStatement() {
        assertMentions("""
                Ferries stay free

                A civilian review board, which the council rejected in 2023 by a vote of 5-2, is back on the agenda.                 Councillor Holm said by phone that the board would pass this time.
                """,
                "Councillor Holm | the board would pass this time | said | indirect");
    }

    @Test
    void aClauseInfinitiveOrQuotationAfterTheAdjunctIsStillSaid() {
        assertMentions("""
                Ferries stay free

                Mayor Vik said on Friday that the ferries would stay free. Councillor Holm promised on Sunday to end \
                the bridge toll. The union responded on Tuesday with a statement calling the plan “reckless.” Vik said \
                in an interview that the toll would go.
                """,
                "Mayor Vik | the ferries would stay free | said | indirect",
                "Councillor Holm | to end the bridge toll | promised | indirect",
                "The union | with a statement calling the plan “reckless.” | responded | mixed",
                "Vik | the toll would go | said | indirect");
    }

    /** Forty-eighth round: a relative clause on the adjunct's noun is the adjunct's ("a hearing that lasted ..."). */
    @Test
    void aRelativeClauseOnTheAdjunctsNounIsNoStatement() {
        assertMentions("""
                Ferries stay free

                The harbour board will keep the ferries free until 2031, two pilots told the Gazette after a hearing \
                that lasted most of the day.
                """,
                "two pilots | The harbour board will keep the ferries free until 2031 | told | indirect");
    }

    @Test
    void marksAndNumbersAloneAfterTheCueAreNoStatement() {
        assertMentions("""
                Ferries stay free

                The show sells abroad. (The French, it turns out, are big fans of ''Harbour Nights,'' Mr. Lund \
                said.) The board liked the editorial when it posted on Jan. 27. The vote was late.
                """);
    }

    @Test
    void aDateOrATitledShowOrBookInTheAdjunctIsNoStatement() {
        assertMentions("""
                Ferries stay free

                The ferries will stay free, Holm wrote in a March 3, 2019 letter to the harbour board. The toll was \
                dropped by the council, Vik said Wednesday morning on Harbour TV’s “Morning Docks.” Fares fell in the \
                1990s, Mayor Lund said in his 2012 book, ''A Ferry Town.''
                """,
                "Holm | The ferries will stay free | wrote | indirect",
                "Vik | The toll was dropped by the council | said | indirect",
                "Mayor Lund | Fares fell in the 1990s | said | indirect");
    }

    @Test
    void aCountedTimeOrASourcePhraseAloneIsNoStatement() {
        assertMentions("""
                Ferries stay free

                Councillor Holm proposed two months ago. The toll will not be cut next week as many pilots expected, \
                according to an email from the board. The ferry was late, as the Gazette reported a few days later.
                """,
                "an email | The toll will not be cut next week as many pilots expected | according to | indirect",
                "the Gazette | The ferry was late | reported | indirect");
    }

    @Test
    void aTimeOpenedByShortlyEarlierOrLaterAloneIsNoStatement() {
        assertMentions("""
                Ferries stay free

                The toll will go in May, the harbour board said shortly after the vote. A pilot testified earlier in \
                the hearing under oath. Councillor Holm wrote later in the week to the board. Mayor Vik said earlier \
                this week that the ferries would stay free.
                """,
                "the harbour board | The toll will go in May | said | indirect",
                "Mayor Vik | the ferries would stay free | said | indirect");
    }

    @Test
    void aTimeOpenedByEarlyAfterAPostposedCueLeavesTheContentBefore() {
        assertMentions("""
                With 96% of ballots counted, the Harbour Alliance had 41% of the vote, the electoral board said early \
                on Monday. The count would end by noon, the board said early Tuesday. Mayor Vik said early voting \
                would start in May.
                """,
                "the electoral board | With 96% of ballots counted, the Harbour Alliance had 41% of the vote | said | indirect",
                "the board | The count would end by noon | said | indirect",
                "Mayor Vik | early voting would start in May | said | indirect");
    }

    @Test
    void aContentCutDownToTheNextSourcePhraseIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("The Gazette reported, according to two pilots at the meeting, the ferry was late.\n");
        assertFalse(Pipeline.contents(doc).contains("according to"), Pipeline.contents(doc).toString());
    }

    /** Round 48: a duty to answer within a time, and a reply with only its time, say nothing. */
    @Test
    void aTimeOpenedByWithinAloneIsNoStatement() {
        assertMentions("""
                Under the harbour rules, the Ministry must respond within 60 days.
                The council replied within hours that the toll was lawful.
                """,
                "The council | the toll was lawful | replied | indirect");
    }

    /**
     * Round 60: "had written to the Minister on the matter in March without a reply" sends a letter and gives none of
     * its words; "wrote to the mayor that A" gives them.
     */
    @Test
    void aLetterSentWithNoWordsOfItSaysNothing() {
        assertMentions("The Chair noted that the Board had written to the Minister of Transport on the same matter in March and in May without a reply.",
                "The Chair | the Board had written to the Minister of Transport on the same matter in March and in May without a reply | noted | indirect");
        assertMentions("The harbour master wrote to the mayor that the pier was unsafe.",
                "The harbour master | the pier was unsafe | wrote | indirect");
    }
}
