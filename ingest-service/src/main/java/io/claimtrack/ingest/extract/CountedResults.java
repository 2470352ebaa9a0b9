package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A result as a cue verb's object, an act with no words in it: "posted a 2-0 win", "added a late goal", "Berg added a
 * third.", "claimed the gold medal". Part of {@link CueSense}, beside {@link ObjectSense}.
 */
final class CountedResults {

    /** "Lund added a third.", "added a second in the 80th minute": an ordinal for the result just counted. */
    private static final Set<String> ORDINALS = WordSet.of("second", "third", "fourth", "fifth", "sixth");
    /**
     * "claimed the lead in the second period", "an early lead.", "claimed the starting job in October": a standing;
     * "the lead investigator" is a modifier, "claimed the job market was weak" a clause's subject.
     */
    private static final Set<String> STANDINGS = WordSet.of("lead", "job");
    private static final Set<String> CLOSING = WordSet.of(".", ",", ";");
    /** Words that open a time after a result: "a third late on", "a second just before half-time". */
    private static final Set<String> LATER = WordSet.of("late", "later", "just", "moments", "minutes", "seconds", "early");
    /** Wins a speaker may claim in words: "Holm claimed victory". */
    private static final Set<String> CLAIMED_WINS = WordSet.of("win", "wins", "victory", "victories");

    private final Lexicon lexicon;

    CountedResults(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "posted a 2-0 win", "added a late goal", "posted record earnings", "Berg added a third.": a result within a few
     * lower-case words or numbers of the verb, before any clause or preposition, or an ordinal standing for one, or a
     * lead ("claimed the lead in the second period").
     * "added a caveat", "posted a video", "added a second point: ..." are left.
     */
    boolean result(List<Token> t, int next, Sentence s) {
        return resultAt(t, next, s, false) >= 0;
    }

    /**
     * "posted a 3.1% gain": a result posted may be a percentage; one reported or claimed ("reported a 19% drop") is a
     * figure the speaker gives, and stays.
     */
    boolean postedResult(List<Token> t, int next, Sentence s) {
        return resultAt(t, next, s, true) >= 0;
    }

    /**
     * "claimed the gold medal", "the storm claimed three lives", "claimed a loss of $916 million": a result claimed
     * is won or counted. "claimed victory" says one has won, unless a score goes with it ("claimed a 2-1 win").
     */
    boolean claimedResult(List<Token> t, int next, Sentence s) {
        int k = resultAt(t, next, s, false);
        if (k < 0 || !CLAIMED_WINS.contains(t.get(k).lower())) {
            return k >= 0;
        }
        for (int j = next; j < k; j++) {
            if (t.get(j).type() == Token.Type.NUMBER && t.get(j).text().indexOf('-') > 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the result word after the verb, or -1; past a percentage's sign when {@code percent}. */
    private int resultAt(List<Token> t, int next, Sentence s, boolean percent) {
        for (int k = next; k < Math.min(s.endToken(), next + Windows.RESULT_OBJECT_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.type() != Token.Type.NUMBER && !(percent && tok.is("%")) && !tok.isLowerWord() || tok.is("that")
                    || CueStage.PREPOSITIONS.contains(tok.lower())) {
                return -1;
            }
            boolean closesPhrase = k + 1 < s.endToken()
                    && (CLOSING.contains(t.get(k + 1).lower()) || CueStage.PREPOSITIONS.contains(t.get(k + 1).lower())
                            || timeAfter(t, k + 1, s.endToken()));
            if (lexicon.results.contains(tok.lower())
                    || (ORDINALS.contains(tok.lower()) || STANDINGS.contains(tok.lower())) && closesPhrase) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "a third five minutes later", "a second just before half-time", "a third late on": a time after an ordinal, which
     * closes its phrase as a stop or a preposition does.
     */
    private static boolean timeAfter(List<Token> t, int k, int end) {
        String w = t.get(k).lower();
        if (LATER.contains(w)) {
            return true;
        }
        boolean count = t.get(k).type() == Token.Type.NUMBER || FunctionWords.NUMBER_WORDS.contains(w) || w.equals("a");
        return count && k + 1 < end && FunctionWords.CLOCK_UNITS.contains(t.get(k + 1).lower());
    }
}
