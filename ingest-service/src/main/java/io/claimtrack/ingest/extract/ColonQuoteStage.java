package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 'Vik went even further: “Q”', 'Holm demurred: “Q”', 'The port authority issued the following statement:' and a
 * quoted paragraph under it: a clause whose subject is a speaker and whose verb is no cue ends in a colon that
 * opens a quotation; the quotation is the subject's. So is a speaker alone before the colon, as digest lines set
 * reactions ("TOPIC - Ada Berg: “Q”"). A cue in the clause leaves the quotation to the cue's
 * patterns (a question asked is no statement), and a quotation they or a lead-in already gave is left alone.
 */
public final class ColonQuoteStage implements Stage {

    private static final Set<String> PREPOSITIONS = WordSet.of("of", "for", "in", "on", "at", "with", "to", "from", "by",
            "about", "behind", "among");

    private final Lexicon lexicon;

    public ColonQuoteStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        AttributionContext ctx = AttributionContext.of(doc);
        List<Token> tokens = ctx.tokens;
        for (Quote q : doc.quotes) {
            Mention after = subjectAfterHeadlineQuote(ctx, q);
            if (after != null) {
                Attribution a = new Attribution(Attribution.Source.QUOTE_CUE, after, "", q.start(), q.end(),
                        ctx.sentenceOfToken(ctx.tokenAtOrAfter(q.start())).block(), 0.8);
                a.type = StatementType.DIRECT;
                ctx.add(a);
                continue;
            }
            int opening = ctx.tokenAtOrAfter(q.start());
            if (opening == 0 || opening >= tokens.size() || !tokens.get(opening - 1).is(":") || ctx.covered(q.start(), q.end())) {
                continue;
            }
            int colon = opening - 1;
            Sentence s = ctx.sentenceOfToken(colon);
            int block = ctx.sentenceOfToken(opening).block();
            // The quotation follows in the clause's sentence, or opens the paragraph right under it.
            if (block != s.block() && (block != s.block() + 1 || doc.block(block).start() != q.start())) {
                continue;
            }
            Mention m = subject(ctx, s, colon);
            String cue = m == null ? null : tokens.get(ctx.tokenAtOrAfter(m.end())).text();
            if (m == null && (m = label(ctx, s, colon)) == null) {
                continue;
            }
            if (cue == null) {
                // "Stated Holm: “Q”" has its verb before the speaker; a bare label has the colon alone.
                int first = ctx.tokenAtOrAfter(m.start());
                cue = first > s.firstToken() && invertedVerb(tokens.get(first - 1)) ? tokens.get(first - 1).text() : ":";
            }
            Attribution a = new Attribution(Attribution.Source.QUOTE_CUE, m, cue, q.start(), q.end(), block, 0.8);
            a.type = StatementType.DIRECT;
            ctx.add(a);
        }
        ctx.sortByContent();
    }

    /**
     * The speaker subject that opens sentence {@code s} (after an opening adverbial): the shortest phrase that names
     * a speaker before a lower-case word, its verb, when the words from the verb to the colon hold no cue, quotation
     * or clause punctuation and open no second clause; null otherwise. A preposition before the verb makes the
     * phrase a thing's ("The problem for the mayor is").
     */
    private Mention subject(AttributionContext ctx, Sentence s, int colon) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        if (FunctionWords.COORDINATORS.contains(tokens.get(first).lower())) {
            // "But Holm went further:": the conjunction joins the sentence to the one before.
            first++;
        }
        int start = OpeningAdverbials.subjectStart(tokens, first, colon);
        if (start >= colon || PREPOSITIONS.contains(tokens.get(start).lower())) {
            return null;
        }
        for (int v = start + 1; v < colon && v - start <= Windows.SUBJECT_TOKENS; v++) {
            Token t = tokens.get(v);
            if (!t.isWord() || PREPOSITIONS.contains(t.lower())) {
                return null;
            }
            if (t.isCapitalized() || lexicon.isSpeakerNoun(t) || lexicon.roleModifiers.contains(t.lower())) {
                continue;
            }
            Mention m = ctx.mentions.build(start, v);
            if (m != null && speaks(ctx, m, tokens.get(start), tokens.get(v - 1))) {
                return predicateWithoutCue(ctx, v, colon) && !displayRead(ctx.tokens, v, colon, s) ? m : null;
            }
        }
        return null;
    }

    /**
     * "‘I am not here to be liked’: new hospital chief takes over ...": a headline that opens with a quotation and a
     * colon gives the quotation to the subject of the clause after the colon, a speaker before its lower-case verb.
     */
    private Mention subjectAfterHeadlineQuote(AttributionContext ctx, Quote q) {
        List<Token> tokens = ctx.tokens;
        int opening = ctx.tokenAtOrAfter(q.start());
        int colon = ctx.tokenAtOrAfter(q.end());
        if (opening >= tokens.size() || colon + 2 >= tokens.size() || !tokens.get(colon).is(":") || ctx.covered(q.start(), q.end())) {
            return null;
        }
        Sentence s = ctx.sentenceOfToken(opening);
        Block block = ctx.doc.block(s.block());
        if (block.kind() != Block.Kind.HEADLINE || block.start() != q.start() || ctx.sentenceOfToken(colon + 1) != s) {
            return null;
        }
        int npEnd = ctx.mentions.scanRight(colon + 1, s.endToken());
        if (npEnd <= colon + 1 || npEnd >= s.endToken() || !tokens.get(npEnd).isWord() || tokens.get(npEnd).isCapitalized()
                || ctx.cueAt[npEnd] != null) {
            return null;
        }
        Mention m = ctx.mentions.build(colon + 1, npEnd);
        return m != null && !m.isPronoun() && speaks(ctx, m, tokens.get(colon + 1), tokens.get(npEnd - 1)) ? m : null;
    }

    /**
     * A speaker alone before the colon, opening the sentence or after a spaced dash, as digests and roundups set
     * reactions: "Iowa polls too early - Ada Berg: “Q”", "-More from Berg: “Q”", "Holm: “Q” Vik: “Q”"; a verb of
     * saying may open it ("Stated Holm: “Q”").
     */
    private Mention label(AttributionContext ctx, Sentence s, int colon) {
        List<Token> tokens = ctx.tokens;
        int start = colon - 1;
        while (start > s.firstToken() && colon - start < Windows.LABEL_SPEAKER_TOKENS && !dash(ctx, start - 1)) {
            start--;
        }
        if (start > s.firstToken() && !dash(ctx, start - 1)) {
            return null;
        }
        if (colon - start > 2 && tokens.get(start).lower().equals("more") && tokens.get(start + 1).lower().equals("from")) {
            start += 2;
        } else if (colon - start > 1 && invertedVerb(tokens.get(start))) {
            start++;
        }
        String label = ctx.doc.text(tokens.get(start).start(), tokens.get(colon - 1).end()).toLowerCase(Locale.ROOT);
        if (lexicon.labels.contains(label) || ctx.mentions.scanRight(start, colon) != colon) {
            return null;
        }
        Mention m = ctx.mentions.build(start, colon);
        // Names joined by "and" speak together ("Ada Berg and Tor Vik: “Q”").
        return m != null && !m.isPronoun() && (speaks(ctx, m, tokens.get(start), tokens.get(colon - 1))
                || m.hasName() && m.kind() == SpeakerKind.GROUP) ? m : null;
    }

    /** A past verb of saying before its speaker: "Stated", "Continued". */
    private boolean invertedVerb(Token t) {
        return t.isCapitalized() && t.lower().endsWith("ed") && !lexicon.cuesStartingWith(t.lower()).isEmpty();
    }

    /** A dash with a space before it: " - Name", " -More from". */
    private static boolean dash(AttributionContext ctx, int i) {
        Token t = ctx.tokens.get(i);
        return FunctionWords.DASHES.contains(t.text()) && t.start() > 0
                && Chars.isSpace(ctx.doc.text.charAt(t.start() - 1));
    }

    /**
     * "A note taped to the till reads:": the subject is a display a participle put up, whose words are no one's
     * statement ({@link DisplayedWords}); the verb's sense left no cue for the predicate to hold.
     */
    private static boolean displayRead(List<Token> tokens, int verb, int colon, Sentence s) {
        int read = colon - 1;
        return read >= verb && tokens.get(read).lower().startsWith("read") && DisplayedWords.displayed(tokens, read, s);
    }

    private static boolean predicateWithoutCue(AttributionContext ctx, int verb, int colon) {
        if (colon - verb > Windows.COLON_PREDICATE_TOKENS) {
            return false;
        }
        for (int k = verb; k < colon; k++) {
            Token t = ctx.tokens.get(k);
            if (ctx.cueAt[k] != null && ctx.cueAt[k].kind() == Lexicon.CueKind.VERB || t.type() == Token.Type.QUOTE
                    || t.type() == Token.Type.PUNCT && !t.is(",") && !t.is(".")) {
                return false;
            }
            if (t.is(",") && ClauseShapes.CLAUSE_WORDS.contains(ctx.tokens.get(k + 1).lower())) {
                // "She was upset, so I changed my answer:": another clause, maybe another speaker.
                return false;
            }
        }
        return true;
    }

    /**
     * A person's or body's name, a person pronoun, or a description whose head is a speaker noun; not a common
     * word capitalised only because it opens the sentence ("Each election cycle, ...").
     */
    private boolean speaks(AttributionContext ctx, Mention m, Token first, Token head) {
        if (m.isPronoun()) {
            return FunctionWords.SPEAKING_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT));
        }
        if (m.hasName() && m.start() == first.start() && m.end() == first.end() && !lexicon.isFirstName(first.lower())
                && ctx.isCommonWord(first.lower())) {
            return false;
        }
        return m.hasName() && (m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION)
                || lexicon.isSpeakerNoun(head);
    }
}
