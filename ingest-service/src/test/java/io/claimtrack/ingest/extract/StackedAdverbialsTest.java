package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * Two adverbials before the sentence's subject, each closed by a comma: the subject starts after the second, so a
 * participle of saying later in the sentence finds who speaks (issue 9, tenth round).
 */
class StackedAdverbialsTest {

    @Test
    void timeThenClauseBeforeTheSubject() {
        assertMentions("On Friday, after weeks of silence on the dispute, Ines Moll backed the strikers, saying the "
                        + "dock owners had broken their word.",
                "Ines Moll | the dock owners had broken their word | saying | indirect");
    }

    @Test
    void oneAdverbialAsBefore() {
        assertMentions("On Friday, Ines Moll backed the strikers, saying the dock owners had broken their word.",
                "Ines Moll | the dock owners had broken their word | saying | indirect");
    }
}
