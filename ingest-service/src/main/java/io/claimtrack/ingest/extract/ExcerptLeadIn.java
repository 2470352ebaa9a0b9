package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Excerpts from the Minister's speech:" over paragraphs that are each one quotation, a topic label before it at most
 * ("On ports: “We ...”"): each quotation is a statement of the one whose speech the line names, with no cue; the label
 * is no part of what was said. Asked by {@link FollowOnQuoteStage} for a quotation no cue covers.
 */
final class ExcerptLeadIn {

    /**
     * The possessor of a speech, address, remarks or statement the line excerpts: "the Minister", "Mayor Holm"; the line
     * ends in a colon or says that they follow ("Excerpts from the governor's remarks follow.").
     */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?:Excerpts?|Extracts?) from (\\S.{0,80}?)['’]s? (?:[a-z]+ )?(?:speech|address|remarks|statement|testimony)"
                    + "(?: [^:\\n]{0,60}?)?(?::|,? follows?\\.)\\s*");

    /**
     * "Excerpts from the address, as prepared for delivery, follow.": the speech named before, whose owner is the one
     * the text said gave it ("Mayor Ada Holm delivered her budget address ...").
     */
    private static final Pattern NAMED_BEFORE = Pattern.compile(
            "(?:Excerpts?|Extracts?) from the (speech|address|remarks|statement|testimony)"
                    + "(?:[ ,][^:\\n]{0,60}?)?(?::|,? follows?\\.)\\s*");

    private ExcerptLeadIn() {
    }

    /**
     * The speaker of quotation {@code q} in block {@code block}: the lead-in's possessor when the block is the
     * quotation (after a topic label at most) and only such blocks stand between it and the lead-in; else null.
     */
    static Mention speaker(AttributionContext ctx, SentenceSubjects subjects, Quote q, int block) {
        AnnotatedDocument doc = ctx.doc;
        if (!excerpt(doc, q, block)) {
            return null;
        }
        for (int b = block - 1; b >= 0 && block - b <= Windows.EXCERPT_BLOCKS; b--) {
            Block lead = doc.block(b);
            Matcher m = LEAD_IN.matcher(doc.text).region(lead.start(), lead.end());
            if (m.matches()) {
                // The possessor's last token carries its "'s": the mention ends before it.
                Mention owner = ctx.mentions.describe(doc.tokenAtOrAfter(m.start(1)), doc.tokenAtOrAfter(m.end(1)));
                return owner == null ? null : new Mention(owner.start(), m.end(1), doc.text(owner.start(), m.end(1)),
                        owner.role(), owner.name(), owner.kind());
            }
            Matcher named = NAMED_BEFORE.matcher(doc.text).region(lead.start(), lead.end());
            if (named.matches()) {
                return giver(ctx, subjects, doc.tokenAtOrAfter(lead.start()), named.group(1));
            }
            if (topicLine(doc, lead)) {
                continue;
            }
            Quote only = doc.quoteAt(firstQuoteOffset(doc, lead));
            if (only == null || !excerpt(doc, only, b)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The subject of the nearest sentence before token {@code lead} that names the {@code speech} ("Governor Ada Holm
     * gave her budget address on Monday"), when a person or body opens it; else null.
     */
    private static Mention giver(AttributionContext ctx, SentenceSubjects subjects, int lead, String speech) {
        for (int k = lead - 1; k >= 0 && lead - k <= Windows.EXCERPT_OWNER_TOKENS; k--) {
            if (ctx.tokens.get(k).is(speech)) {
                Sentence s = ctx.sentenceOfToken(k);
                Mention m = subjects.opening(ctx, s, k);
                return m != null && (m.hasName() || m.isPronoun()) ? m : null;
            }
        }
        return null;
    }

    /** The offset of the block's quotation mark, after its topic label: the block's start when it has none. */
    private static int firstQuoteOffset(AnnotatedDocument doc, Block b) {
        int k = doc.tokenAtOrAfter(b.start());
        if (k < doc.tokens.size() && doc.tokens.get(k).is("on")) {
            int colon = labelEnd(doc, k, b.end());
            return colon < 0 ? b.start() : doc.tokens.get(colon + 1).start();
        }
        return k < doc.tokens.size() ? doc.tokens.get(k).start() : b.start();
    }

    /** Whether quotation {@code q} fills block {@code block}, after a topic label "On X:" at most. */
    private static boolean excerpt(AnnotatedDocument doc, Quote q, int block) {
        Block b = doc.block(block);
        int after = doc.tokenAtOrAfter(q.end());
        if (q.start() < b.start() || q.end() > b.end() || after < doc.tokens.size() && doc.tokens.get(after).start() < b.end()) {
            return false;
        }
        int k = doc.tokenAtOrAfter(b.start());
        int first = doc.tokenAtOrAfter(q.start());
        return k == first || doc.tokens.get(k).is("on") && labelEnd(doc, k, b.end()) == first - 1;
    }

    /** "On water:" on a line of its own over the quotation. */
    private static boolean topicLine(AnnotatedDocument doc, Block b) {
        int k = doc.tokenAtOrAfter(b.start());
        int last = doc.tokenAtOrAfter(Chars.trimEnd(doc.text, b.start(), b.end())) - 1;
        if (k >= last || !doc.tokens.get(k).is("on") || !doc.tokens.get(last).is(":") || last - k > Windows.PHRASE_TOKENS) {
            return false;
        }
        for (int j = k + 1; j < last; j++) {
            if (!doc.tokens.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** The colon closing a topic label "On public sector pay:" opened at {@code k}, or -1. */
    private static int labelEnd(AnnotatedDocument doc, int k, int end) {
        for (int j = k + 1; j + 1 < doc.tokens.size() && j - k <= Windows.PHRASE_TOKENS && doc.tokens.get(j).start() < end; j++) {
            Token t = doc.tokens.get(j);
            if (t.is(":")) {
                return j > k + 1 && doc.tokens.get(j + 1).type() == Token.Type.QUOTE ? j : -1;
            }
            if (!t.isWord()) {
                return -1;
            }
        }
        return -1;
    }
}
