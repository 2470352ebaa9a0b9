package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "record hail losses wiped out two years of profit", "Heavy hail damaged the orchards": the weather, a noun, where the
 * verb of praise ("Fans hail the ruling", "they hail it as a win") has a plural or pronoun subject before it and its
 * object after. Asked by {@link CueSense} of the bare form only: "hails", "hailed" are the verb's.
 */
final class HailNoun {

    private HailNoun() {
    }

    /** Whether "hail" at token {@code i} is the weather: no subject of the verb before it, a noun's word or none after. */
    static boolean at(List<Token> t, int i, Sentence s) {
        if (!t.get(i).is("hail") || i > s.firstToken() && subjectOrAuxiliary(t.get(i - 1))) {
            return false;
        }
        if (i + 1 >= s.endToken()) {
            return true;
        }
        Token next = t.get(i + 1);
        String w = next.lower();
        // "hail losses", "hail damaged": a compound's head or the noun's own verb; "hail the ruling" takes an object.
        return next.closesSentence() || next.is(",") || next.isLowerWord() && !FunctionWords.DETERMINERS.contains(w)
                && !FunctionWords.OBJECT_PRONOUNS.contains(w) && !FunctionWords.THING_PRONOUNS.contains(w)
                && !FunctionWords.DEMONSTRATIVES.contains(w) && !FunctionWords.NP_BREAKERS.contains(w)
                && !FunctionWords.TOPIC_PREPOSITIONS.contains(w) && !w.equals("as");
    }

    /** "Fans", "they", "would", "to", "openly": what stands before the verb, not before the noun. */
    private static boolean subjectOrAuxiliary(Token prev) {
        String w = prev.lower();
        return FunctionWords.SUBJECT_PRONOUNS.contains(w) || FunctionWords.MODALS.contains(w) || w.equals("to")
                || FunctionWords.DO_FORMS.contains(w) || prev.isWord() && WordForms.endsInSingleS(w) || ClauseShapes.lyAdverb(prev);
    }
}
