package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Cue words that give no words of anyone's, asked by {@link CueSense}: a cue in a question its governing verb leaves
 * unanswered ("did not say when Lund would announce it"), a raised voice with only its place after it ("chanted
 * outside the gates"), a request for an answer ("asked X to confirm how many", "to report back on whether"), a question
 * pointed back to ("Two drivers asked the same question at the depot"), and the noun "appeal" ("holds particular
 * appeal for").
 */
final class WordsNotGiven {

    /** The pasts of {@link Refusals#UNSAID} verbs after a perfect's negation: "has not said when". */
    private static final Set<String> UNSAID_PASTS = WordSet.of("said", "told", "specified", "disclosed", "revealed",
            "explained", "indicated");
    /** Verbs of a raised voice, whose words are only ever quoted. */
    private static final List<String> SHOUTED = List.of("chant", "shout", "yell", "scream");
    /** Prepositions of place or time right after a raised voice: "chanted outside the gates". */
    private static final Set<String> PLACES = WordSet.of("outside", "inside", "in", "at", "near", "along", "across",
            "through", "around", "on", "from", "behind", "beside", "during", "for", "as");

    /** Prepositions that take a question as the topic of a verb of saying: "comment on whether", "speculate about why". */
    private static final Set<String> TOPIC_OF_QUESTION = WordSet.of("on", "about");
    /** What points a question back to one already told: "asked that question", "asked the same question". */
    private static final Set<String> POINTING = WordSet.union(List.of(FunctionWords.DEMONSTRATIVES), "same");
    /** How often a listener was asked: "most often", "many times", "often". */
    private static final Set<String> OFTEN = WordSet.of("most", "more", "often", "many", "times", "frequently", "repeatedly");
    /** The longest listener read between "asked" and its "to": "the wildlife authority of Marrakai". */
    private static final int LISTENER_TOKENS = 6;

    private WordsNotGiven() {
    }

    /**
     * "He did not say when Lund would announce its response", "declined to say whether the board would comment",
     * "declined to comment on whether it would seek damages": the cue at {@code i} stands in a question its governing
     * verb leaves unanswered, what may be said some day.
     */
    static boolean unansweredQuestion(List<Token> t, int i, Sentence s) {
        int stop = Math.max(s.firstToken() + 1, i - Windows.CLAUSE_SUBJECT_TOKENS);
        for (int k = i - 1; k >= stop && t.get(k).isWord(); k--) {
            if (FunctionWords.QUESTION_WORDS.contains(t.get(k).lower())) {
                // "declined to comment on whether": the question may be the topic of the verb refused.
                int v = k - 2 >= s.firstToken() && TOPIC_OF_QUESTION.contains(t.get(k - 1).lower()) ? k - 2 : k - 1;
                String verb = t.get(v).lower();
                return (Refusals.UNSAID.contains(verb) || UNSAID_PASTS.contains(verb)) && Refusals.negated(t, v, 1, s);
            }
        }
        return false;
    }

    /**
     * "asked the Department to confirm how many grants were repaid", "asked Lund to explain why", "asked staff to report
     * back by June on whether", "requested staff to report back on whether": a request for an answer not yet given, no words of the asker's; {@code next} is the token after the cue.
     */
    static boolean answerRequested(List<Token> t, String w, int next, Sentence s) {
        if (!w.startsWith("ask") && !w.startsWith("request")) {
            return false;
        }
        for (int k = next; k + 2 < s.endToken() && k - next <= LISTENER_TOKENS; k++) {
            if (t.get(k).is("to")) {
                return Refusals.UNSAID.contains(t.get(k + 1).lower()) && FunctionWords.QUESTION_WORDS.contains(t.get(k + 2).lower())
                        || t.get(k + 1).is("report") && t.get(k + 2).is("back") && questionAhead(t, k + 3, s);
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the questions readers have asked us most often.", "she asked him again.": a listener and how often, to the
     * sentence's end, is no request and no question given; the question is the noun before, or elsewhere. A quotation
     * before the cue ("“But why?” the reporter asked him.") is the question.
     */
    static boolean listenerOnly(List<Token> t, String w, int i, int next, Sentence s) {
        if (!w.startsWith("ask") || next >= s.endToken() || !FunctionWords.OBJECT_PRONOUNS.contains(t.get(next).lower())) {
            return false;
        }
        // The quotation may close a sentence of its own ("“Who pays?” Vik asked him.").
        for (int k = Math.max(0, i - Windows.PHRASE_TOKENS); k < i; k++) {
            if (t.get(k).type() == Token.Type.QUOTE) {
                return false;
            }
        }
        for (int k = next + 1; k < Math.min(s.endToken(), next + 1 + LISTENER_TOKENS); k++) {
            Token tok = t.get(k);
            if (k == s.endToken() - 1 && tok.closesSentence()) {
                return true;
            }
            if (!tok.isLowerWord() || !FunctionWords.ADVERBS.contains(tok.lower()) && !OFTEN.contains(tok.lower())) {
                return false;
            }
        }
        return next + 1 == s.endToken();
    }

    /**
     * "Several riders asked that question at the hearing", "Two drivers asked the same question": the question, told
     * before, is only pointed back to, and not given after a colon or in quotation marks; the cue word is token {@code i}, a "that" after
     * it read as its own or not.
     */
    static boolean questionPointedBack(List<Token> t, String w, int i, Sentence s) {
        int k = i + 1;
        if (!w.startsWith("ask") || k + 1 >= s.endToken()) {
            return false;
        }
        if (t.get(k).is("the") && k + 2 < s.endToken()) {
            k++;
        }
        if (!POINTING.contains(t.get(k).lower()) || !t.get(k + 1).lower().startsWith("question")) {
            return false;
        }
        // The question given after all comes within a phrase of "question"; a bound keeps a run-on text linear.
        for (int j = k + 2; j < Math.min(s.endToken(), k + 2 + Windows.PHRASE_TOKENS); j++) {
            if (t.get(j).is(":") || t.get(j).type() == Token.Type.QUOTE) {
                // "asked the same question: why now?": the question is given after all.
                return false;
            }
        }
        return true;
    }

    /**
     * "by the spring on whether", "within a month on how": a question word after a few words of time and topic, before
     * any comma or clause.
     */
    private static boolean questionAhead(List<Token> t, int from, Sentence s) {
        for (int k = from; k < Math.min(s.endToken(), from + LISTENER_TOKENS); k++) {
            if (FunctionWords.QUESTION_WORDS.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord() || t.get(k).is("that")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "chanted outside the headquarters", "shouted in the street": where they were loud, and no quotation, colon or
     * "that" in the sentence gives the words ("“No!” the crowd shouted from the street" has them before).
     */
    static boolean placeOfShout(List<Token> t, int i, int next, Sentence s) {
        String w = t.get(i).lower();
        if (!WordForms.startsWithAny(w, SHOUTED) || next >= s.endToken() || !PLACES.contains(t.get(next).lower())) {
            return false;
        }
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (t.get(k).type() == Token.Type.QUOTE || t.get(k).is(":") || t.get(k).is("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "may hold particular appeal for Republicans", "broad appeals for calm": a bare form after a lower-case word that
     * can be neither its subject nor an auxiliary or adverb is the noun.
     */
    static boolean appealNoun(List<Token> t, int i, Sentence s) {
        String w = t.get(i).lower();
        if (!(w.equals("appeal") || w.equals("appeals")) || i == s.firstToken()) {
            return false;
        }
        Token prev = t.get(i - 1);
        String p = prev.lower();
        return prev.isLowerWord() && !FunctionWords.SUBJECT_PRONOUNS.contains(p) && !p.equals("who")
                && !p.equals("to") && !ClauseShapes.isAdverb(prev);
    }
}
