package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Where "according to X" stands in its sentence: opening the clause whose words are Y (after a bracket, a connective,
 * "that" or a subordinator) or after them ("That's according to X"); part of {@link AccordingTo}.
 */
final class AccordingPositions {

    /** Sentence adverbs and conjunctions that may stand, with their comma, before a fronted "according to X". */
    private static final Set<String> CONNECTIVES = WordSet.of("but", "and", "yet", "so", "still", "now", "however",
            "moreover", "furthermore", "also", "meanwhile", "indeed", "instead", "besides", "again", "then", "plus",
            "thus", "today", "overall");
    /** Relative pronouns a fronted "according to X" may follow: "who, according to her, found ...". */
    private static final Set<String> RELATIVES = WordSet.of("who", "which");

    private AccordingPositions() {
    }

    /**
     * "He left because, according to Holm, Y", "the envoy, who, according to her, found Y": the phrase opens the
     * subordinate or relative clause whose words are Y.
     */
    static boolean afterSubordinator(List<Token> tokens, int cue, int first) {
        return cue - 2 >= first && tokens.get(cue - 1).is(",")
                && (FrontedClause.subordinator(tokens.get(cue - 2)) || RELATIVES.contains(tokens.get(cue - 2).lower()));
    }

    /**
     * "While most were delayed, according to the board, two ferries sank": a subordinate clause that opens the
     * sentence ends at the comma before the cue, so the main clause after the source is what was said.
     */
    static boolean afterSubordinateClause(AttributionContext ctx, int cue, int first) {
        return cue - 1 > first && ctx.tokens.get(cue - 1).is(",") && FrontedClause.holds(ctx, first, cue - 1);
    }

    /** "That's according to X", "This is according to X": a demonstrative and "is" open the sentence. */
    static boolean afterDemonstrative(List<Token> tokens, int cue, int first) {
        String opening = tokens.get(first).lower();
        String stem = Mentions.possessiveStem(opening);
        return cue == first + 1 && !stem.equals(opening) && FunctionWords.DEMONSTRATIVES.contains(stem)
                || cue == first + 2 && FunctionWords.DEMONSTRATIVES.contains(opening) && FunctionWords.BE_FORMS.contains(tokens.get(first + 1).lower());
    }

    /** "(According to X, Y)", "It has not gone unnoticed: According to X, Y": a bracket or colon opens the clause. */
    static boolean opensClause(List<Token> tokens, int cue, int first) {
        return cue == first || cue > first && (tokens.get(cue - 1).is("(") || tokens.get(cue - 1).is(":"));
    }

    /**
     * "The AP reported that, according to an analysis of her calendar, Y": the phrase opens the reported clause, so
     * Y after the source is its content, not the words before.
     */
    static boolean afterThat(List<Token> tokens, int cue, int first) {
        int k = cue - 1;
        if (k > first && tokens.get(k).is(",")) {
            k--;
        }
        return k > first && tokens.get(k).is("that");
    }

    /**
     * "But, according to the poll, Y", "In addition, according to the ministry, Y": a connective or an adverbial
     * with its comma before the cue is no content of its own; "The fares rose, according to the board" is.
     */
    static boolean afterConnective(AnnotatedDocument doc, int cue, int first) {
        List<Token> tokens = doc.tokens;
        if (cue - first < 2 || !tokens.get(cue - 1).is(",")) {
            return false;
        }
        // "On Tuesday she lost the primary, according to the returns": a subject after the adverbial makes it a clause.
        return cue - first == 2 && CONNECTIVES.contains(tokens.get(first).lower())
                || FrontedAdverbials.frontedOpener(tokens.get(first)) && FrontedAdverbials.loneAdverbial(doc, first, cue - 1)
                && BareAdverbial.subjectAfter(tokens, first, cue - 1) == first;
    }

    /**
     * "The treasurer, Ada Holm, confirmed that A, according to unaudited figures": a verb of saying and its "that" in the
     * clause a closing "according to" follows, ending at {@code to}: the clause is already a report of its own speaker's.
     */
    static boolean reportBefore(AttributionContext ctx, int first, int to) {
        for (int k = to - 2; k >= first && to - k <= Windows.REPORT_BEFORE_SOURCE_TOKENS; k--) {
            Cue c = ctx.cueAt[k];
            if (c != null && c.kind() == Lexicon.CueKind.VERB && c.endToken() < to && ctx.tokens.get(c.endToken()).is("that")) {
                return true;
            }
        }
        return false;
    }
}
