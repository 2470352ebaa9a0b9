package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Sten Varga, a former dock organizer, had backed the plan. He said ...": a name that opens its sentence with an
 * apposition, an age or a parenthesis before its verb is the subject the pronoun after it takes, not the last speaker
 * before it.
 */
class AsideAfterSubjectTest {

    private static final String TEXT = """
            Harbour Vote Delayed

            "We will not back down," said port director Anders Holt. Holt said the board would vote again in May.

            Nils Aune, a shipping agent, and Holt met again on Monday. He said the talks were useful.

            Sten Varga, a former dock organizer, had backed the plan for years. He said the board had gone too far.

            Former Rep. Jarle Ekberg (R-Ore.) was at the hearing. He said the vote was rushed.

            Emil Brask, 79, works on the docks. He said the strike would hurt families.
            """;

    @Test
    void aNameBeforeAnAppositionOpensItsSentence() {
        // "Sten" is on no list: only the shape "Name, a role, verb" makes him the subject the text turned to.
        assertSpeaker(extract(TEXT), "the board had gone too far", "Sten Varga");
    }

    @Test
    void aNameBeforeAParenthesisOpensItsSentence() {
        assertSpeaker(extract(TEXT), "the vote was rushed", "Jarle Ekberg");
    }

    @Test
    void aNameBeforeAnAgeOpensItsSentence() {
        assertSpeaker(extract(TEXT), "the strike would hurt families", "Emil Brask");
    }

    @Test
    void aNameJoinedToAnotherAfterItsAppositionIsNoSubject() {
        // "Nils Aune, a shipping agent, and Holt met": "he" cannot tell which, and stays with the last speaker.
        assertSpeaker(extract(TEXT), "the talks were useful", "Anders Holt");
    }
}
