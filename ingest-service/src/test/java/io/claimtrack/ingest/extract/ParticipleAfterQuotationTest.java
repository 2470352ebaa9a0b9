package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * A participle of saying after a quoted phrase whose closing mark follows the comma, as American style writes it:
 * "a defense of “harbour values,” saying ...". The comma leads the participle as it does outside a quotation; and
 * the sentence's subject ends at its auxiliary ("The board did not ...") (issue 9, tenth round). After the cue of
 * a quotation and its listener ("“Q,” Rask told a crowd, saying ...") the participle is the same speaker's (eleventh round).
 */
class ParticipleAfterQuotationTest {

    @Test
    void commaInsideTheClosingMark() {
        assertMentions("Mayor Jon Rask gave a defense of “harbour values,” saying the port built the town.",
                "Mayor Jon Rask | the port built the town | saying | indirect");
    }

    @Test
    void participleAfterAQuotedPhraseEndsTheStatementBefore() {
        assertMentions("Rask said the plan was “reckless,” adding that the council would vote again.",
                "Rask | the plan was “reckless,” | said | mixed",
                "Rask | the council would vote again | adding | indirect");
    }

    @Test
    void participleAfterTheListenerOfTheQuotationsCue() {
        assertMentions("“We will not wait,” Rask told a crowd in Bodø, saying the council would vote again.",
                "Rask | “We will not wait,” | told | direct",
                "Rask | the council would vote again | saying | indirect");
    }

    @Test
    void subjectEndsAtItsAuxiliary() {
        assertMentions("The port board did not name “that captain,” telling reporters that the inquiry was closed.",
                "The port board | the inquiry was closed | telling | indirect");
    }
}
