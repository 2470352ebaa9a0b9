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
    private static final Set<String> DUTY_LEADS = WordSet.of("have", "has", "had", "need", "needs");

    private ModalSenses() {
    }

    /** "drivers should expect delays": "expect" at {@code i} after a modal, its object a noun, not "that" or "to". */
    static boolean advice(List<Token> t, int i, int next, Sentence s) {
        return i > s.firstToken() && ADVICE.contains(t.get(i - 1).lower()) && next < s.endToken() && t.get(next).isWord()
                && !t.get(next).is("that") && !t.get(next).is("to");
    }

    /** "applicants must show that ...", "owners have to show that ...": a duty, not a finding; the verb at {@code i}. */
    static boolean duty(List<Token> t, int i, Sentence s) {
        return i > s.firstToken() && (t.get(i - 1).is("must")
                || i - 1 > s.firstToken() && t.get(i - 1).is("to") && DUTY_LEADS.contains(t.get(i - 2).lower()));
    }
}
