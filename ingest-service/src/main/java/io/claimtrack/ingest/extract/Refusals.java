package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A cue negated or refused, and a refusal after a speaker's words: "did not say", "declined to comment", "..., but
 * offered no evidence": nothing was said. Asked by {@link CueSense} and {@link ReportedContent}.
 */
final class Refusals {

    /** "declined to say", "refused to comment": what follows was not said. */
    static final Set<String> REFUSALS = WordSet.of("declined", "declines", "refused", "refuses", "refusing",
            "declining");
    /**
     * Verbs of saying whose refusal leaves nothing said: "declined to comment", "refused to answer", "refused to blame
     * the referee" (no blame was laid).
     */
    static final Set<String> UNSAID = WordSet.of("say", "tell", "comment", "answer", "discuss", "elaborate",
            "specify", "disclose", "confirm", "reveal", "identify", "name", "explain", "address", "respond", "speculate",
            "blame", "criticise", "criticize", "fault");
    /** What a speaker may be said to have withheld besides saying: "did not recommend charges", "would not offer details". */
    private static final Set<String> WITHHELD = WordSet.of("suggest", "recommend", "offer", "provide", "give");
    /** The speaker named again before the refusal: "but she did not say". */
    private static final Set<String> PERSON_SUBJECTS = WordSet.of("he", "she", "they");
    /** Auxiliaries of a negated clause whose verb follows in its base form: "did not say", "would not offer". */
    private static final Set<String> BASE_FORM_AUXILIARIES = WordSet.union(List.of(FunctionWords.DO_FORMS,
            FunctionWords.MODALS));
    private static final Set<String> NEGATIONS = WordSet.of("not", "never", "no");

    private Refusals() {
    }

    /**
     * "... would include an emergency provision but did not say what it would cover", "but declined to provide a
     * list", "but she did not say by how much", "but offered no evidence": after "but" at {@code k} the speaker's own next clause withholds
     * something. That is the narrator's report of a refusal, not part of what was said: reported content ends before.
     * With {@code refusalOnly} only "declined/refused to ..." counts: after "and" a negated auxiliary ("and would not
     * say") may still be the reported subject's.
     */
    static boolean withheldAfter(List<Token> t, int k, int end, boolean refusalOnly) {
        int v = k + 1;
        if (v < end && PERSON_SUBJECTS.contains(t.get(v).lower())) {
            // "..., but she did not say by how much": the speaker named again as the refusal's subject.
            v++;
        }
        if (v + 1 >= end) {
            return false;
        }
        if (PositionObjects.offeredNothing(t, v, end)) {
            // "..., but offered no evidence": the narrator's note on what the speaker left out.
            return true;
        }
        int to = REFUSALS.contains(t.get(v).lower()) ? afterDay(t, v + 1, end) : -1;
        int negated = refusalOnly ? -1 : PhraseShapes.afterNegatedAuxiliary(t, v, end, BASE_FORM_AUXILIARIES);
        if (to > 0 && to < end && t.get(to).is("to")) {
            v = to + 1;
        } else if (negated > 0) {
            v = negated;
        } else {
            return false;
        }
        int adverbs = v;
        while (v < end && v - adverbs < Windows.ADVERB_RUN && t.get(v).lower().endsWith("ly")) {
            v++;
        }
        return v < end && (UNSAID.contains(t.get(v).lower()) || WITHHELD.contains(t.get(v).lower()));
    }

    /**
     * The token after a day at {@code k} ("declined on Thursday to say", "refused Monday to", "agreed on Saturday to
     * cut", "agreed in November 2034 to buy"), or {@code k}.
     */
    static int afterDay(List<Token> t, int k, int end) {
        int d = k < end && (t.get(k).is("on") || t.get(k).is("in")) ? k + 1 : k;
        if (d >= end || !Mentions.isDateWord(t.get(d).lower())) {
            return k;
        }
        // "agreed in November 2034 to buy": a month's year says when too.
        return d + 1 < end && t.get(d + 1).type() == Token.Type.NUMBER && t.get(d + 1).text().length() == 4 ? d + 2 : d + 1;
    }

    /**
     * "did not specify", "hasn't said", "declined to say", "would not immediately comment": nothing was said. "did not
     * rule out" says something is possible: only a refusal ("declined to rule out") leaves it unsaid; "does not accept
     * Ms. Orr's evidence that A" and "does not accept that A" find against it, and "does not accept the panel's second
     * finding" takes a position.
     */
    static boolean negated(List<Token> t, int i, int words, Sentence s) {
        boolean ruleOut = words == 2 && t.get(i).lower().startsWith("rul") && t.get(i + 1).is("out");
        int k = i - 1;
        while (k >= s.firstToken() && t.get(k).lower().endsWith("ly")) {
            k--;
        }
        if (k < s.firstToken()) {
            return false;
        }
        String prev = t.get(k).lower();
        if (NEGATIONS.contains(prev) || PhraseShapes.negativeContraction(prev)) {
            // "does not accept the Authority's evidence that A", "does not accept that A", "does not accept
            // recommendation 2": a finding the other way, a position on a claim or on advice, said.
            return !ruleOut && !(t.get(i).lower().startsWith("accept") && (i + 1 < s.endToken() && t.get(i + 1).is("that")
                    || AcceptedEvidence.follows(t, i, s.endToken()) || PositionObjects.adviceAccepted(t, i, s)));
        }
        return prev.equals("to") && k > s.firstToken() && REFUSALS.contains(t.get(k - 1).lower());
    }
}
