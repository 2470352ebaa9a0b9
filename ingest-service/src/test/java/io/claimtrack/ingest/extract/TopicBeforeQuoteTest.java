package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Whom a quotation is about, between the cue and a colon, is no part of what was said. */
class TopicBeforeQuoteTest {

    @Test
    void theTopicBeforeTheColonIsLeftOut() {
        assertMentions("""
                The harbour was quiet on Sunday.

                Tomas Brek said of the mayor: “She never listens to the fishermen.”

                In 2031 she said about the ferry crews: “Nobody pays them enough.”
                """,
                "Tomas Brek | “She never listens to the fishermen.” | said | direct",
                "she | “Nobody pays them enough.” | said | direct");
    }

    @Test
    void aCueBeforeATopicSpeaksWhenAQuotationFollowsItsColon() {
        // "wrote of", "added about" alone give a topic, no words; the quotation after the colon is what was said.
        assertMentions("""
                The harbour was quiet on Sunday.

                One reader, Oskar Vinter, wrote of the harbour master: “He has never been on a boat.”

                Lund added about the ferry: “It is always late and nobody cares.”

                Holm wrote about the ferry in the spring.
                """,
                "One reader, Oskar Vinter | “He has never been on a boat.” | wrote | direct",
                "Lund | “It is always late and nobody cares.” | added | direct");
    }

    @Test
    void aClauseBeforeTheColonStaysWhatWasSaid() {
        // "of" opens no topic when a verb follows it before the colon: the words are the statement's own.
        assertMentions("""
                Tomas Brek said of course the mayor had failed: “She never listens.”
                """,
                "Tomas Brek | of course the mayor had failed: “She never listens.” | said | mixed");
    }
}
