package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * What a party seeks or claims that is no words: a penalty asked of a court ("sought nine years"), a pay claim at the
 * bargaining table ("is seeking a 7% raise"), money claimed ("the amount the landlord claimed"). Asked by {@link
 * CueSense}.
 */
final class ClaimedObjects {

    /** What a party asks a court for: "sought nine years", "sought a sentence of three years", "seeks damages". */
    private static final Set<String> PENALTIES = WordSet.of("sentence", "sentences", "years", "months", "penalty",
            "damages", "restitution");
    /** Money owed or asked: "the amount claimed". */
    private static final Set<String> AMOUNTS = WordSet.of("amount", "amounts", "sum", "sums");
    /** What a union asks at the bargaining table, as "offered a raise" gives it: "is seeking a 32% raise". */
    private static final Set<String> PAY_CLAIMS = WordSet.of("raise", "raises", "rise", "rises", "bonus", "bonuses");
    private static final Set<String> SOUGHT = WordSet.union(List.of(PENALTIES, PAY_CLAIMS));

    private ClaimedObjects() {
    }

    /**
     * "sought nine years in prison", "sought a sentence of three years", "seeks unspecified damages", "is seeking a 7%
     * raise": a penalty or a pay claim within a few lower-case words or numbers of the verb, before any clause or
     * infinitive.
     */
    static boolean sought(List<Token> t, int next, Sentence s) {
        int to = Math.min(s.endToken(), next + Windows.RESULT_OBJECT_TOKENS);
        int k = ObjectSense.head(t, next, to, tok -> (ObjectSense.lowerWord(tok) || tok.type() == Token.Type.NUMBER
                || tok.is("%")) && !tok.is("that") && !tok.is("to"), SOUGHT);
        return k >= 0 && k < to;
    }

    /**
     * "the amount the landlord claimed was small", "the sums Holm claimed in expenses": money claimed, the verb in a
     * relative clause on the amount a few words before it; "a figure Holm claimed was inflated" is left a statement.
     */
    static boolean amountClaimed(List<Token> t, int i, Sentence s) {
        for (int k = i - 1; k > Math.max(s.firstToken(), i - Windows.DETERMINED_PHRASE_TOKENS); k--) {
            if (!t.get(k).isWord()) {
                return false;
            }
            if (AMOUNTS.contains(t.get(k).lower()) && FunctionWords.DETERMINERS.contains(t.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
