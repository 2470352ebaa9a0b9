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

    /** A deck's "Rookie Anton Brekke" titles him as "Coach Arne Vik" does, so "the rookie" is Brekke. */
    @Test
    void aRookieIsATitle() {
        String story = """
                Falcons edge Pine Bay 2-1

                Rookie Anton Brekke scores late as Ashford rallies

                The Falcons trailed for two periods. Then Anton Brekke found the net twice in the third.

                Brekke, a third-round pick from Bergen, has four goals this month. "I was just in the right spot," the \
                rookie said.
                """;
        assertSpeaker(extract(story), "\"I was just in the right spot,\"", "Anton Brekke");
    }

    @Test
    void aConsultantIsATitle() {
        assertSpeaker(extract(TEXT), "\"Voters want a change,\"", "Oddvar Rime");
    }
}
