package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * An adjunct between the subject and its cue, written without commas: "Holm at the time said", "the union in a
 * statement said", "Berg on Facebook said", "the ministry in a letter to members on Friday said". It says when or
 * where it was said; the speaker phrase ends before it.
 */
final class PreverbalAdjunct {

    /** "at the time", "at that time", "at one point", "at this point": a time that no date word names. */
    private static final Set<String> TIME_DETERMINERS = WordSet.of("the", "that", "this", "one");
    private static final Set<String> TIME_NOUNS = WordSet.of("time", "point");
    /** A relative or subordinate clause before the phrase makes it that clause's own: "those who spoke on radio said". */
    private static final Set<String> CLAUSE_OPENERS = WordSet.union(List.of(FunctionWords.THING_RELATIVES), "who", "whom");

    private PreverbalAdjunct() {
    }

    /** The last token of the subject when the words up to {@code p} end in such an adjunct; else {@code p}. */
    static int before(List<Token> tokens, int p, int first) {
        if (p <= first || !tokens.get(p).isWord()) {
            // "The ministry, in a statement on its website, said": an aside between commas is the asides' to read.
            return p;
        }
        int start = timeStart(tokens, p, first);
        if (start < 0) {
            start = mediumStart(tokens, p, first);
        }
        if (start <= first || !tokens.get(start - 1).isWord() || pastVerb(tokens.get(start - 1))
                || clauseBefore(tokens, start, first)) {
            return p;
        }
        return start - 1;
    }

    /** "at the time", "at one point" ending at {@code p}: the index of "at", or -1. */
    private static int timeStart(List<Token> tokens, int p, int first) {
        return p - 2 >= first && TIME_NOUNS.contains(tokens.get(p).lower())
                && TIME_DETERMINERS.contains(tokens.get(p - 1).lower()) && tokens.get(p - 2).is("at") ? p - 2 : -1;
    }

    /** The leftmost preposition opening a medium phrase that runs to {@code p} ("in a Medium post"), or -1. */
    private static int mediumStart(List<Token> tokens, int p, int first) {
        int found = -1;
        for (int k = p - 1; k > first && p - k < Windows.TRAILING_MEDIUM_TOKENS; k--) {
            if (tokens.get(k).is(",") || tokens.get(k).type() == Token.Type.QUOTE) {
                break;
            }
            if (MediumTail.only(tokens, k, p + 1)) {
                found = k;
            }
        }
        return found;
    }

    /** "Carson appeared on Sunday interview shows": a verb before the phrase makes it that verb's, no subject's. */
    private static boolean pastVerb(Token t) {
        return t.isLowerWord() && t.lower().endsWith("ed");
    }

    private static boolean clauseBefore(List<Token> tokens, int start, int first) {
        for (int k = start - 1; k >= first && start - k <= Windows.PHRASE_TOKENS; k--) {
            if (CLAUSE_OPENERS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
