package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    private static final String SENTENCING = """
            'You kept the lights on for all of us': Ferry pilot jailed for crash that killed deckhand

            By Ola Berg

            TOLVIK - A ferry pilot who was drunk at the wheel was sentenced on Friday to six years in prison.

            The deckhand's widower, Anders Kvale, spoke first. "He worked nights for 20 years. You kept the lights on for all of us," he said, turning to the pilot.
            """;

    /** A quotation before the colon whose words the story gives to a speaker below is that speaker's, not the subject's. */
    @Test
    void aQuotationTheStoryRepeatsIsTheSpeakerBelows() {
        assertSpeaker(extract(SENTENCING), "'You kept the lights on for all of us'", "Anders Kvale");
    }

    @Test
    void aQuotationTheStoryDoesNotRepeatIsNoStatement() {
        AnnotatedDocument doc = extract(SENTENCING.replace("You kept the lights on for all of us,\" he said", "Nobody drives like that,\" he said"));
        assertFalse(contents(doc).contains("'You kept the lights on for all of us'"));
    }
}
