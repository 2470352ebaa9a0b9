package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "The Board accepts Ms. Orr's evidence that the gate was locked", "accepted the pilot's account that": a tribunal's
 * position on a witness's evidence, a finding whose content is that evidence with its clause (issue 9); "accepted
 * Orr's resignation" and "accepts the evidence" with no clause after it keep a thing. Asked by {@link CueSense}.
 */
final class AcceptedEvidence {

    /** What a witness gives that a tribunal accepts or rejects. */
    private static final Set<String> EVIDENCE = WordSet.of("evidence", "testimony", "account", "explanation");

    private AcceptedEvidence() {
    }

    /** Whether a possessed evidence noun and "that" follow the verb at token {@code k}, before token {@code end}. */
    static boolean follows(List<Token> t, int k, int end) {
        for (int j = k + 1; j + 1 < end && j < k + Windows.PHRASE_TOKENS; j++) {
            if (EVIDENCE.contains(t.get(j).lower())) {
                String owner = t.get(j - 1).lower();
                return (Mentions.isPossessive(owner) || FunctionWords.POSSESSIVES.contains(owner)) && t.get(j + 1).is("that");
            }
            if (!t.get(j).isWord() && !t.get(j).is(".")) {
                return false;
            }
        }
        return false;
    }
}
