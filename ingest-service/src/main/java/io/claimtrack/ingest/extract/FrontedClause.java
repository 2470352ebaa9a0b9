package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A subordinate clause that opens its sentence and holds the cue: "Although she said the plan was a mistake,
 * the mayor kept it"; "When the director said on Tuesday that A, experts understood". What was said ends
 * with the clause, at its comma; the main clause after it is the narrator's.
 */
final class FrontedClause {

    /** Conjunctions that open an adverbial clause before the main clause ("as" has its own pattern, {@link AsClause}). */
    private static final Set<String> SUBORDINATORS = WordSet.union(List.of(FunctionWords.SUBORDINATORS), "whenever");
    /** Words a main clause needs after the comma: "..., experts understood." */
    private static final int MAIN_CLAUSE_TOKENS = 2;
    /** Words what was said has at least before the clause's comma: "said ferries, buses and trams" lists. */
    private static final int CONTENT_TOKENS = 3;

    private FrontedClause() {
    }

    /** Whether the token is a conjunction that opens an adverbial clause: "because", "after", "while". */
    static boolean subordinator(Token t) {
        return SUBORDINATORS.contains(t.lower());
    }

    /**
     * The sentence opens with a subordinator and no comma stands between it and token {@code k}, the start of
     * the speaker phrase (whose own asides may hold commas: "When the director, Ann Holm, said").
     */
    static boolean holds(AttributionContext ctx, int first, int k) {
        List<Token> tokens = ctx.tokens;
        int opener = Datelines.afterDateline(tokens, first, k);
        // "As Holm spoke of the storm, ...": an as-clause that is no aside ({@link AsClause}) is a time clause.
        if (opener >= k || !SUBORDINATORS.contains(tokens.get(opener).lower()) && !tokens.get(opener).is("as")) {
            return false;
        }
        for (int i = opener + 1; i < k; i++) {
            if (tokens.get(i).is(",") || tokens.get(i).is(";")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Asked about the bank's claim that A, she said B", "In response to a question about a report by X that A, she said
     * B": the speaker at {@code k} is inside a participle clause that asks about a premise ("Asked about", "Speaking
     * about") or a phrase answering a question about it, no comma between.
     */
    private static boolean askedAbout(List<Token> tokens, int first, int k) {
        int opener = Datelines.afterDateline(tokens, first, k);
        if (opener + 2 > k || k - opener > Windows.ADVERBIAL_CLAUSE_TOKENS) {
            return false;
        }
        int about = questionAbout(tokens, opener, k);
        if (about < 0 && !(tokens.get(opener + 1).is("about") && tokens.get(opener).isCapitalized()
                && (tokens.get(opener).lower().endsWith("ed") || tokens.get(opener).lower().endsWith("ing")))) {
            return false;
        }
        for (int i = Math.max(opener + 2, about); i < k; i++) {
            if (tokens.get(i).is(",") || tokens.get(i).is(";")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "In response to a question about", "Responding to questions on": a capitalised opening whose question noun, within
     * {@link Windows#QUESTION_OPENING_TOKENS}, is followed by "about" or "on"; the token after that word, or -1.
     */
    private static int questionAbout(List<Token> tokens, int opener, int k) {
        if (!tokens.get(opener).isCapitalized()) {
            return -1;
        }
        for (int i = opener + 1; i + 1 < Math.min(k, opener + Windows.QUESTION_OPENING_TOKENS); i++) {
            if ((tokens.get(i).is("question") || tokens.get(i).is("questions")) && (tokens.get(i + 1).is("about") || tokens.get(i + 1).is("on"))) {
                return i + 2;
            }
            if (!tokens.get(i).isLowerWord()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Although in September she said": where the subject starts after a time phrase that follows the clause's
     * subordinator, when the speaker phrase from {@code npStart} to {@code npEnd} took the time phrase in; -1 if not.
     */
    static int subjectAfterTime(AttributionContext ctx, int first, int npStart, int npEnd) {
        List<Token> tokens = ctx.tokens;
        int opener = Datelines.afterDateline(tokens, first, npEnd);
        if (opener >= npStart || !SUBORDINATORS.contains(tokens.get(opener).lower())) {
            return -1;
        }
        for (int k = Math.max(npStart, opener + 2); k < npEnd; k++) {
            if (ReportedContent.beforeTimePhrase(tokens, k - 1, opener) == opener) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where content from {@code from} to {@code to} stops when its speaker at {@code speakerToken} is inside a fronted
     * clause, or is the object of the participle opening the sentence ("Hearing Berg say that the port was shut,
     * Reed laughed"): at the first comma outside quotations, or after the marks of a quotation its last comma closes,
     * that a main clause follows, else {@code to}.
     */
    static int end(AttributionContext ctx, int first, int speakerToken, int from, int to, int sentenceEnd) {
        List<Token> tokens = ctx.tokens;
        if (!holds(ctx, first, speakerToken) && !(speakerToken == first + 1 && ClauseShapes.perceiving(tokens.get(first)))
                && !askedAbout(tokens, first, speakerToken)) {
            return to;
        }
        // "Although she said single mothers, black families and ... would suffer": a comma this early lists.
        for (int k = from + CONTENT_TOKENS; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is(",") && ctx.doc.quoteAt(t.start()) == null) {
                return sentenceEnd - k > MAIN_CLAUSE_TOKENS ? k : to;
            }
            // "said he would “rebuild every bridge,” the hall applauded": the quotation's last comma closes the clause,
            // and the content keeps it with its marks.
            int marks = QuotedAside.afterClosingMarks(ctx, k);
            if (marks > 0 && marks < to) {
                return sentenceEnd - marks > MAIN_CLAUSE_TOKENS ? marks : to;
            }
        }
        return to;
    }
}
