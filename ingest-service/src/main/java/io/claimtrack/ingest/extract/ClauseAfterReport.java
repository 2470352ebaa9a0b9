package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Councillor Ada Holm said she would ask for options, but the pool needs $3 million in repairs, according to a review":
 * a sentence whose first clause is a report of its own, joined by ", but" to the clause a closing "according to X"
 * sources. X's words are only the clause after "but"; the first clause is its own speaker's. Asked by
 * {@link AccordingTo} and {@link ReportedContent}.
 */
final class ClauseAfterReport {

    /**
     * Past reports of one speaker's words; a present "say" reports a poll's or a study's own finding ("Three in four say
     * A, but B, according to the survey" is all the survey's).
     */
    private static final Set<String> PAST_REPORTS = WordSet.of("said", "told");

    private ClauseAfterReport() {
    }

    /** "but the tank leaks": a subject of its own opens the clause; "but dropped the demand" goes on the first subject's. */
    private static boolean subjectOpens(Token t) {
        String lower = t.lower();
        return FunctionWords.ARTICLES_OR_POSSESSIVES.contains(lower) || FunctionWords.SUBJECT_PRONOUNS.contains(lower)
                || t.isCapitalized();
    }

    /**
     * The first token after ", but" in {@code [first, to)} when a cue stands before it and a clause of at least
     * {@link Windows#MIN_CONTENT_TOKENS} words follows it; {@code first} when none.
     */
    static int start(AttributionContext ctx, int first, int to) {
        List<Token> tokens = ctx.tokens;
        boolean reported = false;
        for (int k = first; k + 1 < to; k++) {
            reported |= ctx.cueAt[k] != null && PAST_REPORTS.contains(tokens.get(k).lower());
            if (reported && tokens.get(k).is(",") && tokens.get(k + 1).is("but") && k + 2 + Windows.MIN_CONTENT_TOKENS < to
                    && subjectOpens(tokens.get(k + 2)) && ctx.doc.quoteAt(tokens.get(k).start()) == null) {
                return k + 2;
            }
        }
        return first;
    }

    /**
     * Whether the ", but" at token {@code comma} opens a clause that a closing ", according to X" sources before
     * {@code end}, in the content of a past report starting at {@code from}: the report ends at the comma.
     */
    static boolean sourcedAfter(List<Token> tokens, int from, int comma, int end) {
        boolean reported = from > 0 && PAST_REPORTS.contains(tokens.get(from - 1).lower())
                || from > 1 && tokens.get(from - 1).is("that") && PAST_REPORTS.contains(tokens.get(from - 2).lower());
        if (!reported || !tokens.get(comma).is(",") || comma + 2 >= end || !tokens.get(comma + 1).is("but")
                || !subjectOpens(tokens.get(comma + 2))) {
            return false;
        }
        for (int k = comma + 2 + Windows.MIN_CONTENT_TOKENS; k + 2 < end; k++) {
            if (tokens.get(k).is(",") && tokens.get(k + 1).is("according") && tokens.get(k + 2).is("to")) {
                return true;
            }
        }
        return false;
    }
}
