package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Readout verbs whose fixed noun object makes them verbs of saying: "drew his counterpart's attention to the fact
 * that ...", "raised the issue of water allocation". Without that object the verbs say nothing ("drew a crowd",
 * "raised taxes").
 */
final class ReadoutObjects {

    private static final Set<String> DRAW = WordSet.of("draw", "draws", "drew", "drawn");
    private static final Set<String> RAISE = WordSet.of("raise", "raises", "raised");
    /** What a speaker raises in talks: "raised the issue of", "raised the case of a detained national". */
    private static final Set<String> TOPICS = WordSet.of("issue", "issues", "case", "cases", "question", "matter", "subject");
    /** "drew attention to himself": the speaker made himself noticed and said nothing. */
    private static final Set<String> REFLEXIVES = Lexicon.words(List.of(Lexicon.REFLEXIVE_PRONOUNS), "oneself");
    /** Words that end the verb's own object before "attention": another object or a clause of its own. */
    private static final Set<String> NOT_IN_OBJECT = WordSet.of("that", "to", "for", "and", "or", "but", "in", "on",
            "at", "with", "by", "from", "about", "as", "away");

    private ReadoutObjects() {
    }

    /** The index after the cue when the verb at {@code i} opens one of these objects, else -1. */
    static int cueEnd(List<Token> t, int i, Sentence s, Lexicon lexicon) {
        int attention = attentionEnd(t, i, s);
        return attention > 0 ? attention : raisedTopicEnd(t, i, s, lexicon);
    }

    /**
     * "Arslan raised the issue of water allocation": the verb alone is the cue and the topic with its of-phrase what
     * was said. Not the participle ("..., raising the question of whether ..." is what an event does) nor an
     * infinitive.
     */
    private static int raisedTopicEnd(List<Token> t, int i, Sentence s, Lexicon lexicon) {
        return RAISE.contains(t.get(i).lower()) && !(i > s.firstToken() && t.get(i - 1).is("to")) && i + 4 < s.endToken()
                && t.get(i + 1).is("the") && TOPICS.contains(t.get(i + 2).lower()) && t.get(i + 3).is("of")
                && !wordsElsewhere(t, i + 4, s, lexicon) ? i + 1 : -1;
    }

    /**
     * "raised the cases of two detained citizens and urged their release": as with a welcome, the second cue gives the
     * words and the raising asserts nothing of its own.
     */
    private static boolean wordsElsewhere(List<Token> t, int from, Sentence s, Lexicon lexicon) {
        for (int k = from; k + 1 < s.endToken() && k < from + Windows.WELCOMED_OBJECT_TOKENS; k++) {
            if (t.get(k).is("and")) {
                return !lexicon.cuesStartingWith(t.get(k + 1).lower()).isEmpty();
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The index after "to" when the verb at {@code i} opens "drew (his counterpart's, particular) attention (of the
     * participants) to ...", else -1. Not an infinitive ("flew there to draw attention to" says why, not what) and
     * not a reflexive after "to".
     */
    private static int attentionEnd(List<Token> t, int i, Sentence s) {
        if (!DRAW.contains(t.get(i).lower()) || i > s.firstToken() && (t.get(i - 1).is("to")
                || t.get(i).is("draw") && (t.get(i - 1).is("and") || t.get(i - 1).is("or")))) {
            // "flew there to swim and draw attention to": the base form after "and" may be a second infinitive.
            return -1;
        }
        int k = modifiersEnd(t, i + 1, s);
        if (k < 0 || !t.get(k).is("attention")) {
            return -1;
        }
        k++;
        if (k < s.endToken() && t.get(k).is("of")) {
            // "drew the attention of the ambassador to ...": whose attention, then what it was drawn to.
            k = modifiersEnd(t, k + 1, s);
        }
        return k >= 0 && k + 1 < s.endToken() && t.get(k).is("to") && t.get(k + 1).isWord()
                && !REFLEXIVES.contains(t.get(k + 1).lower()) ? k + 1 : -1;
    }

    /** The first index from {@code from} that is not a lower-case word of an object's modifiers, or -1 past the window. */
    private static int modifiersEnd(List<Token> t, int from, Sentence s) {
        for (int k = from; k < s.endToken() && k <= from + Windows.LIGHT_VERB_OBJECT_TOKENS; k++) {
            Token tok = t.get(k);
            if (!tok.isWord() || NOT_IN_OBJECT.contains(tok.lower()) || tok.is("attention")) {
                return k;
            }
        }
        return -1;
    }
}
