package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * '“That,” he said, “is the sound I was missing.”', '“The ferry,” said Ostrova, “runs late.”': a speaker and cue
 * between commas that interrupt one sentence of a quotation make one statement of its two halves (the settled
 * convention: the span over both, the speaker and cue its gap). The first half ends with a comma and the second goes
 * on in a small letter; '“The roof leaks,” she said. “We fix it in May.”' is two statements, its first half a whole
 * sentence.
 */
final class InterruptedQuotation {

    private InterruptedQuotation() {
    }

    /** Joins every interrupted quotation's two statements into one, links to either moved to the whole. */
    static void join(AnnotatedDocument doc) {
        Map<Integer, Attribution> byEnd = new HashMap<>();
        for (Attribution a : doc.attributions) {
            if (a.source == Attribution.Source.QUOTE_CUE && !a.nested && a.mention != null && a.gapStart < 0) {
                byEnd.put(a.contentEnd, a);
            }
        }
        if (byEnd.isEmpty()) {
            return;
        }
        Map<Attribution, Attribution> joined = new IdentityHashMap<>();
        for (Attribution b : doc.attributions) {
            Attribution a = firstHalf(doc, byEnd, b);
            if (a != null && !joined.containsKey(a)) {
                Attribution whole = new Attribution(a.source, a.mention, a.cue, a.contentStart, b.contentEnd, a.block,
                        a.confidence);
                whole.type = a.type;
                whole.gapStart = a.contentEnd;
                whole.gapEnd = b.contentStart;
                joined.put(a, whole);
                joined.put(b, whole);
            }
        }
        if (joined.isEmpty()) {
            return;
        }
        List<Attribution> kept = new ArrayList<>(doc.attributions.size());
        for (Attribution a : doc.attributions) {
            Attribution whole = joined.get(a);
            if (whole == null || whole.contentStart == a.contentStart) {
                kept.add(whole == null ? a : whole);
            }
        }
        for (Attribution a : kept) {
            a.antecedent = joined.getOrDefault(a.antecedent, a.antecedent);
            a.outer = joined.getOrDefault(a.outer, a.outer);
        }
        doc.attributions.clear();
        doc.attributions.addAll(kept);
    }

    /**
     * The statement of the quotation that {@code b}'s quotation goes on from: its speaker's, with only that speaker,
     * the cue and an aside between the two, a comma closing the first half and one opening the second.
     */
    private static Attribution firstHalf(AnnotatedDocument doc, Map<Integer, Attribution> byEnd, Attribution b) {
        if (b.nested || b.source != Attribution.Source.QUOTE_CUE && b.source != Attribution.Source.FOLLOW_ON) {
            return null;
        }
        List<Token> t = doc.tokens;
        int opening = doc.tokenAtOrAfter(b.contentStart);
        if (opening < 2 || t.get(opening).type() != Token.Type.QUOTE || !t.get(opening - 1).is(",")
                || !QuotedTitle.opensInLowerCase(t, opening)) {
            return null;
        }
        int k = opening - 2;
        while (k > 0 && opening - k <= Windows.INTERRUPTION_TOKENS && (t.get(k).type() != Token.Type.QUOTE
                && (t.get(k).isWord() || t.get(k).is(",") || t.get(k).type() == Token.Type.NUMBER
                        || CueSense.abbreviationPeriod(t, k, 0)) || SubjectPhrase.possessiveMark(t, k))) {
            // "said Kolby, who runs the growers' cooperative,": a plural possessive's apostrophe is no quotation mark;
            // "said Ines Arbo, 81, a tenant since 1990,": an age and a year are the aside's.
            k--;
        }
        Attribution a = t.get(k).type() == Token.Type.QUOTE ? byEnd.get(t.get(k).end()) : null;
        int closing = k;
        while (closing > 1 && t.get(closing - 1).type() == Token.Type.QUOTE) {
            // ''...'': a mark of two apostrophes may be two tokens.
            closing--;
        }
        if (a == null || !(t.get(closing - 1).is(",") || t.get(k + 1).is(","))) {
            return null;
        }
        boolean sameSpeaker = b.source == Attribution.Source.FOLLOW_ON ? b.antecedent == a
                : b.mention != null && b.mention.start() == a.mention.start();
        return sameSpeaker && a.mention.start() > a.contentEnd && a.mention.end() < b.contentStart ? a : null;
    }
}
