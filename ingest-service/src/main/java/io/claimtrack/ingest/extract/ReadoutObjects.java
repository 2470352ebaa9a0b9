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
    /** Misgivings a speaker raises: "raised concerns about", "raised doubts over". */
    private static final Set<String> MISGIVINGS = WordSet.of("concern", "concerns", "doubts", "objections", "fears");
    /** "drew attention to himself": the speaker made himself noticed and said nothing. */
    private static final Set<String> REFLEXIVES = WordSet.union(List.of(FunctionWords.REFLEXIVE_PRONOUNS), "oneself");
    /** Words that end the verb's own object before "attention": another object or a clause of its own. */
    private static final Set<String> NOT_IN_OBJECT = WordSet.of("that", "to", "for", "and", "or", "but", "in", "on",
            "at", "with", "by", "from", "about", "as", "away");

    private ReadoutObjects() {
    }

    /** The index after the cue when the verb at {@code i} opens one of these objects, else -1. */
    static int cueEnd(List<Token> t, int i, Sentence s) {
        int attention = attentionEnd(t, i, s);
        return attention > 0 ? attention : raisedTopicEnd(t, i, s);
    }

    /**
     * "Arslan raised the issue of water allocation": the verb alone is the cue and the topic with its of-phrase what
     * was said. Not the participle ("..., raising the question of whether ..." is what an event does) nor an
     * infinitive.
     */
    private static int raisedTopicEnd(List<Token> t, int i, Sentence s) {
        if (!RAISE.contains(t.get(i).lower()) || i > s.firstToken() && t.get(i - 1).is("to")) {
            return -1;
        }
        boolean topic = i + 4 < s.endToken() && topicAt(t, i + 1);
        return topic || !t.get(i).is("raise") && misgivingAt(t, i + 1, s) ? i + 1 : -1;
    }

    /** "the issue of", "the case of" at {@code k}: the topic a speaker raised, with its of-phrase. */
    static boolean topicAt(List<Token> t, int k) {
        return k + 2 < t.size() && t.get(k).is("the") && TOPICS.contains(t.get(k + 1).lower()) && t.get(k + 2).is("of");
    }

    /**
     * "raised concerns.", "raised serious concerns about ground support", "has raised doubts over": a misgiving
     * voiced, after one modifier at most; the base form ("would prefer that they raise any concerns") voices none yet. "raised questions" stays with the light verbs ({@link LightVerbCue}) when
     * a clause follows.
     */
    private static boolean misgivingAt(List<Token> t, int k, Sentence s) {
        if (k + 1 < s.endToken() && t.get(k).isLowerWord() && !MISGIVINGS.contains(t.get(k).lower())) {
            k++;
        }
        return k < s.endToken() && MISGIVINGS.contains(t.get(k).lower())
                && (k + 1 >= s.endToken() || !t.get(k + 1).is("that"));
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
