package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Phrases that lead to an infinitive cue as a catenative verb does, the speaker their subject: "went so far as to say",
 * "went out of her way to say", "was prompted to say", "took to the radio to say", "is taking pains to say", a poll's
 * "voters were more likely to say".
 * {@link ClauseShapes#infinitiveAfter} asks it when the word before the "to" is no catenative of its own.
 */
final class InfinitiveFrames {

    private static final Set<String> GO = WordSet.of("go", "goes", "went", "gone", "going");
    private static final Set<String> TAKE = WordSet.of("take", "takes", "took", "taken", "taking");
    /** Participles of being moved to speak, after a form of "be" or "felt": "was prompted to say", "felt compelled to add". */
    private static final Set<String> MOVED = WordSet.of("prompted", "moved", "compelled");
    private static final Set<String> MOVED_AFTER = WordSet.union(List.of(FunctionWords.BE_FORMS), "been", "felt", "feel", "feels");
    /**
     * A comparison of how likely a group is to give an answer: "voters were more likely to say"; "more likely to
     * support" compares what they do.
     */
    private static final Set<String> COMPARED = WordSet.of("more", "less");
    /** How far a medium taken to may run: "took to Twitter to", "took to the Senate floor to". */
    private static final int MEDIUM_WORDS = 3;

    private InfinitiveFrames() {
    }

    /** The index of the frame's verb when token {@code to} ends such a phrase; -1 otherwise. */
    static int verbBefore(List<Token> t, int to, int first) {
        int k = to - 1;
        if (k - 3 >= first && t.get(k).is("as") && t.get(k - 1).is("far") && t.get(k - 2).is("so") && GO.contains(t.get(k - 3).lower())) {
            return k - 3;
        }
        if (k - 4 >= first && t.get(k).is("way") && FunctionWords.POSSESSIVES.contains(t.get(k - 1).lower())
                && t.get(k - 2).is("of") && t.get(k - 3).is("out") && GO.contains(t.get(k - 4).lower())) {
            return k - 4;
        }
        if (k - 1 >= first && MOVED.contains(t.get(k).lower()) && MOVED_AFTER.contains(t.get(k - 1).lower())) {
            return k;
        }
        if (k - 1 >= first && t.get(k).is("pains") && TAKE.contains(t.get(k - 1).lower())) {
            return k - 1;
        }
        if (k - 2 >= first && to + 1 < t.size() && t.get(to + 1).is("say") && t.get(k).is("likely")
                && COMPARED.contains(t.get(k - 1).lower()) && afterBe(t, k - 2, first)) {
            return k - 1;
        }
        return medium(t, to, first);
    }

    /** A form of "be" at {@code k}, past adverbs in -ly ("were slightly", "are generally"). */
    private static boolean afterBe(List<Token> t, int k, int first) {
        while (k > first && ClauseShapes.lyAdverb(t.get(k))) {
            k--;
        }
        return FunctionWords.BE_FORMS.contains(t.get(k).lower());
    }

    /** "took to Twitter to say", "took to the airwaves to say": the medium is a few words with no punctuation. */
    private static int medium(List<Token> t, int to, int first) {
        for (int k = to - 2; k - 1 >= first && k >= to - 1 - MEDIUM_WORDS; k--) {
            if (!t.get(k + 1).isWord()) {
                return -1;
            }
            if (t.get(k).is("to") && TAKE.contains(t.get(k - 1).lower())) {
                return k - 1;
            }
        }
        return -1;
    }
}
