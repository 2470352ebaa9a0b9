package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The reference laboratory has confirmed the outbreak strain as Vibrio cholerae O1": a thing confirmed as what its
 * name says it is, a finding that identifies it, no words of the confirmer's (round 59, the fifty-eighth conventions'
 * laboratory). So is an agent of disease confirmed where it was found ("confirmed sheep pox virus in a flock near X",
 * "which confirmed the virus on 4 May"). "confirmed that the strain was Vibrio", "confirmed the virus had spread" and
 * "confirmed the plan as necessary" stay statements.
 */
final class IdentifiedAs {

    /** What a test finds: the agent of a disease, and the words that name its type ("virus serotype 8"). */
    private static final Set<String> AGENTS = WordSet.of("virus", "viruses", "strain", "strains", "bacterium", "bacteria",
            "pathogen", "pathogens", "parasite", "parasites", "fungus", "serotype", "serotypes", "subtype", "subtypes");

    private IdentifiedAs() {
    }

    /**
     * Whether the object right after "confirmed" (at {@code next}) is a determiner, a few lower-case words and "as" before
     * a capitalised name, within {@link Windows#DECLARED_OBJECT_TOKENS}.
     */
    static boolean at(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower())) {
            return false;
        }
        int end = Math.min(s.endToken() - 1, next + Windows.DECLARED_OBJECT_TOKENS + 1);
        for (int k = next + 1; k < end && t.get(k).isLowerWord(); k++) {
            if (t.get(k).is("as")) {
                return k > next + 1 && t.get(k + 1).isWord() && t.get(k + 1).isCapitalized();
            }
        }
        return false;
    }

    /**
     * Whether the object after "confirmed" (at {@code next}) names an agent of disease within
     * {@link Windows#DECLARED_OBJECT_TOKENS}, its name (words of {@link #AGENTS}, numbers, a capitalised code) ending
     * at a preposition or the clause's end (read at most {@link Windows#PHRASE_TOKENS}): a finding, not a clause left without its "that".
     */
    static boolean agentFound(List<Token> t, int next, Sentence s) {
        int end = Math.min(s.endToken(), next + Windows.DECLARED_OBJECT_TOKENS + 1);
        int k = next;
        while (k < end && (t.get(k).isWord() || t.get(k).type() == Token.Type.NUMBER) && !AGENTS.contains(t.get(k).lower())
                && !t.get(k).is("that") && !t.get(k).is("as")) {
            k++;
        }
        if (k >= end || !AGENTS.contains(t.get(k).lower())) {
            return false;
        }
        int nameEnd = Math.min(s.endToken(), k + Windows.PHRASE_TOKENS);
        while (k < nameEnd && (AGENTS.contains(t.get(k).lower()) || t.get(k).type() == Token.Type.NUMBER
                || t.get(k).isWord() && t.get(k).isCapitalized())) {
            k++;
        }
        return k >= s.endToken() || k < nameEnd && (!t.get(k).isWord() || t.get(k).in(WordClass.PREPOSITION));
    }
}
