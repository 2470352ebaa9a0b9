package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A phrase or a subordinate clause in front of a sentence's subject ("During the service, ...", "In May, ..."): where or
 * when, not what was said.
 */
final class FrontedAdverbials {

    /** Prepositions and subordinators that open an adverbial in front of a sentence's subject. */
    private static final Set<String> FRONTED_OPENERS = WordSet.union(List.of(FunctionWords.SUBORDINATORS), "in", "on",
            "at", "during", "for", "with", "without", "under", "over", "from", "amid", "despite", "following", "among", "through",
            "throughout", "upon", "within");

    private FrontedAdverbials() {
    }

    /**
     * "During the service, the pastor asked ...", "In the early 1990s, Ms. Holm said, ...": a phrase or a
     * subordinate clause before the subject, with no comma of its own, is where or when, not what was said.
     * "In May, the port closed, officials said" holds a clause after its comma and stays, and so does "For most of the
     * night he sat in a chair, his son said", a preposition's phrase with a subject pronoun's clause after it.
     */
    static boolean loneAdverbial(AnnotatedDocument doc, int from, int to) {
        // "At least 46 people were treated, officials said": a bound on a figure opens a subject, not an adverbial.
        return to - from <= Windows.FRONTED_ADVERBIAL_TOKENS && FRONTED_OPENERS.contains(doc.tokens.get(from).lower())
                && !Quantities.atBound(doc.tokens, from) && WhenOrHowOnly.unbroken(doc, from + 1, to)
                && !ClauseShapes.invertedSubject(doc.tokens, from, to) && !clauseAfterPhrase(doc.tokens, from, to);
    }

    /** "For hours she sat ...": a preposition (no subordinator) opens a phrase, and a person's pronoun a clause after it. */
    private static boolean clauseAfterPhrase(List<Token> tokens, int from, int to) {
        if (FunctionWords.SUBORDINATORS.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from + 2; k < to; k++) {
            if (FunctionWords.SPEAKING_PRONOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "In", "after", "while": a word that opens an adverbial before a sentence's subject. */
    static boolean frontedOpener(Token t) {
        return FRONTED_OPENERS.contains(t.lower());
    }
}
