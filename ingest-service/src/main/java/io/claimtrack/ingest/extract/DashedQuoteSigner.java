package io.claimtrack.ingest.extract;

/**
 * A release's quotation alone on its lines over a line that signs it with a dash and a person's name, a title after it
 * at most ("“We are ready.”" / "— Dr. Ada Lind, Minister of Health"): the quotation is that person's statement, with no
 * cue. Asked by {@link FollowOnQuoteStage} for a quotation no cue covers.
 */
final class DashedQuoteSigner {

    private DashedQuoteSigner() {
    }

    /** The person the line under quotation {@code q} signs it with, when {@code q} fills its lines; else null. */
    static Mention speaker(AttributionContext ctx, Quote q) {
        AnnotatedDocument doc = ctx.doc;
        String text = doc.text;
        int lineStart = q.start();
        while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\u00a0')) {
            lineStart--;
        }
        int dash = Chars.skipSpace(text, q.end(), text.length());
        if (lineStart > 0 && text.charAt(lineStart - 1) != '\n' || dash >= text.length() || !Chars.isSignatureDash(text.charAt(dash))
                || Chars.indexOf(text, '\n', q.end(), dash) < 0) {
            return null;
        }
        // The name and its title end at the first comma or at the line's end.
        int first = ctx.tokenAtOrAfter(dash + 1);
        int last = first;
        int end = dash + 1;
        while (last < ctx.tokens.size() && last - first < Windows.PHRASE_TOKENS && !ctx.tokens.get(last).is(",")
                && Chars.indexOf(text, '\n', end, ctx.tokens.get(last).start()) < 0) {
            end = ctx.tokens.get(last).end();
            last++;
        }
        Mention m = ctx.mentions.build(first, last);
        return m != null && m.kind() == SpeakerKind.PERSON && m.hasName() ? m : null;
    }
}
