package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A speaker in an as-clause: "As X noted, Y", "Y, as X put it.", "..., as X puts it, “Y”". The clause is an
 * aside; what was said is the rest of the sentence, after the clause when anything follows it, before it
 * when it closes the sentence. "put it" is a verb of saying only here and before a colon that opens a quotation
 * ("put it this way: “Q”"): "he put it on the shelf" says nothing.
 */
final class AsClause {

    private static final Set<String> OPENERS = WordSet.of(",", "(", "—", "–");
    /** Verbs of asking whose as-clause points back at the step asked for: "as the union has asked". */
    private static final Set<String> REQUESTS = WordForms.verbForms("ask", "request", "demand", "urge");
    /** The last word of a cue that an object follows ("referred to", "spoke of"): no aside's verb ends so. */
    private static final Set<String> OBJECT_PARTICLES = WordSet.of("of", "about", "to", "for", "on", "at", "against", "with");

    private AsClause() {
    }

    /**
     * Whether the speaker phrase starting at {@code npStart} is the subject of an as-clause that is an aside:
     * one opening the sentence, or one set off by a comma or dash whose verb has no content of its own
     * (", as X noted," but not ", as lawmakers accused each other of ...").
     */
    static boolean opens(List<Token> tokens, Cue cue, int npStart, int first, int end) {
        int as = npStart - 1;
        if (OBJECT_PARTICLES.contains(tokens.get(cue.endToken() - 1).lower())) {
            // "As Holm spoke of the storm, the lights went out": a verb with its object is a time clause.
            return false;
        }
        return as >= first && tokens.get(as).is("as") && (as == first
                || OPENERS.contains(tokens.get(as - 1).text())
                        && (clauseEnd(tokens, cue, end) >= 0 || ReportedContent.trailing(tokens, cue.endToken(), end)));
    }

    /** The comma or colon that closes the clause after its verb and a short adverbial, or -1. */
    private static int clauseEnd(List<Token> tokens, Cue cue, int end) {
        int limit = Math.min(end - 1, cue.endToken() + Windows.TRAILING_ADVERBIAL_TOKENS);
        for (int k = cue.endToken(); k < limit; k++) {
            Token t = tokens.get(k);
            if ((t.is(",") || t.is(":")) && ReportedContent.trailing(tokens, cue.endToken(), k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "will the government cap the fees, as the Dental Association has asked?", "..., as the union had demanded.": a
     * request in an as-clause closing its sentence names the step asked for before it, no claim of the asker's.
     */
    static boolean requestClosing(List<Token> t, String w, int i, int next, Sentence s) {
        if (!REQUESTS.contains(w) || next < s.endToken() && t.get(next).isWord()) {
            return false;
        }
        int k = i - 1;
        while (k > s.firstToken() && (FunctionWords.HAVE_FORMS.contains(t.get(k).lower()) || ClauseShapes.isAdverb(t.get(k)))) {
            k--;
        }
        for (int j = k; j > s.firstToken() && k - j < Windows.DETERMINED_PHRASE_TOKENS; j--) {
            if (t.get(j).is("as")) {
                return j < k && t.get(j - 1).is(",");
            }
            if (t.get(j).is(",") || t.get(j).is(";")) {
                return false;
            }
        }
        return false;
    }

    /** The statement of the as-clause's speaker, or null when the sentence holds nothing else. */
    static Attribution attribute(AttributionContext ctx, Mention m, Cue cue, Sentence s, int npStart, int end) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int close = clauseEnd(tokens, cue, end);
        if (close >= 0) {
            // "As X put it in a memo, Y", "..., as X puts it: “Y”": the rest of the sentence.
            return ctx.content.statement(Attribution.Source.CUE, m, cue, close + 1,
                    ReportedContent.clauseEnd(ctx.doc, close + 1, end), s, 0.8);
        }
        int as = npStart - 1;
        if (as == first) {
            // "As X noted in a long aside of its own, Y": the first comma still ends the clause.
            int comma = cue.endToken();
            while (comma < end && !tokens.get(comma).is(",")) {
                comma++;
            }
            return comma < end ? ctx.content.statement(Attribution.Source.CUE, m, cue, comma + 1, end, s, 0.8) : null;
        }
        if (!ReportedContent.trailing(tokens, cue.endToken(), end)) {
            return null;
        }
        // "Y, as X noted.": what came before the clause, after a dateline or a semicolon.
        return ctx.content.statement(Attribution.Source.CUE, m, cue,
                ReportedContent.startBefore(ctx, first, as - 1), as - 1, s, 0.8);
    }

    /**
     * "put it this way: “Q”", "put it bluntly: “Q”": a few words of manner, a colon and a quotation after "put it"
     * introduce what was said; "put it on the shelf" has neither.
     */
    private static boolean beforeQuotation(List<Token> t, int from, int end) {
        for (int k = from; k < Math.min(end - 1, from + Windows.MANNER_TOKENS + 1); k++) {
            if (t.get(k).is(":")) {
                return k > from && t.get(k + 1).type() == Token.Type.QUOTE;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Whether {@code cue} is "put it" and only its manner stands between it and the colon at {@code colon}. */
    static boolean mannerBeforeColon(List<Token> t, Cue cue, int colon) {
        return cue.endToken() - cue.firstToken() == 2 && t.get(cue.firstToken()).lower().startsWith("put")
                && t.get(cue.firstToken() + 1).is("it") && t.get(colon).is(":") && beforeQuotation(t, cue.endToken(), colon + 2);
    }

    /** "put it", "puts it", "putting it". */
    static boolean isPutIt(List<String> cueWords) {
        return cueWords.size() == 2 && cueWords.get(0).startsWith("put") && cueWords.get(1).equals("it");
    }

    /**
     * Whether "put it" at token {@code i} is in an as-clause: "as Holm put it", "as Holm, a pilot, recently put it",
     * "as Ms. A. Holm put it".
     */
    static boolean putItSpeaks(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        if (beforeQuotation(t, i + 2, s.endToken())) {
            return true;
        }
        // An aside closed by a comma before the verb ("As Holm, a pilot, put it") may hold commas of its own.
        int verb = ClauseShapes.skipAdverbsLeft(t, i - 1, s.firstToken()) + 1;
        boolean apposition = verb > s.firstToken() && (t.get(verb - 1).is(",") || t.get(verb - 1).type() == Token.Type.QUOTE);
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - Windows.STACKED_ASIDE_TOKENS); k--) {
            Token tok = t.get(k);
            if (tok.is("as")) {
                return k == s.firstToken() || OPENERS.contains(t.get(k - 1).text());
            }
            if (tok.is(".") && !SubjectPhrase.abbreviation(t, k, s.firstToken()) || tok.is(";") || tok.is(",") && !apposition) {
                return false;
            }
        }
        return false;
    }
}
