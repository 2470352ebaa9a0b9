package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * What a party seeks or claims that is no words: a penalty asked of a court ("sought nine years"), a pay claim at the
 * bargaining table ("is seeking a 7% raise"), money claimed ("the amount the landlord claimed", "has claimed damages of
 * 2 million crowns") or pledged ("pledged a total of 40 million euros"), an effort or an event confirmed whose words a
 * participle gives ("sought to reassure savers, saying ...", "confirmed the change, saying ..."). Asked by {@link CueSense}.
 */
final class ClaimedObjects {

    /**
     * What a party asks a court for: "sought nine years", "sought a sentence of three years", "seeks damages", "had
     * sought judicial review".
     */
    private static final Set<String> PENALTIES = WordSet.of("sentence", "sentences", "years", "months", "penalty",
            "damages", "restitution", "review");
    /** Money owed or asked: "the amount claimed". */
    private static final Set<String> AMOUNTS = WordSet.of("amount", "amounts", "sum", "sums");
    /** What a union asks at the bargaining table, as "offered a raise" gives it: "is seeking a 32% raise". */
    private static final Set<String> PAY_CLAIMS = WordSet.of("raise", "raises", "rise", "rises", "bonus", "bonuses");
    private static final Set<String> SOUGHT = WordSet.union(List.of(PENALTIES, PAY_CLAIMS));
    /**
     * Money a party claims in a case: "claimed damages of", "has claimed compensation for the lost harvest", "has
     * claimed repayment of the full amount".
     */
    private static final Set<String> MONEY_CLAIMS = WordSet.of("damages", "compensation", "restitution", "repayment",
            "reimbursement");
    /** What closes a money claim's head, so "claimed damages were caused by the flood" keeps its clause. */
    private static final Set<String> CLAIM_TAILS = WordSet.of("of", "for", "from", "against", ",", ".", ";");
    /** Words before a sum's figure: "a total of", "about", "more than", "an additional". */
    private static final Set<String> SUM_OPENERS = WordSet.of("a", "an", "total", "of", "about", "some", "nearly",
            "almost", "roughly", "around", "over", "more", "than", "another", "additional", "further", "up", "to", "at",
            "least");
    /** Scale words between a figure and its currency: "2.35 billion dollars". */
    private static final Set<String> SCALES = WordSet.of("thousand", "million", "billion", "trillion", "m", "bn");
    /** A permit sought before the infinitive of what it would allow: "has sought permission since 2038 to build". */
    private static final Set<String> PERMITS = WordSet.of("permission", "approval", "consent", "clearance");
    /** Participles that give the words of an effort after its comma: "sought to calm them, saying ...". */
    private static final Set<String> SAYING = WordSet.of("saying", "telling", "adding", "insisting", "arguing", "declaring");
    /** Heads of a claimed object that are words or a blame taken: "claim the same", "claimed the credit". */
    private static final Set<String> SAID_OBJECTS = WordSet.of("same", "opposite", "credit", "responsibility", "blame");
    /** Words a possession's noun phrase may run to after its determiner: "claim the dinosaur's leg bones". */
    private static final int POSSESSION_WORDS = 3;

    private ClaimedObjects() {
    }

    /**
     * "has sought to attract film studios since 2030": an effort kept up over years, a policy told as narration; "has
     * sought to calm voters" alone stays (PolNeAR marks "sought to" as an attribution more often than not). A permit
     * sought so ("has sought permission since 2038 to build a hall") is the same effort, a filing kept up.
     */
    static boolean effortSince(List<Token> t, int i, int next, Sentence s) {
        if (next >= s.endToken() || !t.get(next).is("to") && !PERMITS.contains(t.get(next).lower())
                || !PerfectAdverbials.perfectAt(t, i, s.firstToken())) {
            return false;
        }
        for (int k = next + 1; k + 1 < s.endToken() && !t.get(k).is(","); k++) {
            if (t.get(k).is("since") && (t.get(k + 1).type() == Token.Type.NUMBER || Mentions.isDateWord(t.get(k + 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "sought nine years in prison", "sought a sentence of three years", "seeks unspecified damages", "is seeking a 7%
     * raise": a penalty or a pay claim within a few lower-case words or numbers of the verb, before any clause or
     * infinitive.
     */
    static boolean sought(List<Token> t, int next, Sentence s) {
        int to = Math.min(s.endToken(), next + Windows.RESULT_OBJECT_TOKENS);
        int k = ObjectSense.head(t, next, to, tok -> (tok.isLowerWord() || tok.type() == Token.Type.NUMBER
                || tok.is("%")) && !tok.is("that") && !tok.is("to"), SOUGHT);
        return k >= 0 && k < to;
    }

    /**
     * "has claimed damages of 3 million crowns", "claimed compensation for the lost harvest": a filing for money, no
     * words; "claimed damages were caused by the flood" is a clause and stays.
     */
    static boolean moneyClaimed(List<Token> t, int next, Sentence s) {
        int to = Math.min(s.endToken(), next + Windows.RESULT_OBJECT_TOKENS);
        int k = ObjectSense.head(t, next, to, Token::isLowerWord, MONEY_CLAIMS);
        return k >= 0 && k < to && (k + 1 == s.endToken() || CLAIM_TAILS.contains(t.get(k + 1).lower()));
    }

    /**
     * "Two museums claim the skull.", "also claims the old mill, ...": a thing or a seat taken as one's own, a short
     * noun phrase after an article or a possessive that closes its clause, no words; "claimed the referee was wrong"
     * goes on to a verb and stays.
     */
    static boolean possessionClaimed(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower())) {
            return false;
        }
        int k = next + 1;
        while (k < s.endToken() && k - next <= POSSESSION_WORDS && t.get(k).isWord()
                && !FunctionWords.NP_BREAKERS.contains(t.get(k).lower())) {
            k++;
        }
        String head = t.get(k - 1).lower();
        return k > next + 1 && !SAID_OBJECTS.contains(head) && !head.endsWith("ed")
                && (k == s.endToken() || t.get(k).is(".") || t.get(k).is(",") || t.get(k).is(";"));
    }

    /**
     * "pledged a total of 2 billion dollars", "pledged $40 million", "pledges about 90 million euros in loans": a sum
     * pledged is money committed, an act; "pledged 500 new homes" and "pledged to rebuild" stay promises.
     */
    static boolean sumPledged(List<Token> t, int next, Sentence s) {
        int k = next;
        while (k < s.endToken() && SUM_OPENERS.contains(t.get(k).lower())) {
            k++;
        }
        if (k < s.endToken() && FunctionWords.CURRENCY.contains(t.get(k).text())) {
            return k + 1 < s.endToken() && t.get(k + 1).type() == Token.Type.NUMBER;
        }
        if (k >= s.endToken() || t.get(k).type() != Token.Type.NUMBER) {
            return false;
        }
        k++;
        while (k < s.endToken() && SCALES.contains(t.get(k).lower())) {
            k++;
        }
        return k < s.endToken() && FunctionWords.CURRENCY_NAMES.contains(t.get(k).lower());
    }

    /**
     * "sought to reassure savers on Friday night, saying the bank was sound": an infinitive of what the speaker tried,
     * run to a comma before a participle of saying, which gives the words; the effort is no statement of its own
     * ("sought to reassure his investors." alone stays one, as PolNeAR marks it, and so does "sought to brush aside
     * the loss, pointing to ...", whose participle is no saying).
     */
    static boolean effortBeforeSaying(List<Token> t, int next, Sentence s) {
        return next + 1 < s.endToken() && t.get(next).is("to") && runsToSaying(t, next + 1, s);
    }

    /**
     * "confirmed the change in a statement on Tuesday, saying the chief had resigned": an event confirmed, a noun
     * object after an article or a possessive, run to a comma before a participle of saying, which gives the words
     * (round 51's convention); "confirmed the change." alone and "confirmed that ..." stay statements.
     */
    static boolean eventBeforeSaying(List<Token> t, int next, Sentence s) {
        return next + 1 < s.endToken() && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower())
                && runsToSaying(t, next + 1, s);
    }

    /** Words or numbers from {@code from} to a comma before a participle of saying, within a phrase's length. */
    private static boolean runsToSaying(List<Token> t, int from, Sentence s) {
        for (int k = from; k + 1 < s.endToken() && k - from < Windows.PHRASE_TOKENS; k++) {
            Token tok = t.get(k);
            if (tok.is(",")) {
                return SAYING.contains(t.get(k + 1).lower());
            }
            if (!tok.isWord() && tok.type() != Token.Type.NUMBER || tok.is("that")) {
                return false;
            }
        }
        return false;
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
