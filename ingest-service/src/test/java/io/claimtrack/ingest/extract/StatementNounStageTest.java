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
}
