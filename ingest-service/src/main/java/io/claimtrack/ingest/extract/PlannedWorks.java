package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A plan that is the narrator's background or a project, no words: "had planned to start in October", "plans to replace
 * the ferry", "plans to put the jaw on display". Part of {@link SceneActs}.
 */
final class PlannedWorks {

    /** Verbs of works on a thing, of buying, selling and hiring: what a plan of a project does. */
    static final Set<String> WORKS = WordSet.of("build", "rebuild", "replace", "demolish", "renovate", "expand",
            "close", "reopen", "open", "convert", "turn", "construct", "install", "upgrade", "repair", "buy", "sell", "hire", "deepen", "widen", "dredge");
    /** Where a thing put is shown or offered: "put it on display", "put the ferry up for sale". */
    private static final Set<String> SHOWN = WordSet.of("display", "show", "view", "sale", "exhibit");

    private PlannedWorks() {
    }

    /**
     * "The government had planned to start in October": a plan in the past perfect, overtaken by what the story
     * reports, is the narrator's background.
     */
    static boolean overtaken(List<Token> t, int i, int next, Sentence s) {
        int k = i - 1;
        while (k > s.firstToken() && ClauseShapes.isAdverb(t.get(k)) && !t.get(k).is("had")) {
            k--;
        }
        return k >= s.firstToken() && t.get(k).is("had") && next < s.endToken() && t.get(next).is("to");
    }

    /**
     * "The Authority plans to replace the ferry in 2038", "plans to turn the shop into a cafe", "plans to put the jaw on
     * display": a plan of works on a thing, of showing it, or of buying, selling or hiring, is a project, no words; "plans to call for", "plans to release its
     * analysis" may report what was said of it (PolNeAR marks those).
     */
    static boolean works(List<Token> t, int next, Sentence s) {
        if (next + 1 >= s.endToken() || !t.get(next).is("to")) {
            return false;
        }
        return WORKS.contains(t.get(next + 1).lower()) || t.get(next + 1).is("put") && shown(t, next + 2, s);
    }

    /** "put the jaw on display", "put the ferry up for sale": a thing shown or offered, within a few words. */
    private static boolean shown(List<Token> t, int from, Sentence s) {
        for (int k = from; k + 1 < Math.min(s.endToken(), from + Windows.DETERMINED_PHRASE_TOKENS); k++) {
            if ((t.get(k).is("on") || t.get(k).is("for")) && SHOWN.contains(t.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
