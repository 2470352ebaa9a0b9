package io.claimtrack.ingest.extract;

/**
 * A lead-in that is only a subject over items that each open with their own verb: "In the field of energy, the Parties:
 * a) agreed to extend the gas contract; b) instructed their regulators to ...". Each item whose first word is a cue is a
 * statement of the lead-in's subject, with that cue and what follows it; an item with no cue ("c) the opening of a
 * consulate") says nothing of its own. A document's findings set over their list ({@link FindingsLeadIn}) are each the
 * document's whole. Part of {@link LeadInStage}, which handles lead-ins that end in a cue.
 */
final class SubjectLeadIn {

    private SubjectLeadIn() {
    }

    /** Every subject lead-in of the document, each read once with the items under it. */
    static void process(AttributionContext ctx, SpeakerPhrases speakers, Lexicon lexicon) {
        AnnotatedDocument doc = ctx.doc;
        for (int b = 0; b + 1 < doc.blocks.size(); b++) {
            Block leadIn = doc.block(b);
            if (leadIn.isNoise() || leadIn.end() - leadIn.start() < 2 || doc.text.charAt(leadIn.end() - 1) != ':'
                    || doc.block(b + 1).kind() != Block.Kind.BULLET || doc.block(b + 1).level() <= levelOf(leadIn)) {
                continue;
            }
            Mention subject = subject(ctx, speakers, leadIn);
            Mention document = subject == null ? FindingsLeadIn.document(ctx, lexicon, ctx.tokenAtOrAfter(leadIn.start()),
                    ctx.tokenAtOrAfter(leadIn.end() - 1)) : null;
            if (subject != null || document != null) {
                b = items(ctx, b + 1, levelOf(leadIn), subject != null ? subject : document, document != null) - 1;
            }
        }
    }

    private static int levelOf(Block b) {
        return b.kind() == Block.Kind.BULLET ? b.level() : 0;
    }

    /**
     * The lead-in's subject: the phrase that ends at its colon and opens its last clause ("the Parties" after "In the field
     * of energy,"), with no cue in that clause; null otherwise.
     */
    private static Mention subject(AttributionContext ctx, SpeakerPhrases speakers, Block leadIn) {
        int colon = ctx.tokenAtOrAfter(leadIn.end() - 1);
        int first = ctx.tokenAtOrAfter(leadIn.start());
        if (colon <= first || colon >= ctx.tokens.size()) {
            return null;
        }
        int clause = colon;
        while (clause > first && !ctx.tokens.get(clause - 1).is(",")) {
            clause--;
            if (ctx.cueAt[clause] != null) {
                return null;
            }
        }
        // "The Commission also:": the adverb is no part of the subject.
        int end = ctx.tokens.get(colon - 1).is("also") ? colon - 1 : colon;
        Mention m = end > clause ? speakers.endingAt(ctx, end - 1, clause) : null;
        return m != null && m.start() == ctx.tokens.get(clause).start() && !m.isPronoun() ? m : null;
    }

    /**
     * The cue an item opens with; its "agreed to" too, which {@link CueSense} keeps only after a subject that names the
     * sides ({@link Agreement#sidesCommit}), here the lead-in's.
     */
    private static Cue cueOpening(AttributionContext ctx, int k, Block item, Mention subject) {
        if (ctx.cueAt[k] != null) {
            return ctx.cueAt[k];
        }
        Token t = ctx.tokens.get(k);
        return Agreement.sidesCommit(ctx.tokens, k, ctx.tokenAtOrAfter(item.end()), subject)
                ? new Cue(ctx.sentenceOf[k], k, k + 1, t.text(), Lexicon.CueKind.VERB) : null;
    }

    /**
     * The statements of the items from block {@code first} on, deeper than {@code level}; the block after the last item.
     * A document's findings are each item whole, with no cue; a subject's items open with their own.
     */
    private static int items(AttributionContext ctx, int first, int level, Mention subject, boolean findings) {
        AnnotatedDocument doc = ctx.doc;
        Attribution firstItem = null;
        int b = first;
        for (; b < doc.blocks.size() && doc.block(b).kind() == Block.Kind.BULLET && doc.block(b).level() > level; b++) {
            Block item = doc.block(b);
            int k = ctx.tokenAtOrAfter(item.start());
            Cue cue = k < ctx.tokens.size() && !findings ? cueOpening(ctx, k, item, subject) : null;
            if (findings ? ctx.speakerStartsAt(item.start())
                    : cue == null || cue.endToken() >= ctx.tokens.size() || ctx.tokens.get(cue.endToken()).start() >= item.end()) {
                // A finding that names its own speaker ("- the ministry says ...") is that speaker's.
                continue;
            }
            int end = LeadInStage.itemEnd(doc, item);
            // "- found that A": the complementiser is no part of what was found.
            int start = cue == null ? item.start() : LeadInStage.afterThat(doc, ctx.tokens.get(cue.endToken()).start(), end);
            Attribution a = LeadInStage.addItem(ctx, b, subject, cue == null ? "" : cue.text(), start, end, 0.8, firstItem);
            firstItem = firstItem == null ? a : firstItem;
        }
        ctx.dropRemoved();
        return b;
    }
}
