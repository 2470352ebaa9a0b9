package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A pledge or an agreement in the pluperfect with only a noun object is background to the story, no statement: "the
 * builder had promised 300 homes", "both sides had agreed on a new referee", "the auction, which the ministry had
 * promised for November,", and in the plain past a thing promised for a time before its clause's verb ("the boats
 * the ministry promised for May have not come"). What was promised in words stays: "had promised to build", "had promised that ...", "had
 * promised the crews that ...", "had promised her “full support”", and the plain past "promised 300 homes". Asked by
 * {@link CueSense}.
 */
final class PastPledge {

    /** What opens the words of a pledge rather than its thing: an infinitive, a clause, a partner agreed with. */
    private static final Set<String> WORDS_OPENERS = WordSet.of("to", "that", "with", ":", ",");

    private static final Set<String> CLAUSE_COORDINATORS = WordSet.of("but", "and", "yet");

    private PastPledge() {
    }

    /** Whether the cue word {@code w} at token {@code i}, its words ending before {@code next}, is such a background pledge. */
    static boolean background(List<Token> t, String w, int i, int next, Sentence s) {
        if (!Commissives.is(w) && !w.startsWith("agree") || i - 1 < s.firstToken()
                || !t.get(PerfectAdverbials.auxiliaryBefore(t, i - 1, s.firstToken())).is("had") && !thingForTime(t, next, s)) {
            return false;
        }
        int k = w.startsWith("agree") && next < s.endToken() && t.get(next).is("on") ? next + 1 : next;
        if (k < s.endToken() && (WORDS_OPENERS.contains(t.get(k).lower()) || BareClause.opensAt(t, k, s))) {
            return false;
        }
        for (int q = k; q < s.endToken() && !nextClause(t, q, s); q++) {
            if (t.get(q).type() == Token.Type.QUOTE || t.get(q).is("that") || ClauseShapes.opensInfinitive(t, q, s.endToken())) {
                // "had promised her “full cooperation”", "had promised the crews that ...", "had agreed in principle to
                // cut": the words themselves.
                return false;
            }
        }
        return true;
    }

    /**
     * "the houses the ministry promised for March have not come": a time the thing was promised for, then the verb of
     * the clause the thing is subject of; the pledge's object stands before it, a thing.
     */
    private static boolean thingForTime(List<Token> t, int next, Sentence s) {
        return next + 2 < s.endToken() && (t.get(next).is("for") || t.get(next).is("by")) && Mentions.isDateWord(t.get(next + 1).lower())
                && ClauseSubject.FINITE.contains(t.get(next + 2).lower());
    }

    /**
     * "had agreed on a prisoner exchange, but had failed to agree on ...": a comma and a coordinator end the object;
     * what the next clause says is its own.
     */
    private static boolean nextClause(List<Token> t, int q, Sentence s) {
        return t.get(q).is(",") && q + 1 < s.endToken() && CLAUSE_COORDINATORS.contains(t.get(q + 1).lower());
    }
}
