package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Where the narrator takes over after a cue whose speaker stands before it: a time clause ("..., officials said, as
 * they ..."), a participle of saying, the terms of speaking, the narrator's comment ("said Wednesday, in the largest
 * round of layoffs"), none of it what was said ({@link SpeakerBeforeCue}).
 */
final class NarratorsTail {

    /**
     * Words that open a time or concessive clause after a trailing cue, the narrator's and not the speaker's:
     * "..., officials said, as they ...", "..., the envoy said, though officials elsewhere cautioned that ...". A
     * reason ("since", "because") may be the speaker's own and stays in the content.
     */
    private static final Set<String> SUBORDINATORS = WordSet.of("as", "while", "when", "after", "before", "though",
            "although");
    /** What opens the narrator's adjunct after a parenthetical cue: "..., the commission said, with all ballots counted". */
    private static final Set<String> NARRATORS_ADJUNCTS = WordSet.of("with", "below", "above");
    /** A figure's direction before "from": "..., the agency said, down from 2.6% in April". */
    private static final Set<String> COMPARED = WordSet.of("down", "up");
    /** What follows "speaking" in the terms of speaking: "on condition of anonymity", "anonymously". */
    private static final Set<String> TERMS = WordSet.of("on", "under", "anonymously");
    /** Prepositions that open the narrator's comment after a trailing cue's time: "said Wednesday, in the largest ...". */
    private static final Set<String> COMMENT_PREPOSITIONS = WordSet.of("in", "amid", "with");
    /** Prepositions and nouns in "-ing": "said Monday, during a visit", "said Monday, including in ...". */
    private static final Set<String> NOT_PARTICIPLES = WordSet.of("during", "including", "according", "morning", "evening",
            "nothing", "something", "everything");

    private final Lexicon lexicon;

    NarratorsTail(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "..., lawmakers said Friday, as they bristled at ...", "..., the union said, adding that ...", "..., the company
     * said Wednesday, eliminating 640 jobs", "..., people familiar with the matter said, a move that ...": the first
     * comma after {@code from} that opens an adverbial clause, a participle clause or the narrator's name for the
     * news, or {@code end}. What follows it is no part of the cue's own phrase.
     */
    int adjunctAfter(AttributionContext ctx, int from, int end) {
        for (int k = from; k < end - 1; k++) {
            if (ctx.tokens.get(k).is(",") && (opensAdjunct(ctx, k + 1, end) || narratorsParticiple(ctx, k + 1, end)
                    || SummativeAppositive.opensAfter(ctx.doc, k, end))) {
                return k;
            }
        }
        return end;
    }

    /**
     * "Y, X told his advisers as he labored over one of the last addresses of his presidency": a time clause right
     * after the cue or its listener, however long, says when; its subordinator's index, or {@code end}. Not when a
     * quotation follows it ("At day's end, Holm said as she left, “Q”"): that is what was said.
     */
    static int timeClauseAfterListener(AttributionContext ctx, Cue cue, int end) {
        List<Token> tokens = ctx.tokens;
        int k = Listeners.afterListener(ctx, cue, end);
        if (k + 1 >= end || !SUBORDINATORS.contains(tokens.get(k).lower()) || !FunctionWords.SUBJECT_PRONOUNS.contains(tokens.get(k + 1).lower())) {
            return end;
        }
        for (int i = k + 2; i < end; i++) {
            if (tokens.get(i).type() == Token.Type.QUOTE) {
                return end;
            }
        }
        return k;
    }

    /**
     * "Y, Mayor Ann Holt announced today at a school in the north end, where she ...": a where-clause after the
     * cue's own time and place describes that place; "Y, the company said Wednesday, in the largest round of
     * layoffs in a decade": a phrase with no clause of its own is the narrator's comment. The index of its comma,
     * or {@code end}.
     */
    static int tailAfterListener(AttributionContext ctx, Cue cue, int end) {
        List<Token> tokens = ctx.tokens;
        int k = Listeners.afterListener(ctx, cue, end);
        for (int c = k + 1; c + 1 < end && c - k <= Windows.TRAILING_ADVERBIAL_TOKENS; c++) {
            if (tokens.get(c).is(",")) {
                boolean tail = tokens.get(c + 1).is("where")
                        || COMMENT_PREPOSITIONS.contains(tokens.get(c + 1).lower()) && phraseOnly(ctx, c + 2, end);
                return tail && ReportedContent.trailing(tokens, k, c) ? c : end;
            }
        }
        return end;
    }

    /**
     * "Y, the company said Wednesday, eliminating 640 jobs in a town where ...": a participle that is no cue, after
     * the cue's time, tells what the news means; the narrator's, however long, unless what was said resumes after its
     * comma ("said Tuesday, standing beside the mayor, that ..."). "The pier, she said, needing repairs for years, was
     * unsafe" and "A, they say, imposing new tariffs" are a parenthetical cue's, the participle part of what was said.
     */
    private static boolean narratorsParticiple(AttributionContext ctx, int k, int end) {
        Token t = ctx.tokens.get(k);
        if (ctx.cueAt[k] != null || !PhraseShapes.participle(t) || !t.lower().endsWith("ing") || NOT_PARTICIPLES.contains(t.lower())) {
            return false;
        }
        for (int c = k + 1; c < end; c++) {
            if (ctx.tokens.get(c).is(",")) {
                return c + 1 < end && !ctx.tokens.get(c + 1).is("that") && ctx.tokens.get(c + 1).type() != Token.Type.QUOTE;
            }
        }
        return true;
    }

    /** No clause or words of a speaker's from {@code from} to the sentence's end: no "that", quotation, pronoun subject or cue. */
    private static boolean phraseOnly(AttributionContext ctx, int from, int end) {
        for (int k = from; k < end; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is("that") || t.type() == Token.Type.QUOTE || FunctionWords.SUBJECT_PRONOUNS.contains(t.lower()) || ctx.cueAt[k] != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A time clause ("as they ...", "while ..."), a participle of saying ("adding that") or the narrator's adjunct to the
     * whole statement starts at token {@code k}: the terms of speaking ("speaking on condition of anonymity"), an
     * attendant circumstance ("with all ballots counted"), a figure's comparison ("down from 2.6%", "below the 0.3%
     * economists expected"), unless the clause goes on after it.
     */
    boolean opensAdjunct(AttributionContext ctx, int k, int end) {
        Token t = ctx.tokens.get(k);
        Token next = k + 1 < end ? ctx.tokens.get(k + 1) : null;
        if (SUBORDINATORS.contains(t.lower()) || ctx.cueAt[k] != null && lexicon.isGerund(ctx.cueAt[k])) {
            return true;
        }
        // Not "The plan, he said, with its new toll, would fail": the clause goes on after the phrase.
        boolean circumstance = NARRATORS_ADJUNCTS.contains(t.lower()) && !verbJoined(ctx, k, end);
        return (circumstance || next != null && (COMPARED.contains(t.lower()) && next.is("from")
                || t.is("speaking") && TERMS.contains(next.lower()))) && !Parenthetical.continuesAfter(ctx, k, end);
    }

    /**
     * "She accepted it, her son said, with a short speech and went back to work": a verb joined by "and" after the
     * phrase from token {@code k} (within a noun phrase's length) shows the phrase to be the statement's own, its subject going on
     * to a second verb.
     */
    private boolean verbJoined(AttributionContext ctx, int k, int end) {
        for (int j = k + 1; j + 1 < end && j - k <= Windows.PHRASE_TOKENS; j++) {
            Token after = ctx.tokens.get(j + 1);
            if (ctx.tokens.get(j).is("and") && (lexicon.verbOnlyPasts.contains(after.lower()) || ctx.cueAt[j + 1] != null)) {
                return true;
            }
        }
        return false;
    }
}
