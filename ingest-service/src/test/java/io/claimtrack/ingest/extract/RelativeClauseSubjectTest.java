package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Mette Solberg, who led the delegation of Nordmark, was more cautious. She said ...": a name
 * followed by a relative clause opens its sentence as its subject, whom the pronoun after it takes.
 */
class RelativeClauseSubjectTest {

    @Test
    void aNameBeforeARelativeClauseOpensItsSentence() {
        // "Mette" is on no list: only the shape "Name, who ..., was" makes her the subject the text turned to.
        assertSpeaker(extract("""
                Fishing Pact Signed

                "It is not perfect," said Vestria's fisheries minister, Torvald Kunze. "But it is a start."

                Kunze said the patrol fleet would begin operating in the spring. Asked about compensation, he said the \
                ministers would discuss a fund at their next meeting.

                Mette Solberg, who led the delegation of Nordmark, was more cautious. She said the agreement would only \
                work if the inspectors had real powers.
                """), "the agreement would only work if the inspectors had real powers", "Mette Solberg");
    }
}
