package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A "he said" set off after a relative pronoun inside another cue's content is that speaker's aside (set AC, B.6). */
class RelativeAsideTest {

    @Test
    void aQuotedRelativeAsideInsideAReportIsOneStatement() {
        AnnotatedDocument doc = extract("""
                Orchard grants

                The inspector also warned that the old cider press, which, she said, "has not run safely since the flood", \
                would be sealed in March.
                """);
        assertEquals(List.of("warned"), cues(doc));
    }

    @Test
    void anUnquotedRelativeAsideInsideAReportIsOneStatement() {
        AnnotatedDocument doc = extract("""
                Orchard grants

                The inspector argued that the cider press, which, he said, leaks oil every autumn, should be replaced.
                """);
        assertEquals(List.of("argued"), cues(doc));
    }

    /** Without a cue before it the aside speaks for the sentence; a named speaker in the aside is left as it was. */
    @Test
    void anAsideWithoutAReportOrWithANamedSpeakerStays() {
        assertEquals(List.of("said"), cues(extract("""
                Orchard grants

                The cider press, which, he said, leaks oil every autumn, will be replaced in May.
                """)));
        assertEquals(2, extract("""
                Orchard grants

                The inspector argued that the cider press, which, the miller said, leaks oil every autumn, should be replaced.
                """).attributions.size());
    }

    /** At the sentence's end too; after "that" the aside is left a statement of its own. */
    @Test
    void aRelativeAsideEndingTheSentenceIsOneStatementButNotAfterThat() {
        assertEquals(List.of("described"), cues(extract("""
                Orchard grants

                The inspector described a storehouse in which, she said, apples rot within a week.
                """)));
        assertEquals(2, extract("""
                Orchard grants

                The inspector recalled that the frost had ruined the valley's pears, a loss that, she said, nobody insured.
                """).attributions.size());
    }

    /**
     * Issue 9, round 43: after "that" the aside's statement is the relative clause's rest, not the sentence around it;
     * a demonstrative "that" (opening the sentence, after "and" or a preposition) is no relative, and the aside speaks
     * for the whole sentence.
     */
    @Test
    void anAsideAfterThatSaysOnlyTheRestOfItsClause() {
        AnnotatedDocument doc = extract("""
                Orchard grants

                Tomas Brenn, a miller, blamed the county for a drought plan that, he said, had dried out every orchard.
                """);
        assertSpeaker(doc, "had dried out every orchard", "Tomas Brenn");
        assertMentions("That, she said, was the end of the harvest.",
                "she | That, she said, was the end of the harvest | said | indirect");
        assertMentions("And that, she said, was the end of the harvest.",
                "she | And that, she said, was the end of the harvest | said | indirect");
    }

    private static List<String> cues(AnnotatedDocument doc) {
        return doc.attributions.stream().map(a -> a.cue).toList();
    }
}
