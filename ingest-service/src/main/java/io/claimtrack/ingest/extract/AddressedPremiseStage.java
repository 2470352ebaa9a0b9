package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Q (Nils Berg, Harbour Post): Mayor, in 2030 you told the council that the pier would reopen. Did it?": a premise a
 * questioner puts to the person addressed is that person's statement, its mention "you" (issue 9 and 10). Read only in
 * question turns, after a {@link QuestionAddress} and at most a time ("in 2030", "last week"), with "that" opening the
 * content within a listener and a time of the cue; the question itself is no statement. The speaker is the one who
 * answers: {@link #answerer} gives "you" the next answer turn's speaker once the turns are resolved.
 */
public final class AddressedPremiseStage implements Stage {

    /** Words of a time between the address and "you": "in 2030", "last week", "earlier this year". */
    private static final Set<String> TIME_WORDS = WordSet.of("in", "on", "at", "last", "this", "earlier", "year", "week",
            "month", "yesterday", "ago", "two", "three", "few", "days", "weeks", "months", "years", "the");
    /** At most a time of three or four words between the address's comma and "you". */
    private static final int TIME_TOKENS = 4;
    /** At most a listener and a time between the cue and "that": "told Parliament in 2030 that". */
    private static final int BEFORE_THAT_TOKENS = 6;

    @Override
    public void process(AnnotatedDocument doc) {
        if (doc.questionTurns.isEmpty() && doc.attributions.isEmpty()) {
            return;
        }
        AttributionContext ctx = AttributionContext.of(doc);
        List<Token> t = ctx.tokens;
        int memberBlock = -1;
        boolean premised = false;
        for (Sentence s : doc.sentences) {
            if (s.block() != memberBlock && memberBlock >= 0 && !premised) {
                doc.questionTurns.clear(memberBlock);
            }
            if (!doc.questionTurns.get(s.block()) && memberAsks(ctx, s)) {
                // Read as a question turn while its premises are looked for, and kept one if it puts any.
                memberBlock = s.block();
                premised = false;
                doc.questionTurns.set(memberBlock);
            }
            if (!doc.questionTurns.get(s.block())) {
                continue;
            }
            for (int k = s.firstToken() + 2; k + 2 < s.endToken(); k++) {
                Cue cue = ctx.cueAt[k + 1];
                if (!t.get(k).text().equals("you") || cue == null || cue.kind() != Lexicon.CueKind.VERB || !afterAddress(ctx, k, s)) {
                    continue;
                }
                int that = that(t, cue.endToken(), s);
                if (that < 0 && cue.endToken() < s.endToken() && (FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(cue.endToken()).lower())
                        || BareClause.opensAt(t, cue.endToken(), s))) {
                    // "Mr. Hendrickx, you said a national agreement could be reached", "in May you said there would be
                    // no toll": the clause without its "that".
                    that = cue.endToken() - 1;
                }
                int end = contentEnd(t, s);
                if (that < 0 || that + 1 >= end || ctx.covered(t.get(that + 1).start(), t.get(end - 1).end())) {
                    continue;
                }
                Mention you = new Mention(t.get(k).start(), t.get(k).end(), "you", "", "", SpeakerKind.PRONOUN);
                ctx.add(Attribution.Source.CUE, you, cue.text(), that + 1, end, s.block(), 0.7);
                premised |= s.block() == memberBlock;
            }
        }
        if (memberBlock >= 0 && !premised) {
            doc.questionTurns.clear(memberBlock);
        }
        ctx.sortByContent();
    }

    /**
     * "Ms. Ada Lind (Eastdale): Dr. Kell, you said in your March letter that the fund was empty. Has that changed?": a
     * committee member's turn, labelled with the seat, that ends asking the witness addressed; {@code s} opens it.
     */
    static boolean memberAsks(AttributionContext ctx, Sentence s) {
        Block b = ctx.doc.block(s.block());
        if (b.start() != s.start() || b.kind() != Block.Kind.PARAGRAPH) {
            return false;
        }
        int colon = TurnLabels.labelEnd(ctx, s);
        return colon > 0 && ctx.tokens.get(colon - 1).is(")") && Turns.endsAsking(ctx.doc, b);
    }

    /** "Minister, you" or "Mr. Tan, in 2030 you": the sentence's {@link QuestionAddress}, then only a time. */
    private static boolean afterAddress(AttributionContext ctx, int you, Sentence s) {
        int k = QuestionAddress.end(ctx, s);
        if (k < 0 || you - k > TIME_TOKENS) {
            return false;
        }
        for (; k < you; k++) {
            String w = ctx.tokens.get(k).lower();
            if (!(TIME_WORDS.contains(w) || Mentions.isDateWord(w) || ctx.tokens.get(k).type() == Token.Type.NUMBER)) {
                return false;
            }
        }
        return true;
    }

    /** The "that" opening the content within {@link #BEFORE_THAT_TOKENS} of the cue, no punctuation before it; -1 if none. */
    private static int that(List<Token> t, int from, Sentence s) {
        for (int k = from; k < s.endToken() && k - from < BEFORE_THAT_TOKENS; k++) {
            if (t.get(k).is("that")) {
                return k;
            }
            if (!t.get(k).isWord() && t.get(k).type() != Token.Type.NUMBER) {
                return -1;
            }
        }
        return -1;
    }

    private static int contentEnd(List<Token> t, Sentence s) {
        int end = s.endToken();
        while (end > s.firstToken() && !t.get(end - 1).isWord() && t.get(end - 1).type() != Token.Type.NUMBER) {
            end--;
        }
        return end;
    }

    /**
     * For each block, the first statement (by where its content opens) of any later block: the answer to a "you"
     * premise's question turn in that block when it is no question itself. Built once per document, as a transcript may
     * put a premise in every turn.
     */
    static Attribution[] firstAfterEachBlock(AnnotatedDocument doc) {
        int blocks = doc.blocks.size();
        Attribution[] first = new Attribution[blocks + 1];
        int[] index = new int[blocks + 1];
        for (int i = 0; i < doc.attributions.size(); i++) {
            Attribution b = doc.attributions.get(i);
            if (b.block >= 0 && b.block < blocks && (first[b.block] == null || b.contentStart < first[b.block].contentStart)) {
                first[b.block] = b;
                index[b.block] = i;
            }
        }
        Attribution[] after = new Attribution[blocks + 1];
        int afterIndex = -1;
        for (int b = blocks - 1; b >= 0; b--) {
            after[b] = after[b + 1];
            Attribution own = first[b + 1];
            // Ties go to the statement listed first, as a scan of the list in order would keep it.
            if (own != null && (after[b] == null || own.contentStart < after[b].contentStart
                    || own.contentStart == after[b].contentStart && index[b + 1] < afterIndex)) {
                after[b] = own;
                afterIndex = index[b + 1];
            }
        }
        return after;
    }
}
