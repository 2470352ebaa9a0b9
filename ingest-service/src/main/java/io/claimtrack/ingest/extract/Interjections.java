package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * "Some hon. members: Hear, hear!", "An hon. member: Shame!": a Hansard's record of members calling out from their
 * seats. It labels a paragraph of the transcript, so the turn before it ends there, and says nothing of any one
 * member's ({@link SpeakerColonStage}).
 */
final class Interjections {

    /** Who calls out: "Some hon. members", "An hon. member", "Several hon. members". */
    private static final Set<String> CALLERS = WordSet.of("some", "an", "several", "many", "other");
    private static final Set<String> MEMBERS = WordSet.of("member", "members");

    private Interjections() {
    }

    /** Whether the sentence opens with an interjection's label: "[Some] hon. member(s):". */
    static boolean label(AttributionContext ctx, Sentence s) {
        int k = s.firstToken();
        if (k < s.endToken() && CALLERS.contains(ctx.tokens.get(k).lower())) {
            k++;
        }
        return k + 3 < s.endToken() && ctx.tokens.get(k).is("hon") && ctx.tokens.get(k + 1).is(".")
                && MEMBERS.contains(ctx.tokens.get(k + 2).lower()) && ctx.tokens.get(k + 3).is(":");
    }
}
