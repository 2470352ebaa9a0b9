package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * An unnamed source taken up again: "the source" after "One of the sources" or "A source in the delegation" is that
 * source, as first written; "one of them" is one person, whom a later "he" or "she" takes up.
 */
class PartitiveSourceTest {

    @Test
    void theSourceIsTheOneOfTheSourcesWhoSpokeBefore() {
        AnnotatedDocument doc = extract("""
                The ministry is preparing to sell the bank, according to three people with knowledge of the plan.

                One of the sources said the government favoured a listing. "The preference is clear," the source said.
                """);
        assertSpeaker(doc, "\"The preference is clear,\"", "One of the sources");
    }

    @Test
    void theSourceIsTheSourceInTheDelegation() {
        AnnotatedDocument doc = extract("""
                A source in the Ostrian delegation said the talks would resume. "Nothing is agreed yet," the source said.
                """);
        assertSpeaker(doc, "\"Nothing is agreed yet,\"", "A source in the Ostrian delegation");
    }

    @Test
    void aPronounTakesUpOneOfThem() {
        AnnotatedDocument doc = extract("""
                Mayor Tor Lund said the council would meet on Friday.

                Two store managers said supplies were short. One of them said his store had received half its orders. \
                "The shelves are empty," he said.
                """);
        assertSpeaker(doc, "\"The shelves are empty,\"", "One of them");
    }

    @Test
    void aPronounTakesUpOneOfTheRebels() {
        AnnotatedDocument doc = extract("""
                Mayor Tor Lund said the council would meet on Friday.

                One of the rebels, a former energy minister, said she had abstained. "I warned them twice," she said.
                """);
        assertSpeaker(doc, "\"I warned them twice,\"", "One of the rebels");
    }
}
