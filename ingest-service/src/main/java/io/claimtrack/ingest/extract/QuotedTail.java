package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Vik said the toll "would empty the pier," but the council has a majority": a quotation inside reported content
 * that closes with its own comma ends the words reported, and a contrast or concession with a subject and verb of its
 * own after it is the narrator's comment, as is the subject's next act after "and" ("..., "the last resort," and
 * instructed the ministry to ..."). Without a subject, "but" opens the speaker's next verb ("..., but would not say
 * when"), which stays.
 */
final class QuotedTail {

    private static final Set<String> OPENERS = WordSet.of("but", "while", "though", "although", "whereas");
    /** Words that open a subject noun phrase: "the coalition", "its shares", "most voters". */
    private static final Set<String> SUBJECT_OPENERS = WordSet.union(List.of(FunctionWords.DETERMINERS), "most", "many", "few");

    private static final Set<String> PRESENT = WordSet.of("is", "are", "has", "have");

    private QuotedTail() {
    }

    /** Whether the token at {@code k} closes a quotation after its comma, and the narrator's clause follows it. */
    static boolean startsAfter(AnnotatedDocument doc, int k, int end) {
        List<Token> tokens = doc.tokens;
        Token t = tokens.get(k);
        if (t.type() != Token.Type.QUOTE || k + 2 >= end || !tokens.get(k - 1).is(",")) {
            return false;
        }
        Quote q = doc.quoteAt(t.start());
        if (q == null || q.end() != t.end()) {
            return false;
        }
        String opener = tokens.get(k + 1).lower();
        return OPENERS.contains(opener) && clauseOpens(tokens, k + 2, end) || opener.equals("and") && (pastVerb(tokens.get(k + 2))
                || k + 3 < end && FunctionWords.SUBJECT_PRONOUNS.contains(tokens.get(k + 2).lower()) && unshifted(tokens.get(k + 3)));
    }

    /**
     * "..., “politically impossible,” and he blamed ...", "and he has filed a motion", "and he is right that": after the
     * pronoun a past act or a present tense is the narrator's clause; reported words would be shifted back ("and he
     * would", "and he had").
     */
    private static boolean unshifted(Token t) {
        return pastVerb(t) || PRESENT.contains(t.lower());
    }

    /** "..., "the last resort," and instructed the ministry to ...": the subject's next act, in the past. */
    private static boolean pastVerb(Token t) {
        String w = t.lower();
        return t.isLowerWord() && w.length() > 4 && w.endsWith("ed");
    }

    /** A subject pronoun, or a noun phrase with a finite verb within a few words (no punctuation between). */
    private static boolean clauseOpens(List<Token> tokens, int from, int end) {
        Token opener = tokens.get(from);
        if (FunctionWords.SUBJECT_PRONOUNS.contains(opener.lower())) {
            return from + 1 < end && tokens.get(from + 1).isWord();
        }
        if (!(SUBJECT_OPENERS.contains(opener.lower()) || opener.isCapitalized() || opener.type() == Token.Type.NUMBER)) {
            return false;
        }
        for (int k = from + 1; k < Math.min(end, from + 1 + Windows.BARE_CLAUSE_VERB_TOKENS); k++) {
            Token w = tokens.get(k);
            if (w.type() == Token.Type.PUNCT && !w.is(".") || w.type() == Token.Type.QUOTE) {
                return false;
            }
            if (ReportedContent.isClauseVerb(w) && !w.is("to") || PhraseShapes.negativeContraction(w.lower())) {
                return true;
            }
        }
        return false;
    }
}
