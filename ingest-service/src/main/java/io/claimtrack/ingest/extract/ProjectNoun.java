package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "project" the noun, not the verb of forecasting: "the ministry's project director", "Hovel dam project stalls", "the
 * project manager"; "Analysts project that growth will slow" and "They project a deficit" keep the verb.
 */
final class ProjectNoun {

    /** What may stand before the verb "project": its subject pronoun, a modal, "to", a negation or an adverb of time. */
    private static final Set<String> BEFORE_VERB = WordSet.union(List.of(FunctionWords.MODALS), "i", "we", "you", "they", "to",
            "not", "also", "now", "still", "and", "or", "who", "that", "which");

    private ProjectNoun() {
    }

    /** Whether "project" or "projects" at {@code i} is the noun. */
    static boolean at(List<Token> t, int i, Sentence s, Lexicon lexicon) {
        String w = t.get(i).lower();
        if (!w.equals("project") && !w.equals("projects")) {
            return false;
        }
        if (i + 1 < s.endToken() && t.get(i + 1).isWord() && lexicon.isRoleWord(t.get(i + 1).lower())) {
            // "project director", "project manager".
            return true;
        }
        if (i + 1 < s.endToken() && t.get(i + 1).is("whose")) {
            // "delay other schemes and projects whose permits are old": a relative "whose" follows a noun.
            return true;
        }
        if (i == s.firstToken()) {
            return false;
        }
        Token before = t.get(i - 1);
        String prev = before.lower();
        // "the project", "its projects", "the ministry's project"; a singular noun before the base form is its modifier
        // ("dam project stalls"), where a plural one is the verb's subject ("Analysts project").
        return FunctionWords.DETERMINERS.contains(prev) || Mentions.isPossessive(prev)
                || w.equals("project") && before.isWord() && !prev.endsWith("s") && !BEFORE_VERB.contains(prev)
                        && !ClauseShapes.isAdverb(before);
    }
}
