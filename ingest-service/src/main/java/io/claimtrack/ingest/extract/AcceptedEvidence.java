package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The Board accepts Ms. Orr's evidence that the gate was locked", "accepted the pilot's account that", "I accept the
 * evidence of the pilot, Ms. Orr, that", "I do not accept the Union's submission that": a tribunal's
 * position on a witness's evidence or a party's submission, a finding whose content is that evidence with its clause (issue 9); "accepted
 * Orr's resignation" and "accepts the evidence" with no clause after it keep a thing. Asked by {@link CueSense}.
 */
final class AcceptedEvidence {

    /** What a witness gives, or a party submits, that a tribunal accepts or rejects. */
    private static final Set<String> EVIDENCE = WordSet.of("evidence", "testimony", "account", "explanation", "submission",
            "submissions", "argument", "contention");

    private AcceptedEvidence() {
    }

    /** Whether a possessed evidence noun and "that" follow the verb at token {@code k}, before token {@code end}. */
    static boolean follows(List<Token> t, int k, int end) {
        for (int j = k + 1; j + 1 < end && j < k + Windows.PHRASE_TOKENS; j++) {
            if (EVIDENCE.contains(t.get(j).lower())) {
                String owner = t.get(j - 1).lower();
                return (Mentions.isPossessive(owner) || FunctionWords.POSSESSIVES.contains(owner)) && t.get(j + 1).is("that")
                        || t.get(j + 1).is("of") && witnessThenThat(t, j + 2, end);
            }
            if (!t.get(j).isWord() && !t.get(j).is(".")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the evidence of Ms. Ida Roos that", "the evidence of the crew's captain, Ida Roos, that": a witness named or
     * possessed before the clause; "the evidence of fraud that the audit found" has no witness, its "that" a relative.
     */
    private static boolean witnessThenThat(List<Token> t, int from, int end) {
        boolean witness = false;
        for (int k = from; k < end && k < from + Windows.PHRASE_TOKENS; k++) {
            Token tok = t.get(k);
            if (tok.is("that")) {
                return witness && k > from && (t.get(k - 1).is(",") || t.get(k - 1).isCapitalized());
            }
            if (!tok.isWord() && !tok.is(",") && !tok.is(".")) {
                return false;
            }
            witness |= tok.isCapitalized() || Mentions.isPossessive(tok.lower());
        }
        return false;
    }
}
