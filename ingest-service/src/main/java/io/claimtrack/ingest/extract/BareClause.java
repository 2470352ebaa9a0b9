package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A that-clause without its "that": "knows Sanders will run", "is sure the vote was rigged", "shows he won".
 * Its subject opens right after the verb or adjective and its finite verb follows within a few words; "knows
 * the area", "showed him the door", "is sure to win" have none.
 */
final class BareClause {

    /** Words that open such a clause: subject pronouns and determiners; a capitalised name also does. */
    private static final Set<String> OPENERS = WordSet.union(List.of(FunctionWords.POSSESSIVES), "he", "she", "they",
            "we", "i", "you", "there", "the", "this", "these", "those", "most", "many", "some", "few");
    /** Finite verbs and auxiliaries: the words after the opener are a clause of their own. */
    /** With the verbs of a contest's result, which headlines give bare: "Holm leads Lind by four points". */
    private static final Set<String> FINITE = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "won", "lost",
            "led", "leads", "trails", "trailed");

    private BareClause() {
    }

    /** Whether a clause with its own subject and finite verb opens at token {@code from}. */
    static boolean opensAt(List<Token> t, int from, Sentence s) {
        if (from >= s.endToken()) {
            return false;
        }
        Token opener = t.get(from);
        if (PhraseShapes.contractedPronoun(opener) > 0) {
            // "knows they're being spun": the pronoun and its verb in one word.
            return true;
        }
        return (OPENERS.contains(opener.lower()) || opener.isCapitalized() && opener.isWord()) && finiteAfter(t, from, s.endToken());
    }

    /**
     * "predicted about one-third of the vote will be cast early", "warned about 40 percent of the wells are dry":
     * "about" before a figure hedges the subject of a clause that opens at token {@code from}; "complained about 40
     * percent rent rises" and "talked about half the night" have no finite verb after it, and "about" names the topic.
     */
    static boolean hedgedFigureOpens(List<Token> t, int from, int end) {
        return t.get(from).is("about") && Quantities.hedgedFigure(t, from, end) && finiteAfter(t, from + 1, end);
    }

    /**
     * "submitted that online-only consultations exclude", "holds that tenants lose": a plural noun, which the determiner
     * "that" cannot take, with a lower-case word after it opens a clause at token {@code from} (the word after "that");
     * "submitted that report to the board", "held that view for years" keep a thing.
     */
    static boolean pluralSubjectOpens(List<Token> t, int from, int end) {
        for (int k = from; k + 1 < Math.min(end, from + Windows.BARE_CLAUSE_VERB_TOKENS); k++) {
            Token tok = t.get(k);
            if (!tok.isWord() && !tok.is("-") || tok.isCapitalized()) {
                return false;
            }
            Token verb = t.get(k + 1);
            if (tok.isWord() && WordForms.pluralShape(tok.lower())) {
                return verb.isLowerWord() && !FunctionWords.NP_BREAKERS.contains(verb.lower());
            }
        }
        return false;
    }

    /** Whether a finite verb follows token {@code from} within a few words, before any punctuation but a period or hyphen. */
    private static boolean finiteAfter(List<Token> t, int from, int end) {
        for (int k = from + 1; k < Math.min(end, from + 1 + Windows.BARE_CLAUSE_VERB_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.type() == Token.Type.PUNCT && !tok.is(".") && !tok.is("-")) {
                return false;
            }
            String lower = tok.lower();
            if (FINITE.contains(lower) || PhraseShapes.negativeContraction(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "said nothing had changed", "said nothing was decided": "nothing" is the subject of the clause said, its verb
     * right after it; "said nothing about the fares", "said nothing." say nothing.
     */
    static boolean nothingOpens(List<Token> t, int from, Sentence s) {
        if (from + 1 >= s.endToken() || !t.get(from).is("nothing")) {
            return false;
        }
        String verb = t.get(from + 1).lower();
        return FINITE.contains(verb) || PhraseShapes.negativeContraction(verb) || verb.endsWith("ed") && t.get(from + 1).isWord();
    }
}
