package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * A written answer to a member's question: "Answered by the Minister of State for Ports (Mr Ola Vik) on 4 June
 * 2033:" and the paragraphs under it are one statement of the person in brackets, cue "Answered", up to the next
 * question ("Mrs Ada Berg (Greens) asked the Minister ...") or heading. A referral to an earlier answer ("I refer the
 * honourable Member to my answer of 2 May.") is procedural and says nothing.
 */
final class WrittenAnswers {

    static final String CUE = "Answered";
    private static final String LABEL = "answered";
    private static final Set<String> REFERRAL = WordSet.of("refer");

    private WrittenAnswers() {
    }

    /** Whether {@code s}, opening its paragraph, is a written answer's label; its statement added if it says something. */
    static boolean add(AttributionContext ctx, Sentence s) {
        int i = s.firstToken();
        if (i + 1 >= s.endToken() || !ctx.tokens.get(i).is(LABEL) || !ctx.tokens.get(i + 1).is("by")) {
            return false;
        }
        int open = -1;
        int close = -1;
        int limit = Math.min(ctx.tokens.size() - 1, i + Windows.ANSWERED_LABEL_TOKENS);
        for (int k = i + 2; k < limit; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is("(") && close < 0) {
                open = k;
            } else if (t.is(")") && open > 0 && close < 0) {
                close = k;
            } else if (t.is(":") && close > 0) {
                Mention m = ctx.mentions.build(open + 1, close);
                if (m == null || m.kind() != SpeakerKind.PERSON || !m.hasName()) {
                    return false;
                }
                int last = lastBlock(ctx.doc, s.block());
                if (!referral(ctx, k + 1, last)) {
                    Turns.add(ctx, m, k + 1, s.block(), last, 0.7, CUE);
                }
                return true;
            }
        }
        return false;
    }

    /** The answer's last paragraph: before the next heading, question or answer. */
    private static int lastBlock(AnnotatedDocument doc, int block) {
        int last = block;
        while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH && !opensTurn(doc, last + 1)) {
            last++;
        }
        return last;
    }

    /** "Mrs Ada Berg (Greens) asked the Minister ...", "Answered by ...": a paragraph opening the next question or answer. */
    private static boolean opensTurn(AnnotatedDocument doc, int block) {
        int k = doc.tokenAtOrAfter(doc.block(block).start());
        int first = k;
        if (k + 1 < doc.tokens.size() && doc.tokens.get(k).is(LABEL) && doc.tokens.get(k + 1).is("by")) {
            return true;
        }
        while (k < doc.tokens.size() && k - first < Windows.LABEL_SPEAKER_TOKENS && doc.tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k > first && k < doc.tokens.size() && doc.tokens.get(k).is("(")) {
            int close = k + 1;
            while (close < doc.tokens.size() && close - k <= Windows.LABEL_BRACKET_TOKENS && !doc.tokens.get(close).is(")")) {
                close++;
            }
            k = close + 1;
        }
        return k > first && k < doc.tokens.size() && doc.tokens.get(k).is("asked");
    }

    /** "I refer the honourable Member to the answer I gave on 2 May.": the whole answer points to another one. */
    private static boolean referral(AttributionContext ctx, int first, int last) {
        if (first + 1 >= ctx.tokens.size() || !ctx.tokens.get(first).is("i") || !REFERRAL.contains(ctx.tokens.get(first + 1).lower())) {
            return false;
        }
        Sentence s = ctx.doc.sentenceAt(ctx.tokens.get(first).start());
        return s != null && Chars.trimEnd(ctx.doc.text, s.end(), ctx.doc.block(last).end()) <= s.end();
    }
}
