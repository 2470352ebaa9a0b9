package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Sentences that close a briefing's last turn and assert nothing: a refusal to tell ("I am not going to tell you what
 * happened in the room.", "I will not go into the talks.", "I'm not going to get into that."), a question put off ("Ask me in 2040."), thanks on condition
 * that no one asks more ("If there are no more questions, thank you all.") and when the next sitting is ("The next
 * briefing will be on 4 May.", "We'll be back on Monday.") and a deflection ({@link Deflections}: "I have nothing to
 * announce today."). {@link AgendaMoves} asks them of each sentence of a turn, which says nothing when all of its
 * sentences are such.
 */
final class ClosingTurns {

    /** Gatherings whose next one a closing turn announces: "The next briefing will be on Monday". */
    private static final Set<String> SITTINGS = WordSet.of("briefing", "meeting", "session", "sitting", "hearing",
            "update", "conference");
    /** What opens the next sitting's time or place: "on Monday", "at noon", "in Dalsk", "next week", "tomorrow at 10:00". */
    private static final Set<String> WHEN_WHERE = WordSet.of("on", "at", "in", "next", "tomorrow");
    /** Whom a refusal leaves untold: "I will not tell you", "I won't tell anyone". */
    private static final Set<String> UNTOLD = WordSet.of("you", "anyone", "anybody");
    /** What opens the time a question is put off to: "Ask me in 2040", "after the vote", "next year", "tomorrow". */
    private static final Set<String> LATER = WordSet.of("in", "after", "next", "tomorrow", "later");
    /** The longest time or place of the next sitting: "in the usual room at noon". */
    private static final int WHEN_WORDS = 6;
    /** A kind of question a refusal names as what it leaves unanswered: "I will not answer hypothetical questions". */
    private static final Set<String> QUESTIONS = WordSet.of("question", "questions", "hypotheticals");
    /** The longest question a refusal names: "that kind of question". */
    private static final int QUESTION_WORDS = 4;
    /** What a speaker declines to "put a X on": a date, a number, a timeline. */
    private static final Set<String> MEASURES = WordSet.of("date", "number", "figure", "timeline", "timeframe",
            "deadline", "price", "time", "cost");
    /** The longest object and time after an uncommitted verb: "to any decision at this stage". */
    private static final int COMMITTED_WORDS = 6;
    /** A clause after the refusal that says why, or says more. */
    private static final Set<String> REASON_LINKS = WordSet.of("because", "since", "but", "although", "as", "until",
            "unless", "which", "who");
    /** The longest stage note opening a turn: "(laughter and applause)". */
    private static final int NOTE_WORDS = 3;

    private ClosingTurns() {
    }

    /** Whether the sentence in tokens {@code [from, to)} only closes the turn. */
    static boolean closes(AnnotatedDocument doc, int from, int to) {
        return refusal(doc.tokens, from, to) || putOff(doc.tokens, from, to) || conditionalThanks(doc, from, to)
                || nextSitting(doc.tokens, from, to) || Deflections.deflects(doc, from, to);
    }

    /**
     * "I am not going to tell you what happened in consultations.", "I will not comment on the talks.", "I won't
     * speculate.", "I do not comment on rumours.": the speaker withholds, and asserts nothing. "I will not tell you that we are happy" (a that-clause)
     * says something.
     */
    static boolean refusal(List<Token> t, int from, int to) {
        if (from + 2 >= to || !t.get(from).is("i") && !t.get(from).is("i'm") && !t.get(from).is("i’m")) {
            return false;
        }
        int k = from + 1;
        if (t.get(k).is("am") || t.get(k).is("'m") || t.get(k).is("’m")) {
            k++;
        }
        int afterDo = PhraseShapes.afterNegatedAuxiliary(t, k, to, FunctionWords.DO_FORMS);
        // "I do not comment on domestic politics.": a standing refusal, as "I will not comment on".
        k = t.get(k).is("not") ? k + 1 : afterDo > 0 ? afterDo : PhraseShapes.afterNegatedAuxiliary(t, k, to, FunctionWords.MODALS);
        if (k < 0) {
            return false;
        }
        if (k + 1 < to && t.get(k).is("going") && t.get(k + 1).is("to")) {
            k += 2;
        }
        if (uncommitted(t, k, to)) {
            return true;
        }
        if (k + 1 < to && (t.get(k).is("go") || t.get(k).is("get")) && t.get(k + 1).is("into")) {
            // "I will not go into the leaders' talks", "I'm not going to get into that": what one does not go into is
            // left unsaid, as after "comment on".
            return true;
        }
        if (k >= to || !Refusals.UNSAID.contains(t.get(k).lower())) {
            return false;
        }
        k++;
        if (k < to && UNTOLD.contains(t.get(k).lower())) {
            k++;
        }
        return k >= to || !t.get(k).isWord() || t.get(k).is("on") || t.get(k).is("about") || t.get(k).is("anything")
                || FunctionWords.QUESTION_OPENERS.contains(t.get(k).lower()) || questionNamed(t, k, to);
    }

    /**
     * "pre-commit to any decision.", "put a date on that today.", "put a number on it this morning.", "get ahead of the
     * investigation.": after a negation at {@code k}, the speaker binds himself to nothing and asserts nothing; "put a
     * date on it because the bridge is unsafe" gives a reason, and stays.
     */
    private static boolean uncommitted(List<Token> t, int k, int to) {
        int end = to;
        while (end > k && !t.get(end - 1).isWord()) {
            end--;
        }
        int rest;
        if (k < end && (t.get(k).is("pre-commit") || t.get(k).is("precommit"))) {
            rest = k + 1;
        } else if (k + 3 < end && t.get(k).is("put") && FunctionWords.INDEFINITE_ARTICLES.contains(t.get(k + 1).lower())
                && MEASURES.contains(t.get(k + 2).lower()) && t.get(k + 3).is("on")) {
            rest = k + 4;
        } else if (k + 2 < end && t.get(k).is("get") && t.get(k + 1).is("ahead") && t.get(k + 2).is("of")) {
            rest = k + 3;
        } else {
            return false;
        }
        for (int w = rest; w < end; w++) {
            if (!t.get(w).isWord() || w - rest >= COMMITTED_WORDS || REASON_LINKS.contains(t.get(w).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "hypothetical questions.", "that question.": tokens {@code [from, to)} name only the kind of question left
     * unanswered; "I will not answer questions about the talks" leaves it at that, unread.
     */
    private static boolean questionNamed(List<Token> t, int from, int to) {
        int k = from;
        while (k < to && k - from < QUESTION_WORDS && t.get(k).isLowerWord() && !QUESTIONS.contains(t.get(k).lower())) {
            k++;
        }
        return k < to && QUESTIONS.contains(t.get(k).lower()) && (k + 1 >= to || !t.get(k + 1).isWord());
    }

    /**
     * "Ask me in 2040.", "(laughter) Ask me again after the vote.": the question put off to a time, nothing answered;
     * "Ask me about the port" takes another question.
     */
    private static boolean putOff(List<Token> t, int from, int to) {
        int k = from;
        if (k < to && t.get(k).is("(")) {
            int close = k + 1;
            while (close < to && close - k <= NOTE_WORDS && t.get(close).isLowerWord()) {
                close++;
            }
            if (close >= to || !t.get(close).is(")")) {
                return false;
            }
            k = close + 1;
        }
        if (k + 2 >= to || !t.get(k).is("ask") || !t.get(k + 1).is("me")) {
            return false;
        }
        k += t.get(k + 2).is("again") ? 3 : 2;
        return k < to && LATER.contains(t.get(k).lower()) && whenOnly(t, k + 1, to);
    }

    /** "If there are no more questions, thank you all.": thanks that wait only for the questions to end. */
    private static boolean conditionalThanks(AnnotatedDocument doc, int from, int to) {
        List<Token> t = doc.tokens;
        if (from + 6 >= to || !t.get(from).is("if") || !t.get(from + 1).is("there") || !t.get(from + 2).is("are")
                || !t.get(from + 3).is("no")) {
            return false;
        }
        int k = t.get(from + 4).is("questions") ? from + 4 : from + 5;
        return t.get(k).is("questions") && t.get(k + 1).is(",") && k + 2 < to
                && Courtesies.only(doc, t.get(k + 2).start(), t.get(to - 1).end());
    }

    /**
     * "The next briefing will be on 1 September.", "Our next meeting is in Dalsk.", "We'll be back on Monday at 11.":
     * when and where, nothing else.
     */
    private static boolean nextSitting(List<Token> t, int from, int to) {
        int k = backOn(t, from, to);
        if (k < 0) {
            if (from + 5 >= to || !t.get(from).is("the") && !t.get(from).is("our") || !t.get(from + 1).is("next")
                    || !SITTINGS.contains(t.get(from + 2).lower())) {
                return false;
            }
            k = from + 3;
            if (t.get(k).is("will") && (t.get(k + 1).is("be") || t.get(k + 1).is("take") && t.get(k + 2).is("place"))) {
                // "The next briefing will take place on 19 May": when it is held, as "will be".
                k += t.get(k + 1).is("be") ? 2 : 3;
            } else if (t.get(k).is("is")) {
                k++;
            } else {
                return false;
            }
        }
        if (k < to && t.get(k).is("held")) {
            k++;
        }
        return k < to && WHEN_WHERE.contains(t.get(k).lower()) && whenOnly(t, k + 1, to);
    }

    /** Whether tokens {@code [from, to)} are a short time or place alone: "1 September", "the usual room at noon". */
    private static boolean whenOnly(List<Token> t, int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token w = t.get(k);
            if (w.isWord() && (++words > WHEN_WORDS || FunctionWords.NP_BREAKERS.contains(w.lower()) && !WHEN_WHERE.contains(w.lower()))
                    || !w.isWord() && w.type() != Token.Type.NUMBER && !w.is(".") && !w.is(",") && !clock(t, k, from)) {
                return false;
            }
        }
        return true;
    }

    /** "11:00": the colon at {@code k} of an hour, a number on either side. */
    private static boolean clock(List<Token> t, int k, int from) {
        return t.get(k).is(":") && k > from && k + 1 < t.size() && t.get(k - 1).type() == Token.Type.NUMBER
                && t.get(k + 1).type() == Token.Type.NUMBER;
    }

    /** Past "We'll be back" or "We will be back", or -1. */
    private static int backOn(List<Token> t, int from, int to) {
        int k = from + 1;
        if (k + 1 >= to) {
            return -1;
        }
        if (t.get(from).is("we") && t.get(k).is("will")) {
            k++;
        } else if (!t.get(from).lower().startsWith("we") || !ModalsToCome.will(t.get(from))) {
            return -1;
        }
        return k + 1 < to && t.get(k).is("be") && t.get(k + 1).is("back") ? k + 2 : -1;
    }
}
