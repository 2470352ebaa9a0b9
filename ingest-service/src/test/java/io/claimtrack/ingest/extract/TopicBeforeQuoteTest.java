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
    void aClauseBeforeTheColonStaysWhatWasSaid() {
        // "of" opens no topic when a verb follows it before the colon: the words are the statement's own.
        assertMentions("""
                Tomas Brek said of course the mayor had failed: “She never listens.”
                """,
                "Tomas Brek | of course the mayor had failed: “She never listens.” | said | mixed");
    }
}
