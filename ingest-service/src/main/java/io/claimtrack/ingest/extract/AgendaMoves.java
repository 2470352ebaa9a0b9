package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * "PRESIDENT: Good. Now about the schools.", "CHAIR: Fine. Next, the budget.", "Thank you. Now the harbour.": a chair
 * moving the meeting on to its next topic asserts nothing, as "Ms Holm, please." does not. Only a short phrase with no
 * verb after "now" or "next", behind acknowledgements at most: "Now the schools are safe" is a statement.
 */
final class AgendaMoves {

    private static final Set<String> MOVES = WordSet.of("now", "next");
    /** One-word acknowledgements before the move: "Fine.", "Right.". */
    private static final Set<String> ACKNOWLEDGEMENTS = WordSet.of("good", "fine", "right", "ok", "okay", "well",
            "excellent", "agreed");
    /** The longest topic after the move word: "Now about the new fishing quotas". */
    private static final int TOPIC_WORDS = 5;

    private AgendaMoves() {
    }

    /** Whether the turn's words, tokens {@code [from, to)}, are only a move to the next topic. */
    static boolean only(AnnotatedDocument doc, int from, int to) {
        int k = from;
        while (k + 2 < to) {
            Sentence s = doc.sentenceAt(doc.tokens.get(k).start());
            if (ACKNOWLEDGEMENTS.contains(doc.tokens.get(k).lower()) && doc.tokens.get(k + 1).is(".")) {
                k += 2;
            } else if (s != null && s.endToken() < to && Turns.courtesyOnly(doc, s.start(), s.end())) {
                k = s.endToken();
            } else {
                break;
            }
        }
        return move(doc, k, to);
    }

    private static boolean move(AnnotatedDocument doc, int from, int to) {
        int k = from < to && doc.tokens.get(from).is("and") ? from + 1 : from;
        if (k >= to || !MOVES.contains(doc.tokens.get(k).lower())) {
            return false;
        }
        k++;
        if (k < to && doc.tokens.get(k).is(",")) {
            k++;
        }
        if (k < to && (Lexicon.TOPIC_PREPOSITIONS.contains(doc.tokens.get(k).lower()) || doc.tokens.get(k).is("to"))) {
            k++;
        }
        int words = 0;
        for (; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (t.isWord() && (++words > TOPIC_WORDS || Lexicon.NP_BREAKERS.contains(t.lower()))) {
                return false;
            }
            if (!t.isWord() && !t.is(".") && !t.is(",")) {
                return false;
            }
        }
        return words > 0;
    }
}
