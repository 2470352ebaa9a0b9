package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A possessive speaker, a noun of saying and its that-clause. */
class StatementNounStageTest {

    @Test
    void possessiveSpeakerAndNounOfSaying() {
        assertMentions("""
                Brandt's claim that the ferries were safe was challenged.
                The union’s recent warning that drivers would strike went unheeded.
                Judge Vik's conclusion that the logs were public was not shared by the board.
                """,
                "Brandt | the ferries were safe was challenged | claim | indirect",
                "The union | drivers would strike went unheeded | warning | indirect",
                "Judge Vik | the logs were public was not shared by the board | conclusion | indirect");
    }

    @Test
    void theSpeakerIsThePossessorNotTheParticipleBeforeIt() {
        assertMentions("""
                The tug reached the quay at noon, contradicting Bergen police’s earlier claim that it had run aground.
                The pier stood firm, contradicting the harbour board's bold public assertion that it would collapse.
                """,
                "Bergen police | it had run aground | claim | indirect",
                "the harbour board | it would collapse | assertion | indirect");
    }

    @Test
    void aPluralPossessiveSpeaksThoughItsApostropheIsAQuotationMark() {
        assertMentions("""
                The ferry crews' claim that the deck was unsafe reached the board.
                Nobody answered the dockers’ earlier warning that the cranes would fail.
                """,
                "The ferry crews | the deck was unsafe reached the board | claim | indirect",
                "the dockers | the cranes would fail | warning | indirect");
    }

    @Test
    void anApostropheThatOpensAQuotationIsNoPossessive() {
        assertMentions("The tugs 'claim that' was printed on the board.\n");
    }

    @Test
    void aNounOfSayingWithoutAPossessiveSpeakerIsNone() {
        assertMentions("The claim that the ferries were safe was challenged.\n");
    }

    /**
     * Round 57: a premise asked about ("Asked about X's forecast that A, Y said B") is X's, its content ending with the
     * opening clause (a quotation's comma included), and Y says B; a time may stand between the noun and its "that";
     * "a forecast that fell short" opens a relative clause, no content.
     */
    @Test
    void aPremiseAskedAboutIsItsMakersAndTheAnswerIsTheAnswerers() {
        assertMentions("""
                Asked about the port authority's forecast that cargo would fall by a fifth this year, Holm said the figures were out of date.
                Asked about the mayor's remark on Friday that the harbour fees "drive ships away," Ms Holm said the fees had not changed since 2031.
                Vesta Foods gave a quarterly sales forecast that fell short of estimates.
                """,
                "the port authority | cargo would fall by a fifth this year | forecast | indirect",
                "Holm | the figures were out of date | said | indirect",
                "the mayor | the harbour fees \"drive ships away,\" | remark | mixed",
                "Ms Holm | the fees had not changed since 2031 | said | indirect");
    }

    /**
     * Round 59 (the lead's ruling of round 58): a report by its maker asked about is the maker's statement, as its
     * possessive is, and so in an opening "In response to a question about"; a report by someone that opens a relative
     * clause says nothing.
     */
    @Test
    void aReportByItsMakerAskedAboutIsTheMakers() {
        assertMentions("""
                Asked about a report by the Harbour Post that the ferry line would close in May, Holm said no decision had been taken.
                In response to a question about a report by the Tarn Courier that Orvala will build a new airport, Lind said she had nothing to add.
                The board published a report by the auditors that was critical of the port.
                """,
                "the Harbour Post | the ferry line would close in May | report | indirect",
                "Holm | no decision had been taken | said | indirect",
                "the Tarn Courier | Orvala will build a new airport | report | indirect",
                "Lind | she had nothing to add | said | indirect");
    }
}
