package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The feeling a readout's verb is said with: "noted with satisfaction the growth of trade", "notes with deep concern
 * that ...". The "with" phrase is neither a topic ("spoke with the mayor") nor part of what was said; the object or
 * the that-clause after it is.
 */
final class FeltManner {

    private static final Set<String> FEELINGS = WordSet.of("concern", "satisfaction", "regret", "appreciation", "alarm",
            "approval", "pleasure", "gratitude", "interest", "dismay", "disappointment", "optimism", "surprise", "pride",
            "relief", "indignation", "sorrow", "sadness", "anxiety", "bitterness");
    /** What opens a that-clause or an object after the feeling ("with concern the rise"), not "with interest rates". */
    private static final Set<String> OPENERS = WordSet.union(List.of(FunctionWords.DETERMINERS, FunctionWords.DEMONSTRATIVES), "no");

    /** Prepositions that give what a feeling is about: "regret at the closure", "concern over the delays". */
    private static final Set<String> ABOUT = WordSet.of("at", "over");

    private FeltManner() {
    }

    /**
     * The index after "with (up to {@link Windows#FELT_MANNER_MODIFIERS} modifiers) feeling" at {@code i} when a
     * that-clause, an object with its determiner or a name follows it, else -1.
     */
    static int end(List<Token> t, int i, int end) {
        if (i >= end || !t.get(i).is("with")) {
            return -1;
        }
        for (int k = i + 1; k + 1 < end && k <= i + 1 + Windows.FELT_MANNER_MODIFIERS; k++) {
            Token tok = t.get(k);
            if (!tok.isWord() || tok.isCapitalized()) {
                return -1;
            }
            Token next = t.get(k + 1);
            if (FEELINGS.contains(tok.lower())) {
                boolean opens = OPENERS.contains(next.lower()) || next.isWord() && next.isCapitalized();
                return opens ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the content from {@code from} to {@code end}, right after a cue's noun of feeling ("expressed regret",
     * "voiced concern"), is what the feeling is about: "at the closure", "over the delays" with a determiner, the
     * cue's object rather than a place or a time. Not when a medium names where it was felt ("at a news conference").
     */
    static boolean aboutObject(List<Token> t, int from, int end) {
        if (from < 1 || from + 2 >= end || !FEELINGS.contains(t.get(from - 1).lower()) || !ABOUT.contains(t.get(from).lower())
                || !OPENERS.contains(t.get(from + 1).lower())) {
            return false;
        }
        for (int k = from + 2; k < end; k++) {
            if (ReportedContent.isMedium(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
