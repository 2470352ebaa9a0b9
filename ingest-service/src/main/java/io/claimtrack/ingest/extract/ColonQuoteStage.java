package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * 'Vik went even further: “Q”', 'Holm demurred: “Q”', 'The port authority issued the following statement:' and a
 * quoted paragraph under it: a clause whose subject is a speaker and whose verb is no cue ends in a colon that
 * opens a quotation; the quotation is the subject's. A cue in the clause leaves the quotation to the cue's
 * patterns (a question asked is no statement), and a quotation they or a lead-in already gave is left alone.
 */
public final class ColonQuoteStage implements Stage {

    /** Pronouns that stand for someone who speaks; "it" and "this" usually stand for the narrator's point. */
    private static final Set<String> SPEAKING_PRONOUNS = Set.of("he", "she", "they", "i", "we");

    private static final Set<String> PREPOSITIONS = Set.of("of", "for", "in", "on", "at", "with", "to", "from", "by",
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
            if (m == null) {
                continue;
            }
            String verb = tokens.get(ctx.tokenAtOrAfter(m.end())).text();
            Attribution a = new Attribution(Attribution.Source.QUOTE_CUE, m, verb, q.start(), q.end(), block, 0.8);
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
        if (ReportedSpeechStage.COORDINATORS.contains(tokens.get(first).lower())) {
            // "But Holm went further:": the conjunction joins the sentence to the one before.
            first++;
        }
        int start = ClauseShapes.subjectStart(tokens, first, colon);
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
                return predicateWithoutCue(ctx, v, colon) ? m : null;
            }
        }
        return null;
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
            return SPEAKING_PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT));
        }
        if (m.hasName() && m.start() == first.start() && m.end() == first.end() && !lexicon.isFirstName(first.lower())
                && ctx.isCommonWord(first.lower())) {
            return false;
        }
        return m.hasName() && (m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION)
                || lexicon.isSpeakerNoun(head);
    }
}
