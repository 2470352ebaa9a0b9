package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "The Chair (Ms. Ada Lind):", "The Deputy Speaker (Mr. Tor Vik):": a hearing's label of an office with its holder's
 * name in brackets speaks as that person, and so does the same label bare later in the transcript ("THE CHAIR:" after
 * "THE CHAIR (Councillor Ada Lind):"). "Hon. Ada Lind (Minister of Health):" names the speaker first, and keeps it.
 * A bare label with no bracket before it speaks as the one the transcript's presiding line names ({@link PresidingLine}).
 * One per document: it remembers the names the labels were given. The one reading of a label's bracket: where it
 * closes after the label's words ({@link #closing}), where it opens before the colon ({@link #opening}), and the name in it.
 */
final class BracketedName {

    /** Brackets a label may carry before its colon: a member's seat and party. */
    private static final int MEMBER_BRACKETS = 2;
    /** The longest time stamp in brackets: "(2:03 p.m.)". */
    private static final int STAMP_TOKENS = 8;

    /** The holder each office label (lower case) was given in brackets so far. */
    private final Map<String, Mention> holders = new HashMap<>();
    /** The document's presiding lines, read at the first bare office label. */
    private PresidingLine presiding;

    /**
     * "Per Lind (Brennvik Post):", "Question (to both ministers):", "Ada Berg (Westhaven) (Lib):": a questioner's outlet,
     * the question's addressee, or a member's seat and party, in brackets between the label and its colon. The token
     * after the last closing bracket from {@code at} on; {@code at} when none opens there, or one does not close soon or
     * holds a number ("Copper (3-month): $9,870").
     */
    static int closing(AttributionContext ctx, int at, int end) {
        for (int n = 0; n < MEMBER_BRACKETS && at < end && ctx.tokens.get(at).is("("); n++) {
            int next = closingOne(ctx, at, end);
            if (next == at) {
                break;
            }
            at = next;
        }
        return afterStamp(ctx, at, end);
    }

    /**
     * "Mr Vell (Eastmoor) (14:02):", "The PREMIER (Mr Ola Brenn) (14:09):": a sitting's record stamps each turn's label
     * with the hour in brackets last. The token after such a stamp opening at {@code at}, else {@code at}.
     */
    static int afterStamp(AttributionContext ctx, int at, int end) {
        if (at >= end || !ctx.tokens.get(at).is("(")) {
            return at;
        }
        for (int k = at + 2; k < end && k <= at + STAMP_TOKENS; k++) {
            if (ctx.tokens.get(k).is(")")) {
                return clock(ctx, at, k) ? k + 1 : at;
            }
        }
        return at;
    }

    /** Where a time stamp that closes right before {@code colon} opens; {@code colon} when none does. */
    static int beforeStamp(AttributionContext ctx, int colon) {
        if (!ctx.tokens.get(colon - 1).is(")")) {
            return colon;
        }
        for (int k = colon - 3; k >= 0 && k >= colon - 1 - STAMP_TOKENS; k--) {
            if (ctx.tokens.get(k).is("(")) {
                return clock(ctx, k, colon - 1) ? k : colon;
            }
        }
        return colon;
    }

    /** Whether the brackets at {@code open} and {@code close} hold a clock time alone. */
    private static boolean clock(AttributionContext ctx, int open, int close) {
        return Datelines.CLOCK_TIME.matcher(ctx.doc.text(ctx.tokens.get(open + 1).start(), ctx.tokens.get(close - 1).end())).matches();
    }

    private static int closingOne(AttributionContext ctx, int open, int end) {
        for (int k = open + 1; k < end && k <= open + Windows.LABEL_BRACKET_TOKENS + 1; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(")")) {
                return k == open + 1 ? open : k + 1;
            }
            if (t.type() == Token.Type.NUMBER) {
                return open;
            }
        }
        return open;
    }

    /** The end of the label's words before its colon: the opening of the first of the brackets that close at the colon, if any. */
    static int opening(AttributionContext ctx, int colon) {
        int end = beforeStamp(ctx, colon);
        for (int n = 0; n < MEMBER_BRACKETS && ctx.tokens.get(end - 1).is(")"); n++) {
            int k = end - 1;
            while (!ctx.tokens.get(k).is("(")) {
                k--;
            }
            end = k;
        }
        return end;
    }

    /** The person named in brackets between the label's words from {@code from} and its colon, or given to the same label before; else {@code label}. */
    Mention of(AttributionContext ctx, Lexicon lexicon, Mention label, int from, int colon) {
        int labelEnd = opening(ctx, colon);
        int close = beforeStamp(ctx, colon);
        for (int k = from; k < labelEnd; k++) {
            String w = ctx.tokens.get(k).lower();
            if (!FunctionWords.ARTICLES.contains(w) && !lexicon.isRoleWord(w)) {
                return label;
            }
        }
        String office = ctx.doc.text(ctx.tokens.get(from).start(), ctx.tokens.get(labelEnd - 1).end()).toLowerCase(Locale.ROOT);
        if (labelEnd == close) {
            Mention held = holders.get(office);
            if (held != null) {
                return held;
            }
            presiding = presiding == null ? new PresidingLine(ctx.doc) : presiding;
            return presiding.holder(office, label);
        }
        if (labelEnd + 2 >= close) {
            return label;
        }
        Mention named = ctx.mentions.build(labelEnd + 1, close - 1);
        if (named == null || named.kind() != SpeakerKind.PERSON || !named.hasName()) {
            return label;
        }
        holders.put(office, named);
        return named;
    }
}
