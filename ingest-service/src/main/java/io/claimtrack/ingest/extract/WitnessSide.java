package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Mr. Kell gave evidence for the landlord.", "A nurse gave evidence against the hospital on Monday.": the side a
 * witness was called by, an act; what the witness said follows in its own sentences. So is "Two residents gave evidence
 * about their own illnesses": a topic, no content. "gave evidence for two hours that the wall was unsafe" keeps its
 * clause. Asked by {@link NothingSaid}.
 */
final class WitnessSide {

    /** The prepositions that name the side: "for the tenants", "against the council". */
    private static final Set<String> SIDES = WordSet.of("for", "against");
    /** The prepositions of what the evidence was about: "about the outbreak", "on the night of the fire". */
    private static final Set<String> TOPICS = WordSet.of("about", "on", "regarding");

    private WitnessSide() {
    }

    /** Whether the cue ending before {@code next} is "evidence" followed by the side or topic and nothing it said. */
    static boolean calledFor(List<Token> t, int next, Sentence s) {
        if (next + 1 >= s.endToken() || !t.get(next - 1).is("evidence") || !SIDES.contains(t.get(next).lower())
                && !TOPICS.contains(t.get(next).lower())) {
            return false;
        }
        // What was said follows the side or topic within an adjunct's length; a run-on sentence is not read to its end.
        for (int k = next + 1; k < s.endToken() && k - next <= Windows.ADJUNCT_BEFORE_THAT_TOKENS; k++) {
            Token tok = t.get(k);
            if (tok.is("that") || tok.is(":") || tok.type() == Token.Type.QUOTE) {
                return false;
            }
        }
        return true;
    }
}
