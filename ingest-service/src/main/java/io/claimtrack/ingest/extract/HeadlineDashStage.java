package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** A headline signed with a dash: "Traffic on Crimean Bridge is in standard mode — Russian Ministry of Transport". */
public final class HeadlineDashStage implements Stage {

    /** What a page says it is: "Public notice", "Media release". */
    private static final Set<String> PAGE_KINDS = WordSet.of("notice", "release", "advisory", "bulletin");

    /** A local government named by its place: "City of Brackwater", "Town of Ellery". */
    private static final Set<String> MUNICIPALITIES = WordSet.of("city", "town", "county", "village", "borough", "municipality",
            "township");

    private final Lexicon lexicon;

    public HeadlineDashStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext.eachSentence(doc, this::signed);
    }

    /** The statement of a headline signed with a dash, from the last dash before its source. */
    private void signed(AttributionContext ctx, Sentence s) {
        AnnotatedDocument doc = ctx.doc;
        if (doc.block(s.block()).kind() != Block.Kind.HEADLINE) {
            return;
        }
        for (int i = s.endToken() - 2; i > s.firstToken(); i--) {
            Token dash = ctx.tokens.get(i);
            if (!FunctionWords.DASHES.contains(dash.text())
                    || !spaced(doc, ctx.tokens.get(runStart(ctx.tokens, i, s)), dash) && !gluedTag(doc, dash)) {
                continue;
            }
            int from = i + 1;
            while (from < s.endToken() && FunctionWords.DASHES.contains(ctx.tokens.get(from).text())) {
                from++;
            }
            int to = s.endToken();
            if (to - from > Windows.HEADLINE_SPEAKER_TOKENS || ctx.mentions.scanRight(from, to) != to) {
                return;
            }
            Mention m = ctx.mentions.build(from, to);
            int contentEnd = i;
            while (contentEnd > s.firstToken()
                    && FunctionWords.DASHES.contains(ctx.tokens.get(contentEnd - 1).text())) {
                contentEnd--;
            }
            // "August 9, 2034 - Tamarack National Park": a release's dateline, the place after its date, says nothing;
            // nor does "For immediate release - 4 May 2035", a date where the source would be, nor a live blog's time
            // stamp before an entry's heading ("9:58 p.m. — Turnout running high").
            if (m != null && !m.isPronoun() && !pageKind(ctx, m, from, to) && !masthead(ctx, s.firstToken(), contentEnd) && contentEnd - s.firstToken() >= Windows.HEADLINE_CONTENT_TOKENS
                    && !Datelines.CLOCK_TIME.matcher(doc.text(ctx.tokens.get(s.firstToken()).start(), ctx.tokens.get(contentEnd - 1).end())).matches()
                    && !Datelines.dateOnly(ctx.tokens, s.firstToken(), contentEnd) && !Datelines.dateOnly(ctx.tokens, from, to)) {
                ctx.add(Attribution.Source.HEADLINE, m, "", s.firstToken(), contentEnd, s.block(), 0.75);
            }
            return;
        }
    }

    /**
     * "City of Tarrin - Public notice", "- Media release": the page's kind after the dash, with no name, body or role of
     * its own to speak through it, signs nothing; "- early results" do speak.
     */
    private boolean pageKind(AttributionContext ctx, Mention m, int from, int to) {
        if (m.hasName() || !PAGE_KINDS.contains(ctx.tokens.get(to - 1).lower())) {
            return false;
        }
        for (int k = from; k < to - 1; k++) {
            if (lexicon.isSpeakerNoun(ctx.tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "City of Brackwater — Office of Communications", "Town of Ellery — Department of Public Works": a release's
     * masthead, a body's name before its office, says nothing; the words before the dash are one body's name.
     */
    private static boolean masthead(AttributionContext ctx, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = ctx.tokens.get(k);
            if (!t.isCapitalized() && !Mentions.isConnector(t.lower())) {
                return false;
            }
        }
        if (to - from >= 3 && MUNICIPALITIES.contains(ctx.tokens.get(from).lower()) && ctx.tokens.get(from + 1).is("of")) {
            return true;
        }
        Mention body = ctx.mentions.scanRight(from, to) == to ? ctx.mentions.build(from, to) : null;
        return body != null && body.kind() == SpeakerKind.ORGANIZATION;
    }

    /** A wire's tag: "... as reserves dwindle -sources", a hyphen after a space and glued to the source's first letter. */
    private static boolean gluedTag(AnnotatedDocument doc, Token t) {
        return "-".equals(t.text()) && t.start() > 0 && Chars.isSpace(doc.text.charAt(t.start() - 1))
                && t.end() < doc.text.length() && Character.isLetter(doc.text.charAt(t.end()));
    }

    /** A dash set off by spaces: one long dash, or a typed "--", whose two hyphens come as a run from {@code first} to {@code last}. */
    private static boolean spaced(AnnotatedDocument doc, Token first, Token last) {
        return first.start() > 0 && Chars.isSpace(doc.text.charAt(first.start() - 1)) && last.end() < doc.text.length()
                && Chars.isSpace(doc.text.charAt(last.end()));
    }

    /** The first of the hyphens glued to one another that end at the dash {@code i}: "--" comes as two tokens. */
    private static int runStart(List<Token> tokens, int i, Sentence s) {
        int first = i;
        while (first > s.firstToken() && tokens.get(first - 1).is("-") && tokens.get(first - 1).end() == tokens.get(first).start()) {
            first--;
        }
        return first;
    }
}
