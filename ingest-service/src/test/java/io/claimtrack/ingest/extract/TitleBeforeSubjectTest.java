package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Falcons goaltender Pieter Lindahl stopped 31 shots, but he said": a title the role list knows joins the words
 * before it to the name, so the subject is the person, not the team read as a name of its own.
 */
class TitleBeforeSubjectTest {

    private static final String TEXT = """
            Falcons fall in overtime

            The Ashford Falcons lost 3-2 in overtime on Saturday. "We gave them too many chances," coach Arne Vik said.

            Falcons goaltender Pieter Lindahl stopped 31 shots, but he said he should have stopped the winner.

            Party consultant Oddvar Rime, the best-known pollster in the county, picked up the thread. "Voters want a \
            change," he said.
            """;

    @Test
    void aGoaltenderIsATitle() {
        assertSpeaker(extract(TEXT), "he should have stopped the winner", "Pieter Lindahl");
    }

    @Test
    void aConsultantIsATitle() {
        assertSpeaker(extract(TEXT), "\"Voters want a change,\"", "Oddvar Rime");
    }
}
