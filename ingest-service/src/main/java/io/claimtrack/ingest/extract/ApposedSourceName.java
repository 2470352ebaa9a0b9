package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "According to the chief engineer of the water board, Halvard Pemberley, the mains will last": a person's name set off
 * by commas after a fronted source's description is who it is (the speaker, the description its role), no part of what was
 * said; part of {@link AccordingTo}.
 */
final class ApposedSourceName {

    /** Most words of a name in apposition: "Maria del Carmen Ruiz". */
    private static final int MAX_NAME_TOKENS = 4;

    private ApposedSourceName() {
    }

    /**
     * The end (exclusive) of a name of two to four capitalised words that opens at {@code from}, after the description's
     * comma, and closes with a comma before a clause of its own; -1 if there is none.
     */
    static int end(List<Token> tokens, int from, int end) {
        int k = from;
        while (k < end && k - from < MAX_NAME_TOKENS && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        // One capitalised word ("Lowgate, ...") may be a place the clause opens with; a name has two.
        // "According to a summary, Ann Lind, a senior aide, wrote": a name with its own apposition is the clause's subject.
        boolean named = k - from >= 2 && k + 1 < end && tokens.get(k).is(",") && !tokens.get(k + 1).is("a") && !tokens.get(k + 1).is("an");
        return named && k + 1 + Windows.MIN_CONTENT_TOKENS < end ? k : -1;
    }
}
