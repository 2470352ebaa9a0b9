package io.claimtrack.ingest.extract;

import java.util.Locale;

/** A speaker label and a colon: transcript turns ("WALLACE: Let's start ...") and headlines ("Lavrov: talks were useful"). */
public final class SpeakerColonStage implements Stage {

    private final Lexicon lexicon;
    private final Mentions mentions;

    public SpeakerColonStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.mentions = new Mentions(lexicon);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        for (Sentence s : doc.sentences) {
            Block block = doc.block(s.block());
            if (s.start() != block.start() || block.kind() == Block.Kind.BULLET) {
                continue;
            }
            int i = s.firstToken();
            if (ctx.tokens.get(i).type() == Token.Type.QUOTE) {
                i++;
            }
            int colon = i;
            while (colon < s.endToken() && colon - i < Windows.COLON_LABEL_TOKENS && ctx.tokens.get(colon).isCapitalized()) {
                colon++;
            }
            if (colon == i || colon >= s.endToken() - 2 || !ctx.tokens.get(colon).is(":")) {
                continue;
            }
            boolean transcript = true;
            for (int k = i; k < colon; k++) {
                transcript &= ctx.tokens.get(k).isAllCaps();
            }
            String label = doc.text(ctx.tokens.get(i).start(), ctx.tokens.get(colon - 1).end()).toLowerCase(Locale.ROOT);
            if (lexicon.labels.contains(label) || !transcript && block.kind() != Block.Kind.HEADLINE) {
                continue;
            }
            Mention m = mentions.build(doc, ctx.tokens, i, colon);
            int end = block.end();
            int contentStart = ctx.tokens.get(colon + 1).start();
            while (end > contentStart && ".;".indexOf(doc.text.charAt(end - 1)) >= 0) {
                end--;
            }
            if (m != null && !m.isPronoun() && end > contentStart) {
                Attribution a = new Attribution(Attribution.Source.HEADLINE, m, ":", contentStart, end, s.block(), 0.7);
                ctx.finishType(a);
                ctx.add(a);
            }
        }
        ctx.sortByContent();
    }
}
