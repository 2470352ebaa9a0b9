package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * A chair's ruling on who may speak and what this sitting takes: a member refused the floor ("Mr. Obi, you are not
 * recognized."), the questions each may put ("Please keep to one question and one follow-up."), a matter left to a
 * later stage ("That is a matter for clause-by-clause.") and a member's conduct ("The member will withdraw that
 * remark.", "The member for Lisk is warned."). None asserts anything; "Keep to the budget" and "That is a matter for
 * the police" are no ruling on the sitting. Asked by {@link SittingOrders} per clause, past an address.
 */
final class FloorRulings {

    /** A member refused the floor, after the address. */
    private static final Set<String> REFUSED = Set.of("you are not recognized", "you are not recognised",
            "you're not recognized", "you're not recognised", "you do not have the floor", "you don't have the floor");
    /** "Please keep to", "Limit yourselves to", "Stick to". */
    private static final Set<String> KEEP = WordSet.of("keep", "limit", "stick");
    private static final Set<String> YOURSELVES = WordSet.of("yourself", "yourselves", "it");
    /** The words of a limit on questions besides the question nouns: "one question and one follow-up each". */
    private static final Set<String> LIMIT_WORDS = WordSet.of("one", "a", "single", "each", "and", "please", "only");
    /** Later stages of a bill's or a sitting's business: "clause-by-clause", "another day", "report stage". */
    private static final Set<String> LATER = WordSet.of("clause-by-clause", "day", "time", "stage", "reading");
    /** What the chair tells a member to do: "will withdraw that remark", "will direct his remarks through the chair". */
    private static final Set<String> CONDUCT = WordSet.of("withdraw", "retract", "direct", "address", "apologize",
            "apologise", "refrain", "resume", "take");
    private static final Set<String> ORDERED = WordSet.of("will", "must");
    /** The chair's rulings on a member named by seat: "is warned", "has been named". */
    private static final Set<String> WARNED = WordSet.of("warned", "named");
    /** A member's turn to ask already taken: "has had her supplementary", "has asked his question". */
    private static final Set<String> ASKED = WordSet.of("had", "asked");
    /** What a member's turn to ask is called besides the question nouns. */
    private static final Set<String> SUPPLEMENTARY = WordSet.of("supplementary");
    /** The longest seat after "the member for": "Carrow and Lisk East". */
    private static final int SEAT_WORDS = 5;
    /** The longest stage after "a matter for": "the report stage", "another day". */
    private static final int STAGE_WORDS = 3;
    /** The longest ruling: "Limit yourselves to one question and one follow-up each, please". */
    private static final int RULING_TOKENS = 16;

    private FloorRulings() {
    }

    /** Whether the clause {@code [from, to)}, its last token a word, is only such a ruling. */
    static boolean clause(AnnotatedDocument doc, int from, int to) {
        if (to - from > RULING_TOKENS) {
            return false;
        }
        String words = PhraseShapes.words(doc.tokens, from, to).toLowerCase(Locale.ROOT).replace('’', '\'');
        return REFUSED.contains(words) || questionsLimited(doc, from, to) || laterStage(doc, from, to)
                || memberDirected(doc, from, to) || memberRuled(doc, from, to);
    }

    /**
     * "The member for Copperhill is warned.", "The member has had her supplementary.", "The hon. member has asked his
     * question.": the chair ruling on a member's conduct or closing the member's turn to ask; "The member for Lisk has
     * warned that the pier will close" reports.
     */
    private static boolean memberRuled(AnnotatedDocument doc, int from, int to) {
        int k = HouseMotions.honorific(doc, doc.tokens.get(from).is("the") ? from + 1 : from, to);
        if (k + 2 >= to || !doc.tokens.get(k).is("member")) {
            return false;
        }
        k++;
        if (doc.tokens.get(k).is("for")) {
            int seat = ++k;
            while (k < to && k - seat < SEAT_WORDS && (doc.tokens.get(k).isCapitalized() || doc.tokens.get(k).is("and"))) {
                k++;
            }
        }
        String verb = k < to ? doc.tokens.get(k).lower() : "";
        if (verb.equals("has") && k + 1 < to && doc.tokens.get(k + 1).is("been")) {
            k++;
            verb = "is";
        }
        if (verb.equals("is")) {
            return k + 2 == to && WARNED.contains(doc.tokens.get(k + 1).lower());
        }
        if (!verb.equals("has") || k + 4 != to || !ASKED.contains(doc.tokens.get(k + 1).lower())
                || !FunctionWords.POSSESSIVES.contains(doc.tokens.get(k + 2).lower())) {
            return false;
        }
        String noun = WordForms.singular(doc.tokens.get(k + 3).lower());
        return EmptyTurns.QUESTION_NOUNS.contains(noun) || SUPPLEMENTARY.contains(noun);
    }

    /**
     * "The member will withdraw that remark.", "The hon. member must direct her remarks through the chair.": the chair
     * telling a member how to behave in the sitting; "The member will know that crews were hired" reports.
     */
    private static boolean memberDirected(AnnotatedDocument doc, int from, int to) {
        int k = HouseMotions.honorific(doc, doc.tokens.get(from).is("the") ? from + 1 : from, to);
        return k + 2 < to && doc.tokens.get(k).is("member") && ORDERED.contains(doc.tokens.get(k + 1).lower())
                && CONDUCT.contains(doc.tokens.get(k + 2).lower());
    }

    /** "Please keep to one question and one follow-up.", "Limit yourselves to a single question, please.". */
    private static boolean questionsLimited(AnnotatedDocument doc, int from, int to) {
        int k = doc.tokens.get(from).is("please") ? from + 1 : from;
        if (k + 2 >= to || !KEEP.contains(doc.tokens.get(k).lower())) {
            return false;
        }
        k++;
        if (YOURSELVES.contains(doc.tokens.get(k).lower())) {
            k++;
        }
        if (k >= to || !doc.tokens.get(k).is("to")) {
            return false;
        }
        boolean question = false;
        for (k++; k < to; k++) {
            Token t = doc.tokens.get(k);
            boolean noun = EmptyTurns.QUESTION_NOUNS.contains(WordForms.singular(t.lower()));
            if (t.isWord() && !noun && !LIMIT_WORDS.contains(t.lower()) || !t.isWord() && !t.is(",")) {
                return false;
            }
            question |= noun;
        }
        return question;
    }

    /** "That is a matter for clause-by-clause.", "That's a matter for the committee.", "This is a matter for another day.". */
    private static boolean laterStage(AnnotatedDocument doc, int from, int to) {
        String first = doc.tokens.get(from).lower().replace('’', '\'');
        int k = first.equals("that's") ? from + 1
                : (first.equals("that") || first.equals("this")) && from + 1 < to && doc.tokens.get(from + 1).is("is") ? from + 2 : to;
        if (k + 3 >= to || !doc.tokens.get(k).is("a") || !doc.tokens.get(k + 1).is("matter") || !doc.tokens.get(k + 2).is("for")
                || to - (k + 3) > STAGE_WORDS) {
            return false;
        }
        String last = doc.tokens.get(to - 1).lower();
        return (LATER.contains(last) || SittingOrders.isSitting(last)) && AgendaMoves.topic(doc, k + 3, to);
    }
}
