package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * A quoted question or exclamation ends its sentence, so its cue opens the next one: '"Is this fair?" Dahl demanded.'
 * Decides whether that next sentence is only the cue (with how, when or to whom it was put) or says something itself.
 */
final class QuestionCue {

    /** Words that open how, when or where a quoted question was put: '"Why?" Dahl asked during the hearing'. */
    private static final Set<String> CIRCUMSTANCE = WordSet.of("during", "in", "at", "on", "after", "before", "while", "as",
            "into", "from", "with");
    /** Words that open a clause of what was said after the cue: '"Why?" Dahl asked in May that ...'. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("that", "whether", "if", "why", "how", "what");
    /** Words that open a relative clause about the listener, which says something: '"Why?" Dahl asked Vik, who ...'. */
    private static final Set<String> RELATIVES = WordSet.of("who", "whom", "whose", "which");

    private final Lexicon lexicon;

    QuestionCue(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * '"Is this fair?" Dahl demanded.': a question or exclamation ends its sentence, and a short sentence after
     * it that starts with the speaker is its cue.
     */
    boolean cueOfNextSentence(AttributionContext ctx, Quote q, int after) {
        int k = q.end() - 1;
        while (k > q.start() && (SentenceStage.QUOTE_MARKS.indexOf(ctx.doc.text.charAt(k)) >= 0 || Chars.isSpace(ctx.doc.text.charAt(k)))) {
            k--;
        }
        char last = ctx.doc.text.charAt(k);
        Sentence next = ctx.sentenceOfToken(after);
        if (last != '?' && last != '!' || next.firstToken() != after || !ctx.tokens.get(after).isCapitalized()) {
            return false;
        }
        // Nothing is said after the cue but where or to whom: '"Why?" Dahl asked the crowd.', not '"Why?" He
        // offered no proof that ...'.
        for (int i = after + 1; i < next.endToken() && i - after <= Windows.SPEAKER_AFTER_QUOTE_TOKENS; i++) {
            Cue cue = ctx.cueAt[i];
            if (cue != null) {
                return next.endToken() - cue.endToken() <= Windows.AFTER_TRAILING_CUE_TOKENS && !answerClause(ctx, cue, next)
                        || mannerOrCircumstance(ctx, cue, next.endToken());
            }
        }
        return false;
    }

    /**
     * '"Can she stay?" They said she could.': a subject pronoun after the cue opens the answer, a clause of its own,
     * where "Dahl asked him." names only whom the question was put to.
     */
    private static boolean answerClause(AttributionContext ctx, Cue cue, Sentence next) {
        return cue.endToken() < next.endToken() && FunctionWords.SPEAKING_PRONOUNS.contains(ctx.tokens.get(cue.endToken()).lower());
    }

    /**
     * '"Why?" Dahl asked, shaking her head.', '"Who knew?" Vik added during the hearing.', '"Why?" Todd asked the
     * mayor.': after the cue only to whom, how or when it was said (a listener, an adverb, a participle that is no
     * cue, a time or place phrase) and no quotation, cue, clause of its own ("said in an interview that ...") or
     * relative clause about the listener, so the quotation is the cue's content.
     */
    private boolean mannerOrCircumstance(AttributionContext ctx, Cue cue, int end) {
        if (cue.kind() != Lexicon.CueKind.VERB || lexicon.isGerund(cue)) {
            return false;
        }
        boolean tell = FunctionWords.TELL_VERBS.contains(ctx.tokens.get(cue.firstToken()).lower());
        int i = tell ? listenerEnd(ctx, cue.endToken(), end) : cue.endToken();
        if (i > cue.endToken() && (i >= end || i + 1 == end && ctx.tokens.get(i).type() == Token.Type.PUNCT)) {
            // '"Why?" Todd asked the mayor.': only whom it was put to.
            return true;
        }
        if (i < end && ctx.tokens.get(i).is(",")) {
            i++;
        }
        if (i >= end) {
            return false;
        }
        Token t = ctx.tokens.get(i);
        String w = t.lower();
        if (!t.isWord() || t.isCapitalized()
                || !(CIRCUMSTANCE.contains(w) || w.length() > 4 && (w.endsWith("ly") || w.endsWith("ing")))) {
            return false;
        }
        for (int k = i; k < end; k++) {
            if (ctx.cueAt[k] != null || ctx.tokens.get(k).type() == Token.Type.QUOTE
                    || CLAUSE_OPENERS.contains(ctx.tokens.get(k).lower()) || RELATIVES.contains(ctx.tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * '"Why?" Todd asked the real estate mogul', '"Why?" Vik asked reporters rhetorically': the one a verb of
     * telling put the question to, an object pronoun, a plural noun or a determiner with lower-case words, before the sentence end,
     * a comma, a time or place phrase or an adverb. Returns the index after it, or {@code i} when there is none.
     */
    private static int listenerEnd(AttributionContext ctx, int i, int end) {
        if (i >= end || !ctx.tokens.get(i).isWord() || ctx.tokens.get(i).isCapitalized()) {
            return i;
        }
        String w = ctx.tokens.get(i).lower();
        if (FunctionWords.ARTICLES.contains(w) || FunctionWords.POSSESSIVES.contains(w)) {
            int k = i + 1;
            while (k < end && k - i <= Windows.LISTENER_WORDS && ctx.tokens.get(k).isLowerWord()
                    && !CIRCUMSTANCE.contains(ctx.tokens.get(k).lower())
                    && !RELATIVES.contains(ctx.tokens.get(k).lower()) && !CLAUSE_OPENERS.contains(ctx.tokens.get(k).lower())
                    && ctx.cueAt[k] == null) {
                k++;
            }
            if (k > i + 1) {
                return k;
            }
        }
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("ly") && !CIRCUMSTANCE.contains(w);
        return FunctionWords.OBJECT_PRONOUNS.contains(w) || plural ? i + 1 : i;
    }
}
