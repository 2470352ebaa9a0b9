package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A lead-in that ends with a colon and the lines under it: "Foreign Minister Sergey Lavrov stressed:"
 * followed by bullets (one statement each), also when a paragraph or two stand between, or "He continued:"
 * followed by a quoted paragraph; a lead-in that is only a subject over items with verbs of their own in
 * {@link SubjectLeadIn}.
 */
public final class LeadInStage implements Stage {

    /** Heads of a subject that names a party to the talks rather than a person: "The Ostravan side", "Both sides". */
    private static final Set<String> SIDES = WordSet.of("side", "sides");

    /** Verbs of coming to know, which a finding's bullet reports of someone: "learned that", "discovered that". */
    private static final Set<String> LEARNING = WordSet.of("learned", "learnt", "learns", "discovered", "realised", "realized");
    /** Verbs of a finding's lead-in ("The Authority found that:"), whose bullets tell what was found, reports too. */
    private static final Set<String> FINDING_LEADS = WordSet.of("found", "finds", "established", "establishes",
            "concluded", "concludes");
    /** Fewest letters of a section heading in capitals: "COSTS"; an acronym item ("NATO") has fewer. */
    private static final int HEADING_LETTERS = 5;

    private final SpeakerPhrases speakers;
    private final Lexicon lexicon;

    public LeadInStage(Lexicon lexicon) {
        this.speakers = new SpeakerPhrases(lexicon);
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        for (Cue cue : doc.cues) {
            // A method per cue: this loop runs once per document, so a long text's first read would otherwise run its
            // body interpreted.
            leadIn(ctx, cue);
        }
        SubjectLeadIn.process(ctx, speakers, lexicon);
        ctx.sortByContent();
    }

    /** The statements of the lines under the cue's sentence, when that sentence closes its paragraph as a lead-in. */
    private void leadIn(AttributionContext ctx, Cue cue) {
        AnnotatedDocument doc = ctx.doc;
        Sentence s = doc.sentences.get(cue.sentence());
        Block block = doc.block(s.block());
        if (block.kind() == Block.Kind.BULLET || s.end() != block.end()) {
            return;
        }
        boolean colon = closesWithColon(doc, s);
        // "The President set out the following priorities." over the list: a readout's lead-in closed with a period.
        if (!colon && !(PresentingLeadIn.announcesList(ctx.tokens, cue.endToken(), s) && PresentingLeadIn.listFollows(doc, s))) {
            return;
        }
        Mention m = speakers.before(ctx, cue, s);
        m = m == null ? accordingSource(ctx, cue, s) : m;
        m = m == null ? AuthorVoiceStage.authorSubject(ctx, cue, s) : m;
        if (m == null) {
            return;
        }
        String leadIn = doc.text(s.start(), s.end());
        if (!colon) {
            bullets(ctx, s.block() + 1, m, cue, leadIn, 0.7);
        } else if (bullets(ctx, s.block() + 1, m, cue, leadIn, 0.8) == null) {
            quotedLineAfter(ctx, s.block() + 1, m, cue);
            int far = farBullets(ctx, s.block() + 1);
            if (far > 0) {
                bullets(ctx, far, m, cue, leadIn, 0.7);
            }
        }
    }

    /** Whether the sentence closes its paragraph with a colon, a lead-in to the lines under it. */
    static boolean closesWithColon(AnnotatedDocument doc, Sentence s) {
        Block block = doc.block(s.block());
        return s.end() == block.end() && doc.text.charAt(block.end() - 1) == ':';
    }

    /**
     * "According to the Ministry's preliminary figures, as of 3 June:" over a list: the source named after an opening
     * "according to", up to its first comma, gives each item; "According to our figures:" is the writer's own.
     */
    private static Mention accordingSource(AttributionContext ctx, Cue cue, Sentence s) {
        if (cue.kind() != Lexicon.CueKind.ACCORDING_TO || cue.firstToken() != s.firstToken()
                || !ctx.tokens.get(cue.firstToken()).is("according")) {
            return null;
        }
        int end = cue.endToken();
        while (end < s.endToken() - 1 && !ctx.tokens.get(end).is(",")) {
            end++;
        }
        return end == cue.endToken() || AccordingTo.firstPerson(ctx.tokens, cue.endToken(), end) ? null
                : ctx.mentions.describe(cue.endToken(), end);
    }

    /** The bullets from block {@code first} on as statements of {@code m}; the first of them, or null when none. */
    private static Attribution bullets(AttributionContext ctx, int first, Mention m, Cue cue, String leadIn, double confidence) {
        AnnotatedDocument doc = ctx.doc;
        Attribution firstBullet = null;
        boolean finding = FINDING_LEADS.contains(StanceVerbs.firstWord(cue.text().toLowerCase(Locale.ROOT)));
        for (int b = first; b < doc.blocks.size() && (doc.block(b).kind() == Block.Kind.BULLET || sectionHead(doc, b)); b++) {
            Block bullet = doc.block(b);
            if (bullet.kind() != Block.Kind.BULLET) {
                if (!sectionHead(doc, first)) {
                    // "Road and access" after bullets right under the lead-in opens the page's own next section.
                    break;
                }
                continue;
            }
            String text = doc.text.substring(bullet.start(), bullet.end());
            if (upperCaseHeading(text)) {
                // "4. RECOMMENDATION": a report's next numbered section ends the list.
                break;
            }
            if (ownLeadIn(ctx, bullet, text) || ctx.speakerStartsAt(bullet.start()) && !sideOpens(ctx, bullet, leadIn, m)
                    && !noOwnStatement(ctx, bullet) && !(finding && pastReport(ctx, bullet)) && !demanded(ctx, bullet, cue, leadIn)) {
                // A sub-list's lead-in with a cue of its own ("On trade, Lirovia proposed:"), or a bullet that names its
                // own speaker. "• the country needs support in three areas:" is said, as its sub-bullets are.
                continue;
            }
            int end = itemEnd(doc, bullet);
            Attribution a = addItem(ctx, b, m, cue.text(), afterThat(doc, bullet.start(), end), end, confidence, firstBullet);
            firstBullet = firstBullet == null ? a : firstBullet;
        }
        ctx.dropRemoved();
        return firstBullet;
    }

    /** A numbered section heading read as an item: no lower-case letter ("4. RECOMMENDATION"). */
    private static boolean upperCaseHeading(String text) {
        int letters = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= HEADING_LETTERS;
    }

    /** Where an item's content ends: before a closing "." or ";". */
    static int itemEnd(AnnotatedDocument doc, Block item) {
        char last = doc.text.charAt(item.end() - 1);
        return last == '.' || last == ';' ? item.end() - 1 : item.end();
    }

    /**
     * Item {@code b} under a lead-in as a statement of {@code m}, its content from {@code start} to {@code end}, in place
     * of whatever was found within it; one lead-in, one speaker: a later item takes the {@code first} one's resolution.
     * The caller makes {@link AttributionContext#dropRemoved()} after its last item.
     */
    static Attribution addItem(AttributionContext ctx, int b, Mention m, String cue, int start, int end, double confidence,
            Attribution first) {
        Block item = ctx.doc.block(b);
        ctx.removeWithin(item.start(), item.end());
        Attribution a = new Attribution(Attribution.Source.BULLET, m, cue, start, end, b, confidence);
        a.antecedent = first;
        ctx.content.finishType(a);
        ctx.add(a);
        return a;
    }

    /** A bullet ending in a cue and its colon: "On humanitarian issues, Russia proposed:" leads in a list of its own. */
    private static boolean ownLeadIn(AttributionContext ctx, Block bullet, String text) {
        int colon = ctx.tokenAtOrAfter(bullet.end() - 1);
        return text.endsWith(":") && colon > 0 && ctx.cueEndingAt[colon - 1] != null;
    }

    /**
     * "The Deputy Minister made the following points: 1) The Ostravan side expects ...", "set out Baltra's position on the
     * following points: 1. Baltra supports ...": a point that opens with a side of the talks ("Both sides", "the X side")
     * or the party the lead-in names is the lead-in speaker's account of its position, not a statement of its own; the
     * lead-in's speaker named again ("Sergey Lavrov stressed: • Lavrov also condemned ...") still speaks for himself.
     */
    private static boolean sideOpens(AttributionContext ctx, Block bullet, String leadIn, Mention leadInSpeaker) {
        for (Attribution a : ctx.near(bullet.start(), bullet.end())) {
            Mention own = a.mention;
            if (own != null && own.start() == bullet.start() && !own.isPronoun()) {
                String head = DescriptionHeads.headWord(own.text());
                return SIDES.contains(head) || own.hasName() && own.text().indexOf(' ') < 0 && leadIn.contains(own.text())
                        && !leadInSpeaker.text().contains(own.text());
            }
        }
        return false;
    }

    /**
     * "- Teravian companies have fulfilled all their obligations and expect the same approach", "- Lirovia attaches
     * great importance to ...": the bullet's subject speaks only through a second verb or states a stance or belief
     * (as inside reported speech, {@link StanceVerbs}), or came to know something ("- Mr. Hale learned in March that
     * ..." under a finding); the bullet is the lead-in speaker's account, as a bullet with no cue is.
     */
    private static boolean noOwnStatement(AttributionContext ctx, Block bullet) {
        boolean any = false;
        for (Attribution a : ctx.near(bullet.start(), bullet.end())) {
            if (a.mention != null && a.mention.start() == bullet.start()) {
                if (a.source != Attribution.Source.SECOND_VERB && !StanceVerbs.opens(a.cue) && !ReportedBeliefs.opens(a.cue)
                        && !LEARNING.contains(StanceVerbs.firstWord(a.cue.toLowerCase(Locale.ROOT)))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** "I recommend that: (c) the Service report every delay": the bullet's own cue is the act demanded. */
    private static boolean demanded(AttributionContext ctx, Block bullet, Cue cue, String leadIn) {
        for (Attribution a : ctx.near(bullet.start(), bullet.end())) {
            if (a.mention != null && a.mention.start() == bullet.start() && HypotheticalCues.mandatedItem(cue.text(), leadIn, a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "- staff told the investigators that they had been under pressure;" under "The Authority found that:": a report
     * in the past that opens the bullet is part of what was found, the finder's statement; "- the bank says A" in the
     * present speaks for itself.
     */
    private static boolean pastReport(AttributionContext ctx, Block bullet) {
        boolean any = false;
        for (Attribution a : ctx.near(bullet.start(), bullet.end())) {
            if (a.mention != null && a.mention.start() == bullet.start()) {
                String verb = StanceVerbs.firstWord(a.cue.toLowerCase(Locale.ROOT));
                if (!PhraseShapes.pastShape(verb, Lexicon.get())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * "The President stressed: • that the aid must come first;": a bullet's opening "that" is the lead-in's
     * complementiser, no part of what was said (a bullet's "to launch talks" keeps its "to", as after a cue in prose).
     */
    static int afterThat(AnnotatedDocument doc, int start, int end) {
        int k = doc.tokenAtOrAfter(start);
        // "that is the plan" opens with a pronoun, its verb right after it.
        return k + 1 < doc.tokens.size() && doc.tokens.get(k).text().equals("that") && doc.tokens.get(k + 1).isWord()
                && !ReportedContent.isClauseVerb(doc.tokens.get(k + 1)) && doc.tokens.get(k + 1).start() < end
                ? doc.tokens.get(k + 1).start() : start;
    }

    /**
     * A lead-in far above its bullets: "Lavrov stressed:", a paragraph or two of the same remarks (or a second
     * colon line such as "Among the points he made:") or the page's furniture (a gallery line, a caption), then the list. Returns the first bullet block, or -1
     * when a heading, a paragraph with a speaker of its own, or too many blocks come between.
     */
    private static int farBullets(AttributionContext ctx, int first) {
        AnnotatedDocument doc = ctx.doc;
        for (int b = first; b < doc.blocks.size() && b - first <= Windows.FAR_LEAD_IN_BLOCKS; b++) {
            Block block = doc.block(b);
            if (block.kind() == Block.Kind.BULLET) {
                return b > first ? b : -1;
            }
            if (sectionHead(doc, b)) {
                return b;
            }
            if (block.isNoise()) {
                // A gallery line or a photo caption between a readout's lead-in and its list is the page's, not the remarks'.
                continue;
            }
            if (block.kind() != Block.Kind.PARAGRAPH || ownSpeaker(ctx, block)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "On the border" over bullets: a heading that splits one lead-in's list into sections, when the list opens with one.
     */
    private static boolean sectionHead(AnnotatedDocument doc, int b) {
        return doc.block(b).kind() == Block.Kind.HEADLINE && b + 1 < doc.blocks.size()
                && doc.block(b + 1).kind() == Block.Kind.BULLET;
    }

    private static boolean ownSpeaker(AttributionContext ctx, Block block) {
        return ctx.near(block.start(), block.end()).stream().anyMatch(a -> a.mention != null && a.source != Attribution.Source.BULLET
                && a.contentStart < block.end() && a.contentEnd > block.start());
    }

    /**
     * "He continued:" and the paragraph under it: a paragraph opening with a quotation gives that quotation; a
     * paragraph of plain prose with no statement of its own is the quoted passage set as a block.
     */
    private static void quotedLineAfter(AttributionContext ctx, int block, Mention m, Cue cue) {
        if (block >= ctx.doc.blocks.size() || ctx.doc.block(block).isNoise()) {
            return;
        }
        Block b = ctx.doc.block(block);
        Quote q = ctx.doc.quoteAt(b.start());
        if (q != null && q.start() == b.start()) {
            QuotedStatements.addQuote(ctx, q, m, cue, block, 0.85);
        } else if (b.kind() == Block.Kind.PARAGRAPH && cue.kind() == Lexicon.CueKind.VERB && ctx.near(b.start(), b.end()).stream()
                .noneMatch(a -> a.contentStart < b.end() && a.contentEnd > b.start())) {
            int end = ctx.doc.text.charAt(b.end() - 1) == '.' ? b.end() - 1 : b.end();
            Attribution a = new Attribution(Attribution.Source.BULLET, m, cue.text(), b.start(), end, block, 0.7);
            ctx.content.finishType(a);
            ctx.add(a);
        }
    }
}
