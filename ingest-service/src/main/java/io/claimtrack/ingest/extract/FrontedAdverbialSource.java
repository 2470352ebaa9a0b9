package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "About 10:03 p.m., according to a harbour timeline, the crews left the quay": a source set off by commas after
 * a fronted phrase with no verb, before the clause that phrase opens. What was said is the whole clause, the
 * fronted phrase with it, less the source.
 */
final class FrontedAdverbialSource {

    private FrontedAdverbialSource() {
    }

    /**
     * Whether tokens {@code [first, comma)} are a verbless phrase no longer than a trailing adverbial and token
     * {@code npEnd}, the source's closing comma, is followed by a clause's subject ("a clause's subject": a name, a
     * determiner, a pronoun or a number; not "killing two", which is the narrator's participle) that goes on past its
     * first phrase ("Twelve cars left the tracks, according to the railroad, Northline Freight." names the source).
     */
    static boolean opensClauseAfter(AttributionContext ctx, int first, int comma, int npEnd, int end) {
        List<Token> tokens = ctx.tokens;
        if (comma <= first || comma - first > Windows.TRAILING_ADVERBIAL_TOKENS || npEnd + Windows.MIN_CONTENT_TOKENS >= end
                || !tokens.get(npEnd).is(",") || !AdjunctOnly.opensSubject(tokens.get(npEnd + 1))
                || apposedName(ctx, npEnd + 1, end)) {
            return false;
        }
        for (int k = first; k < comma; k++) {
            Token t = tokens.get(k);
            if (ClauseSubject.finiteAt(tokens, k, first) || ctx.cueAt[k] != null || t.type() == Token.Type.QUOTE
                    || FunctionWords.SUBJECT_PRONOUNS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** Tokens {@code [from, end)} are a name alone, in apposition to the source. */
    private static boolean apposedName(AttributionContext ctx, int from, int end) {
        Mention m = ctx.mentions.build(from, end);
        return m != null && m.hasName() && m.text().equals(ctx.doc.text(ctx.tokens.get(from).start(), ctx.tokens.get(end - 1).end()));
    }
}
