package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Several statements of one sentence: each stops where the next speaker's clause begins ("A, Holm said, but
 * Berg said B") or before a second verb of its own speaker ("said A and added that B").
 */
final class LaterSpeakers {

    private static final Set<String> NON_RESTRICTIVE = WordSet.of("which", "who", "whom");
    /**
     * Verbs that grant or note a point, after which "but found that B" or "and considers that B" is the granter's own
     * finding, not the point's.
     */
    private static final Set<String> CONCEDING = WordForms.verbForms("accept", "concede", "acknowledge", "admit/admitted", "grant",
            "note");

    private LaterSpeakers() {
    }

    /** Cuts each statement of the sentence at the first later speaker or second verb inside its content. */
    static void trim(AttributionContext ctx, List<Attribution> inSentence) {
        for (int i = 0; i < inSentence.size(); i++) {
            Attribution a = inSentence.get(i);
            Attribution cut = null;
            for (Attribution b : inSentence) {
                boolean trailing = b.contentEnd <= b.mention.start();
                boolean inside = b != a && b.mention.start() > a.contentStart && b.mention.start() < a.contentEnd
                        && (trailing || b.contentStart >= a.contentStart && coordinated(ctx, b));
                if (inside && (cut == null || b.mention.start() < cut.mention.start())) {
                    cut = b;
                }
            }
            int k;
            Attribution second = secondVerbInside(ctx, inSentence, a);
            int subjects = subjectsVerb(ctx, inSentence, a);
            if (subjects > 0) {
                // "One of them, who asked not to be named because the chain had told managers not to talk, said B":
                // the relative clause on the sentence's speaker ends at the comma before that speaker's verb.
                k = subjects;
            } else if (second != null) {
                // "said A and added that B", "said A, adding that B": A ends before the "and" or the comma. A listener
                // between the second verb and B may bring a comma of its own (", telling reporters, “B”"): the cut
                // goes back to the verb. "adding, “B”" keeps its cut, which a quotation in A may close.
                k = ctx.tokenAtOrAfter(second.contentStart) - 1;
                Cue verb = cueBefore(ctx, k);
                if (verb != null && wordBetween(ctx.tokens, verb.endToken(), k + 1)) {
                    k = verb.firstToken() - 1;
                }
                int exception = verb == null ? -1 : ParticipleClause.exceptionLeadStart(ctx.tokens, verb.firstToken(), 1);
                if (exception > 0) {
                    // "offered few ideas aside from stating that B": A ends before the exception, with or without a comma.
                    k = ctx.tokens.get(exception - 1).is(",") ? exception - 1 : exception;
                }
                while (exception < 0 && k > 0
                        && !(ctx.tokens.get(k).is("and") || ctx.tokens.get(k).is("but") || ctx.tokens.get(k).is(","))) {
                    k--;
                }
                if (verb != null && k + 2 == verb.firstToken() && ctx.tokens.get(k).is(",") && ctx.tokens.get(k + 1).type() == Token.Type.QUOTE) {
                    // "says knee 'fine,' hopes to start": the comma closed inside the quotation, which A keeps.
                    k += 2;
                }
            } else if (cut != null) {
                k = ctx.tokenAtOrAfter(cut.mention.start());
            } else {
                continue;
            }
            inSentence.set(i, before(ctx, a, k));
        }
        // Once every statement has its end, so that a relative clause's own content is cut before it is compared.
        for (int i = 0; i < inSentence.size(); i++) {
            Attribution a = inSentence.get(i);
            Attribution relative = relativeAtEnd(ctx, inSentence, a);
            if (relative != null) {
                inSentence.set(i, before(ctx, a, ctx.tokenAtOrAfter(relative.mention.start()) - 1));
            }
        }
    }

    /**
     * The first token of the cue of a statement whose speaker opens a who-clause holding {@code a}, and whose cue,
     * after a comma, lies inside {@code a}'s content: {@code a} was said in a clause on that speaker. -1 if none.
     */
    private static int subjectsVerb(AttributionContext ctx, List<Attribution> inSentence, Attribution a) {
        if (a.contentStart < a.mention.end()) {
            return -1;
        }
        for (Attribution b : inSentence) {
            if (b != a && b.contentStart > a.contentStart && b.contentStart < a.contentEnd && b.mention.end() <= a.mention.start()
                    && whoClause(ctx, b.mention.end(), a.mention.start())) {
                Cue verb = cueBefore(ctx, ctx.tokenAtOrAfter(b.contentStart) - 1);
                if (verb != null && verb.firstToken() > 0 && ctx.tokens.get(verb.firstToken() - 1).is(",")
                        && ctx.tokens.get(verb.firstToken()).start() > a.contentStart) {
                    return verb.firstToken();
                }
            }
        }
        return -1;
    }

    /** ", who ...": a comma and a relative pronoun open a clause on a person between {@code from} and {@code to}. */
    private static boolean whoClause(AttributionContext ctx, int from, int to) {
        int k = ctx.tokenAtOrAfter(from);
        if (k + 1 >= ctx.tokens.size() || !ctx.tokens.get(k).is(",")) {
            return false;
        }
        for (int j = k + 1; j < ctx.tokens.size() && ctx.tokens.get(j).start() < to; j++) {
            if (ctx.tokens.get(j).is("who") || ctx.tokens.get(j).is("whose")) {
                return true;
            }
        }
        return false;
    }

    /** {@code a} ending before token {@code k} and the boundaries before it, or {@code a} when nothing would be left. */
    private static Attribution before(AttributionContext ctx, Attribution a, int k) {
        k--;
        while (k >= 0 && ClauseShapes.isBoundary(ctx.tokens.get(k)) && ctx.tokens.get(k).type() != Token.Type.QUOTE) {
            k--;
        }
        return k >= 0 && ctx.tokens.get(k).end() > a.contentStart ? new Attribution(a.source, a.mention, a.cue,
                a.contentStart, ctx.tokens.get(k).end(), a.block, a.confidence) : a;
    }

    /** The cue that ends within a few tokens before {@code k}, the second verb of "..., telling reporters, “B”". */
    private static Cue cueBefore(AttributionContext ctx, int k) {
        for (int c = k; c > 0 && k - c <= Windows.TRAILING_ADVERBIAL_TOKENS; c--) {
            if (ctx.cueAt[c] != null) {
                return ctx.cueAt[c];
            }
        }
        return null;
    }

    /** Whether a word other than "that" lies between {@code from} (inclusive) and {@code to} (exclusive). */
    private static boolean wordBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord() && !tokens.get(k).is("that")) {
                return true;
            }
        }
        return false;
    }

    private static Attribution secondVerbInside(AttributionContext ctx, List<Attribution> inSentence, Attribution a) {
        for (Attribution b : inSentence) {
            if (b != a && (b.source == Attribution.Source.SECOND_VERB || b.source == Attribution.Source.GERUND)
                    && !acrossParenthetical(a, b) && b.contentStart > a.contentStart
                    && b.contentStart < a.contentEnd && !complementsOwn(ctx, a, b)
                    && !NounSubjectPredicate.continues(ctx, a, b, conjunctionBefore(ctx, a, b))) {
                return b;
            }
        }
        return null;
    }

    /**
     * "Tenants should stay indoors, the council said, but should ask ...": {@code b}'s subject is in {@code a}'s content
     * and {@code a}'s speaker and cue come between it and {@code b}'s verb, so {@code b}'s verb goes on with A's clause
     * and is no second verb of {@code a}'s speaker.
     */
    private static boolean acrossParenthetical(Attribution a, Attribution b) {
        return b.mention != null && a.mention != null && a.inContent(b.mention.start()) && b.mention.end() <= a.mention.start()
                && a.mention.end() <= b.contentStart;
    }

    /** The "and" or "but" before {@code b}'s verb inside {@code a}'s content, or the nearest token it was looked for at. */
    private static int conjunctionBefore(AttributionContext ctx, Attribution a, Attribution b) {
        int conjunction = ctx.tokenAtOrAfter(b.contentStart) - 1;
        int stop = Math.max(ctx.tokenAtOrAfter(a.contentStart), conjunction - Windows.COORDINATED_PARTICIPLE_TOKENS);
        while (conjunction > stop && !ctx.tokens.get(conjunction).is("and") && !ctx.tokens.get(conjunction).is("but")) {
            conjunction--;
        }
        return conjunction;
    }

    /**
     * "said members were tired of delays and wanted new leaders", "said she backed the plan but thought ...": a verb of
     * wish or belief joined to a clause inside the content is that clause's own, when a verb of the clause comes
     * before the "and" or "but" with no comma; "agreed with Holm and seemed to think ..." has no clause before it. A
     * point granted and then a finding of the granter's own ("accepted that the driver held a permit but found that his
     * logbook was unreliable", a decision's usual turn) is two statements.
     */
    private static boolean complementsOwn(AttributionContext ctx, Attribution a, Attribution b) {
        if (!StanceVerbs.opens(b.cue) && !ReportedBeliefs.opens(b.cue) || grantedThenFound(ctx, a, b)) {
            return false;
        }
        int from = ctx.tokenAtOrAfter(a.contentStart);
        int conjunction = conjunctionBefore(ctx, a, b);
        int stop = Math.max(from, ctx.tokenAtOrAfter(b.contentStart) - 1 - Windows.COORDINATED_PARTICIPLE_TOKENS);
        if (conjunction > from && ctx.tokens.get(conjunction - 1).is(",")) {
            // "said the pier was safe, but believes that ...": a comma sets the speaker's own second verb apart.
            return false;
        }
        // "said she would not intervene but wanted a deal": a bare wish goes on with the clause though its tense breaks.
        boolean wish = StanceVerbs.wish(b.cue);
        for (int k = from; k < conjunction; k++) {
            if (ReportedContent.isClauseVerb(ctx.tokens.get(k))) {
                if (!wish && CoordinatedTense.pastAfterModal(ctx.tokens, k, conjunction, ctx.tokens.size(), Lexicon.get())) {
                    return false;
                }
                break;
            }
        }
        for (int k = conjunction - 1; k >= stop; k--) {
            if (ReportedContent.isClauseVerb(ctx.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "accepted that A but found that B", "notes that A and considers that B": a point granted, a finding with its own "that". */
    private static boolean grantedThenFound(AttributionContext ctx, Attribution a, Attribution b) {
        int that = ctx.tokenAtOrAfter(b.contentStart) - 1;
        return CONCEDING.contains(StanceVerbs.firstWord(a.cue.toLowerCase(Locale.ROOT))) && that > 0 && ctx.tokens.get(that).is("that");
    }

    /**
     * "said the pier would close, which she said could take a year", "had “stopped falling,” which he called ...",
     * "was taken to the hospital, where a spokeswoman said ...": a relative clause set off by a comma at the end of the
     * content, whose own subject and cue make it a statement of its own, is not part of what the first cue reports
     * (PolNeAR cuts it 19 times against 9). One inside the content
     * ("the plan, which critics have called ..., was ...") stays.
     */
    private static Attribution relativeAtEnd(AttributionContext ctx, List<Attribution> inSentence, Attribution a) {
        // A quotation's statement ("which she called “...”") was found before the sentence's reported speech.
        List<Attribution> candidates = new ArrayList<>(inSentence);
        candidates.addAll(ctx.near(a.contentStart, a.contentEnd));
        for (Attribution b : candidates) {
            if (b.mention == null) {
                continue;
            }
            int pronoun = ctx.tokenAtOrAfter(b.mention.start()) - 1;
            if (b != a && b.mention.start() > a.contentStart && b.contentStart < a.contentEnd
                    && b.contentStart >= b.mention.end() && pronoun > 1
                    && relativeWord(ctx.tokens.get(pronoun), b) && commaBefore(ctx.tokens, pronoun)
                    && !wordBetween(ctx.tokens, ctx.tokenAtOrAfter(b.contentEnd), ctx.tokenAtOrAfter(a.contentEnd))) {
                return b;
            }
        }
        return null;
    }

    /**
     * "which", "who", "whom"; and "where" before a plain verb of saying (", where a spokeswoman said ..."): "where"
     * before another cue word is more often a place the content names (", where his support among ... gives").
     */
    private static boolean relativeWord(Token t, Attribution b) {
        return NON_RESTRICTIVE.contains(t.lower()) || t.is("where") && b.cue != null && FunctionWords.SAY_TELL.contains(b.cue.toLowerCase(Locale.ROOT));
    }

    /** A comma or dash right before {@code k}, or before a quotation mark that closes there ("“falling,” which"). */
    private static boolean commaBefore(List<Token> tokens, int k) {
        int p = tokens.get(k - 1).type() == Token.Type.QUOTE ? k - 2 : k - 1;
        return tokens.get(p).is(",") || FunctionWords.LONG_DASHES.contains(tokens.get(p).text());
    }

    /** ", though she acknowledged": a second statement joined by a conjunction or semicolon, not a reported one. */
    private static boolean coordinated(AttributionContext ctx, Attribution b) {
        int k = ctx.tokenAtOrAfter(b.mention.start()) - 1;
        if (k < 0) {
            return false;
        }
        Token before = ctx.tokens.get(k);
        return before.is(";") || FunctionWords.COORDINATORS.contains(before.lower()) && k > 0 && ctx.tokens.get(k - 1).is(",");
    }
}
