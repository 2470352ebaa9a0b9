package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A direct quotation after its cue: X said: "Q" / X said on Sunday: "Q" / X said "Q". / Said X: "Q"; part of
 * {@link QuoteCueStage}, tried when no cue follows the quotation.
 */
final class CueThenQuote {

    /** Verbs that open a sentence before their speaker and a quotation: 'Said Anna Holm, "Q."' */
    private static final Set<String> FRONTED_CUES = WordSet.of("said", "says", "added", "adds", "wrote", "writes");
    private final Lexicon lexicon;
    private final SpeakerPhrases speakers;
    private final ParticipleClause participles;
    private final ClauseSubject clauseSubject;

    CueThenQuote(Lexicon lexicon, SpeakerPhrases speakers) {
        this.lexicon = lexicon;
        this.speakers = speakers;
        this.clauseSubject = new ClauseSubject(lexicon);
        this.participles = new ParticipleClause(speakers, new SentenceSubjects(lexicon));
    }

    /** Pairs quotation {@code q}, whose opening mark is token {@code opening}, with the cue before it, if one is there. */
    void pair(AttributionContext ctx, Quote q, int opening) {
        List<Token> tokens = ctx.tokens;
        int j = opening - 1;
        if (j < 0 || !ctx.sameSentence(j, opening)) {
            return;
        }
        boolean punctuated = tokens.get(j).is(":") || tokens.get(j).is(",");
        if (punctuated) {
            j--;
        }
        // Without a colon or comma the quotation must be the whole rest of the sentence: "X said "Q"."
        Sentence own = ctx.sentenceOfToken(opening);
        if (j < 0 || !punctuated && q.end() < tokens.get(ctx.content.endToken(own) - 1).end()) {
            return;
        }
        Cue cue = ctx.cueEndingAt[j];
        if (cue == null && punctuated) {
            cue = AdjunctBeforeQuote.cue(ctx, own, j);
        }
        if (cue == null && punctuated) {
            frontedCue(ctx, q, own, j);
            return;
        }
        if (cue == null || cue.kind() != Lexicon.CueKind.VERB) {
            return;
        }
        Sentence s = ctx.doc.sentences.get(cue.sentence());
        if (ParticipleShapes.opens(lexicon, tokens, cue, s.firstToken())
                && participles.speaker(ctx, cue, s, ctx.content.endToken(s)) != null) {
            // "Before the vote, Chief Ann Holm lobbied for it, saying, “Q”": reported speech reads the participle's
            // speaker from its clause (here "Before the vote" had read as a name before an aside) and ends the
            // clause before at the participle.
            return;
        }
        Mention m = speakers.before(ctx, cue, s);
        if (m == null && !lexicon.isGerund(cue)) {
            // 'An aide who spoke anonymously said Wednesday, “Q”': the scan stops inside a subject with a relative
            // clause. A participle ('an ad ends with a voice saying: “Q”') has no subject of its own.
            m = clauseSubject.of(ctx, cue, s);
        }
        // "noted that the line, which, he said, 'loses money', would stay open": the quotation is the outer cue's, as
        // is the naming in 'apologized to members for what she called “a lapse.”'.
        if (m != null && !RelativeAside.insideReport(ctx, m, s) && !SpeakerBeforeCue.reasonOfCue(ctx, ctx.tokenAtOrAfter(m.start()) - 1)) {
            QuotedStatements.addQuote(ctx, q, m, cue, s.block(), 0.9);
        }
    }

    /**
     * 'Said Anna Holm, who grew up on the island, “We were proud of her.”' and 'Says Holm: “...”': the verb opens
     * the sentence, the speaker (and an aside) runs to the comma or colon before the quotation. The verb is
     * capitalised, so the cue stage, which takes capitalised words for names, has left it alone.
     */
    private void frontedCue(AttributionContext ctx, Quote q, Sentence s, int last) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        if (first + 1 > last || !FRONTED_CUES.contains(tokens.get(first).lower()) || !tokens.get(first + 1).isCapitalized()) {
            return;
        }
        int npEnd = ctx.mentions.scanRight(first + 1, last + 1);
        if (npEnd < 0 || npEnd <= last && !tokens.get(npEnd).is(",")) {
            return;
        }
        for (int k = npEnd; k <= last; k++) {
            // What follows the name up to the quotation is an aside: no other quotation or clause punctuation.
            if (tokens.get(k).type() == Token.Type.QUOTE || ";:—–".contains(tokens.get(k).text())) {
                return;
            }
        }
        Mention m = ctx.mentions.build(first + 1, npEnd);
        if (m != null && !m.isPronoun()) {
            QuotedStatements.addQuote(ctx, q, m, tokens.get(first).text(), s.block(), 0.9);
        }
    }
}
