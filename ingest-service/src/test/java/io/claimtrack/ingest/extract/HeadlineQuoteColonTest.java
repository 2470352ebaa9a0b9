package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * A headline that opens with a quotation and a colon gives the quotation to the subject of the clause after the
 * colon: "‘I am not here to be liked’: new hospital chief takes over". The sentences are invented.
 */
class HeadlineQuoteColonTest {

    private static final String BYLINE = "\n\nBy Ola Berg\n\nThe hospital has the longest waits in the region.\n";

    @Test
    void theSubjectAfterTheColonSaysTheQuotation() {
        assertMentions("‘We will not sell the harbour’: Tolvik’s new mayor takes over a port in trouble" + BYLINE,
                "Tolvik’s new mayor | ‘We will not sell the harbour’ |  | direct");
    }

    @Test
    void aQuotationOfATitleBeforeAColonHasNoSpeaker() {
        assertMentions("‘The Long Winter’: a film about the ferry strike opens in Tolvik" + BYLINE);
    }
}
