package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A modal that turns a cue into advice or a duty, no statement: "Motorists should expect long queues" tells readers what
 * to expect, and "Tenants must show that the flat was damp" says what the rules ask of them. "Economists expect a cut"
 * and "The survey shows that tenants left" stay.
 */
final class ModalSenses {

    /** The modals of advice and of what is likely: "should expect", "can expect". */
    private static final Set<String> ADVICE = WordSet.union(List.of(FunctionWords.POSSIBILITY_OR_DUTY_MODALS), "can");
    /** What precedes "to" in a duty: "have to show", "has to show", "need to show". */
    private static final Set<String> DUTY_LEADS = WordSet.union(List.of(FunctionWords.HAVE_FORMS), "need", "needs");
    /** What makes a singular noun any one of a class: "a juror must declare", "every member must disclose". */
    private static final Set<String> ANY_ONE = WordSet.of("a", "an", "every", "each", "any");

    private ModalSenses() {
    }

    /**
     * "drivers should expect delays": "expect" at {@code i} after a modal, its object a thing, no "to" after it within a
     * phrase before a comma; "could expect many of them to defect" and "can expect him to take risks" predict what others do.
     */
    static boolean advice(List<Token> t, int i, int next, Sentence s) {
        if (i <= s.firstToken() || !ADVICE.contains(t.get(i - 1).lower()) || next >= s.endToken() || !t.get(next).isWord()
                || t.get(next).isCapitalized() || FunctionWords.OBJECT_PRONOUNS.contains(t.get(next).lower()) || t.get(next).is("that")) {
            return false;
        }
        // A prediction's "to" follows its object within a phrase; a bound keeps a run-on text linear.
        for (int k = next; k < Math.min(s.endToken(), next + Windows.PHRASE_TOKENS) && !t.get(k).is(","); k++) {
            if (t.get(k).is("to")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "applicants must show that ...", "owners have to show that ...": what the rules ask of a class of people, the
     * verb at {@code i}; "Sanders must show he is ready" is a named person's test, which stays.
     */
    static boolean duty(List<Token> t, int i, Sentence s) {
        if (i <= s.firstToken()) {
            return false;
        }
        int modal = t.get(i - 1).is("must") ? i - 1
                : i - 1 > s.firstToken() && t.get(i - 1).is("to") && DUTY_LEADS.contains(t.get(i - 2).lower()) ? i - 2 : -1;
        if (modal <= s.firstToken()) {
            return false;
        }
        String subject = t.get(modal - 1).lower();
        // A plural noun, capitalised only where it opens the sentence: "Tenants must show", not "Sanders must show"; or
        // any one of a class: "a juror must declare", "every member must disclose".
        return (modal - 1 == s.firstToken() || !t.get(modal - 1).isCapitalized()) && (subject.endsWith("s")
                && !WordForms.singular(subject).equals(subject) || anyOne(t, modal - 1, s));
    }

    /** "a juror", "each new member": a common noun at {@code noun} after "a", "every", "each" or "any". */
    private static boolean anyOne(List<Token> t, int noun, Sentence s) {
        for (int k = noun - 1; k >= Math.max(s.firstToken(), noun - Windows.NOUN_PHRASE_WORDS); k--) {
            if (ANY_ONE.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isLowerWord()) {
                return false;
            }
        }
        return false;
    }
}
