package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The readout wording of "agree": what the speaker agreed on or agreed with someone about is a view, as "agreed
 * that" is. "agreed to buy" is an action and no cue at all ({@link CueSense}); "agreed with the plan" names what
 * was agreed with, not what was said.
 */
final class Agreement {

    /**
     * Heads of a subject that names the people who met, as a group: "The sides", "The two leaders", "Both ministers", a
     * commission's "The co-chairs".
     */
    static final Set<String> PARTICIPANT_HEADS = WordSet.of("sides", "leaders", "presidents", "ministers", "interlocutors",
            "counterparts", "co-chairs", "co-chairmen");
    /**
     * The other heads of a subject that names the two or more sides of a readout: their states or teams, "Both Parties",
     * a meeting's open "The participants".
     */
    private static final Set<String> SIDE_HEADS = WordSet.of("parties", "countries", "governments", "delegations", "nations",
            "participants");
    /** Auxiliaries and adverbs between a joint subject and "agreed": "have also agreed". */
    private static final Set<String> BEFORE_VERB = WordSet.of("have", "had", "also", "both", "further", "jointly", "then");
    /** The longest subject that opens a sentence as its sides: "Both the two ministers". */
    private static final int JOINT_SUBJECT_TOKENS = 4;
    /** Deals rather than commitments: "agreed to buy" is an act ({@link CueSense}), whoever the buyers. */
    private static final Set<String> TRANSACTIONS = WordSet.of("buy", "sell", "pay", "acquire", "purchase", "lend",
            "borrow", "merge", "settle", "plead", "repay", "lease", "rent");

    private Agreement() {
    }

    /**
     * "The sides agreed to hold consultations", "The two leaders agreed to instruct their ministers", "Lusenia and
     * Dravia agree to deepen ...": what the sides of a readout agreed to do is their joint statement. The subject right
     * before the verb must name two sides or more; one party agreeing to an act ("the company agreed to pay") is no
     * statement, nor are deals ("agreed to buy").
     */
    static boolean jointCommitment(List<Token> tokens, int i, Sentence s) {
        if (!commitment(tokens, i, s.endToken())) {
            return false;
        }
        int k = i - 1;
        while (k > s.firstToken() && BEFORE_VERB.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < s.firstToken()) {
            return false;
        }
        if (jointHead(tokens.get(k)) || tokens.get(k).is("and") && jointOpening(tokens, s, k) || namedSide(tokens, k, s) || headsOf(tokens, k, s)) {
            return true;
        }
        // "Sinara and Dravia agreed", "Holm and Lund agreed", "President Holm and his counterpart Lund agreed": two
        // names joined, the second perhaps with its description.
        int j = k;
        while (j > s.firstToken() && k - j < Windows.PHRASE_TOKENS && tokens.get(j).isWord() && !tokens.get(j).is("and")) {
            j--;
        }
        return tokens.get(k).isCapitalized() && j < k && j > s.firstToken() && tokens.get(j).is("and")
                && tokens.get(j - 1).isCapitalized();
    }

    /**
     * "agreed to extend the contract", no deal: what the sides of a readout commit to, whoever they are; "agree to:" over
     * a list, whose items are the infinitives ("a) exchange liaison officers;").
     */
    private static boolean commitment(List<Token> tokens, int i, int end) {
        // "agreed on Saturday to cut output", "agreed Tuesday to deepen ...": the day only says when.
        int at = Refusals.afterDay(tokens, i + 1, end);
        return tokens.get(i).lower().startsWith("agree") && (ClauseShapes.opensInfinitive(tokens, at, end)
                && !TRANSACTIONS.contains(tokens.get(ClauseShapes.skipAdverbsRight(tokens, at + 1, end)).lower())
                || at + 1 < end && tokens.get(at).is("to") && tokens.get(at + 1).is(":"));
    }

    /**
     * "the Parties: a) agreed to extend the gas contract": an item's opening "agreed to", under a lead-in whose subject
     * names the sides.
     */
    static boolean sidesCommit(List<Token> tokens, int i, int end, Mention subject) {
        String head = DescriptionHeads.headWord(subject.text());
        return (PARTICIPANT_HEADS.contains(head) || SIDE_HEADS.contains(head)) && commitment(tokens, i, end);
    }

    /**
     * "The Brennish side agreed to convene the commission": one side of talks, named by its state, commits itself in
     * them, as the two together do.
     */
    private static boolean namedSide(List<Token> tokens, int k, Sentence s) {
        return tokens.get(k).is("side") && k > s.firstToken() && tokens.get(k - 1).isCapitalized();
    }

    /** "The heads of delegation agreed", "the heads of state agreed": the heads of the sides. */
    private static boolean headsOf(List<Token> tokens, int k, Sentence s) {
        return k - 2 >= s.firstToken() && tokens.get(k - 1).is("of") && tokens.get(k - 2).is("heads");
    }

    private static boolean jointHead(Token t) {
        return PARTICIPANT_HEADS.contains(t.lower()) || SIDE_HEADS.contains(t.lower());
    }

    /**
     * "Both sides condemned the attacks and agreed to open a hotline": the second verb of a sentence whose subject, a
     * short phrase opening it, names the sides.
     */
    private static boolean jointOpening(List<Token> tokens, Sentence s, int and) {
        for (int k = s.firstToken(); k < Math.min(and, s.firstToken() + JOINT_SUBJECT_TOKENS); k++) {
            if (jointHead(tokens.get(k))) {
                return k + 1 < and && tokens.get(k + 1).isWord() && !tokens.get(k + 1).is("of");
            }
        }
        return false;
    }

    /**
     * "the league agreed a new television contract", a headline's "Oil producers agree deepest output cut": a noun
     * object right after "agree" (at {@code object}; without its article only in a {@code headline}) is the deal
     * settled, an act; an infinitive, a that-clause, a bare clause ("agreed the pier was unsafe"), a partner ("with"),
     * a topic ("on"), an adverb or a coordinated clause keeps the view.
     */
    static boolean dealObject(List<Token> tokens, int object, Sentence s, boolean headline) {
        if (object >= s.endToken() || BareClause.opensAt(tokens, object, s)) {
            return false;
        }
        Token t = tokens.get(object);
        String w = t.lower();
        return FunctionWords.ARTICLES_OR_POSSESSIVES.contains(w) || headline && t.isLowerWord()
                && !FunctionWords.NP_BREAKERS.contains(w) && !FunctionWords.COORDINATORS.contains(w) && !ClauseShapes.isAdverb(t);
    }

    /** "The leaders agreed on a ceasefire": in a readout what was agreed is the statement. */
    static boolean on(List<Token> tokens, Cue cue, int end) {
        return single(tokens, cue, end) && tokens.get(cue.endToken()).is("on");
    }

    /**
     * "Dan Berg agreed with Lund about the winner", "The pilots' union agrees with the mayor": a view shared with
     * someone is the speaker's too; with a that-clause after the person the clause is what was said ({@link #withThat}).
     */
    static boolean with(List<Token> tokens, Cue cue, Sentence s, int end) {
        return single(tokens, cue, end) && tokens.get(cue.endToken()).is("with") && !withThat(tokens, cue, s, end);
    }

    /**
     * "agreed with the mayor that the pier is safe": whom the speaker agrees with, then the view in a that-clause
     * (found as after any cue, {@link ContentStart#startAfterCue}). A "that" before a verb is a relative:
     * "agreed with the plan that was passed".
     */
    static boolean withThat(List<Token> tokens, Cue cue, Sentence s, int end) {
        if (!single(tokens, cue, end) || !tokens.get(cue.endToken()).is("with")) {
            return false;
        }
        int from = ContentStart.startAfterCue(tokens, cue, end);
        return from > cue.endToken() + 2 && tokens.get(from - 1).is("that") && !ObjectComplement.relativeVerb(tokens, from, s);
    }

    private static boolean single(List<Token> tokens, Cue cue, int end) {
        return cue.endToken() + 1 < end && cue.endToken() - cue.firstToken() == 1
                && tokens.get(cue.firstToken()).lower().startsWith("agree");
    }
}
