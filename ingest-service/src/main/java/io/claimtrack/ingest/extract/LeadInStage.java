package io.claimtrack.ingest.extract;

/**
 * A lead-in that ends with a colon and the lines under it: "Foreign Minister Sergey Lavrov stressed:"
 * followed by bullets (one statement each), or "He continued:" followed by a quoted paragraph.
 */
public final class LeadInStage implements Stage {

    private final SpeakerPhrases speakers;

    public LeadInStage(Lexicon lexicon) {
        this.speakers = new SpeakerPhrases(lexicon, new Mentions(lexicon));
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        for (Cue cue : doc.cues) {
            Sentence s = doc.sentences.get(cue.sentence());
            Block block = doc.block(s.block());
            if (block.kind() == Block.Kind.BULLET || doc.text.charAt(block.end() - 1) != ':' || s.end() != block.end()) {
                continue;
            }
            Mention m = speakers.before(ctx, cue, s);
            if (m == null) {
                continue;
            }
            Attribution firstBullet = null;
            for (int b = s.block() + 1; b < doc.blocks.size() && doc.block(b).kind() == Block.Kind.BULLET; b++) {
                Block bullet = doc.block(b);
                String text = doc.text.substring(bullet.start(), bullet.end());
                if (text.endsWith(":") || ctx.speakerStartsAt(bullet.start())) {
                    // A sub-list's own lead-in, or a bullet that names its own speaker.
                    continue;
                }
                int end = bullet.end();
                if (text.endsWith(".") || text.endsWith(";")) {
                    end--;
                }
                ctx.removeWithin(bullet.start(), bullet.end());
                Attribution a = new Attribution(Attribution.Source.BULLET, m, cue.text(), bullet.start(), end, b, 0.8);
                // One lead-in, one speaker: later bullets take the first one's resolution.
                a.antecedent = firstBullet;
                firstBullet = firstBullet == null ? a : firstBullet;
                ctx.finishType(a);
                ctx.add(a);
            }
            if (firstBullet == null) {
                quotedLineAfter(ctx, s.block() + 1, m, cue);
            }
        }
        ctx.sortByContent();
    }

    /** "He continued:" and a paragraph that opens with a quotation: the quotation is his. */
    private static void quotedLineAfter(AttributionContext ctx, int block, Mention m, Cue cue) {
        if (block >= ctx.doc.blocks.size() || ctx.doc.block(block).isNoise()) {
            return;
        }
        Quote q = ctx.doc.quoteAt(ctx.doc.block(block).start());
        if (q != null && q.start() == ctx.doc.block(block).start()) {
            QuoteCueStage.addQuote(ctx, q, m, cue, block, 0.85);
        }
    }
}
