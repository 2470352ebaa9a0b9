package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A quotation with no cue of its own continues the previous speaker: '"Q1," she said. "Q2."' */
public final class FollowOnQuoteStage implements Stage {

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        List<Attribution> sorted = new ArrayList<>(doc.attributions);
        sorted.sort(Comparator.comparingInt((Attribution a) -> a.contentStart));
        int next = 0;
        for (Quote q : doc.quotes) {
            while (next < sorted.size() && sorted.get(next).contentStart < q.start()) {
                next++;
            }
            if (ctx.covered(q.start(), q.end())) {
                continue;
            }
            int first = ctx.tokenAtOrAfter(q.start());
            if (first >= ctx.tokens.size()) {
                continue;
            }
            Sentence s = ctx.sentenceOfToken(first);
            // '"Q1," she said, "Q2."' continues in the same sentence; otherwise the quotation opens one.
            if (attributedAfter(ctx, q, s)) {
                // '«...», сказал Песков': the quotation has its own attribution, in words the cues do not cover.
                continue;
            }
            boolean continued = first > s.firstToken() && ctx.tokens.get(first - 1).is(",")
                    && next > 0 && sorted.get(next - 1).source == Attribution.Source.QUOTE_CUE
                    && sorted.get(next - 1).contentStart >= s.start();
            if (s.firstToken() != first && !continued) {
                continue;
            }
            Attribution antecedent = antecedent(doc, sorted, next, q, s);
            if (antecedent == null) {
                continue;
            }
            Attribution a = new Attribution(Attribution.Source.FOLLOW_ON, null, "", q.start(), q.end(), s.block(), 0.7);
            a.antecedent = antecedent;
            a.type = StatementType.DIRECT;
            ctx.add(a);
        }
        ctx.sortByContent();
    }

    /** The last statement with a speaker before the quotation, a few blocks up at most, not a headline's. */
    private static Attribution antecedent(AnnotatedDocument doc, List<Attribution> sorted, int next, Quote q, Sentence s) {
        for (int k = next - 1; k >= 0 && k >= next - Windows.FOLLOW_ON_STATEMENTS; k--) {
            Attribution a = sorted.get(k);
            if (s.block() - a.block > Windows.FOLLOW_ON_BLOCKS) {
                return null;
            }
            if (a.contentEnd <= q.start() && a.mention != null && doc.block(a.block).kind() != Block.Kind.HEADLINE) {
                return a;
            }
        }
        return null;
    }

    private static boolean attributedAfter(AttributionContext ctx, Quote q, Sentence s) {
        int i = ctx.tokenAtOrAfter(q.end());
        return i + 1 < s.endToken() && ctx.tokens.get(i).is(",") && ctx.tokens.get(i + 1).isWord();
    }
}
