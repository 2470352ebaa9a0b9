package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "PRESIDENT: Good. Now about the schools.", "CHAIR: Fine. Next, the budget.", "Thank you. Now the harbour.": a chair
 * moving the meeting on to its next topic asserts nothing, as "Ms Holm, please." does not. Only a short phrase with no
 * verb after "now" or "next", behind acknowledgements at most: "Now the schools are safe" is a statement. A chair
 * closing the sitting ("That's all for today.") asserts nothing either, nor does a hearing's procedure
 * ({@link SittingOrders}: "I call this meeting to order.", "Your time has expired.").
 */
final class AgendaMoves {

    private static final Set<String> MOVES = WordSet.of("now", "next");
    /** One-word acknowledgements before the move: "Fine.", "Right.". */
    private static final Set<String> ACKNOWLEDGEMENTS = WordSet.of("good", "fine", "right", "ok", "okay", "well",
            "excellent", "agreed");
    /** Prepositions inside a topic's noun phrase: "Now, questions from the floor", "Next, the report of the board". */
    private static final Set<String> TOPIC_LINKS = WordSet.of("from", "of", "for");
    /** What a closing chair says of the next sitting: "we resume Tuesday", "we reconvene at ten", "we meet again Monday". */
    static final Set<String> RESUMING = WordSet.of("resume", "resumes", "reconvene", "reconvenes", "continue",
            "continues", "adjourned", "meet", "meets");
    /** A chair's "Let us begin with", "Let us turn to", "Let us move on to". */
    private static final Set<String> MOVE_VERBS = WordSet.of("begin", "start", "turn", "move", "proceed");
    /** "We must move on", "We need to move on": only moving on, as "We must turn to renewables" proposes. */
    private static final Set<String> MOVE_ON = WordSet.of("move");
    private static final Set<String> MOVE_MODALS = WordSet.of("must", "need", "should", "will", "shall");
    private static final Set<String> WILL = WordSet.of("will", "shall");
    /** What a chair says the sitting will do next: "We will begin with", "We will now hear", "We'll go to questions". */
    private static final Set<String> WILL_MOVES = WordSet.union(List.of(MOVE_VERBS), "hear", "go");
    /** Where a chair's "We'll go to" takes the sitting; "We'll go to court" is an act. */
    private static final Set<String> SITTING_PARTS = WordSet.of("questions", "round", "vote", "break", "delegations", "speakers");
    /** The longest topic after the move word: "Now about the new fishing quotas". */
    private static final int TOPIC_WORDS = 5;
    /** The longest topic a question's lead-in opens with alone: "The water side of your brief". */
    private static final int LEAD_IN_WORDS = 7;

    private AgendaMoves() {
    }

    /** Whether the turn's words, tokens {@code [from, to)}, are only a move to the next topic. */
    static boolean only(AnnotatedDocument doc, int from, int to) {
        int k = from;
        while (k + 2 < to) {
            Sentence s = doc.sentenceAt(doc.tokens.get(k).start());
            if (ACKNOWLEDGEMENTS.contains(doc.tokens.get(k).lower()) && doc.tokens.get(k + 1).is(".")) {
                k += 2;
            } else if (s != null && s.endToken() < to
                    && Courtesies.only(doc, Math.max(s.start(), doc.tokens.get(k).start()), s.end())) {
                // From the turn's first word: the sentence opens at its label ("CHAIR: Thank you.").
                k = s.endToken();
            } else {
                break;
            }
        }
        Sentence opening = doc.sentenceAt(doc.tokens.get(k).start());
        if (opening != null && SittingOrders.callsToOrder(doc, k, Math.min(to, opening.endToken()))) {
            // "Order, order. The Minister must be heard.": a turn opened by a call to order is the chair's ruling on the
            // sitting's conduct, all of it.
            return true;
        }
        for (Sentence s = opening; s != null && (HandOvers.only(doc, k, Math.min(to, s.endToken()))
                || SittingOrders.only(doc, k, Math.min(to, s.endToken())) || HouseMotions.only(doc, k, Math.min(to, s.endToken()))
                || k > from && Courtesies.only(doc, s.start(), s.end()) || ClosingTurns.closes(doc, k, Math.min(to, s.endToken()))
                || moveOn(doc, k, Math.min(to, s.endToken()))); ) {
            // "Thank you. Questions, please.", "Welcome. The Minister will speak first, then we take questions.", "The slides
            // will be online. Thank you for coming."
            k = s.endToken();
            if (k >= to) {
                return true;
            }
            s = doc.sentenceAt(doc.tokens.get(k).start());
        }
        return move(doc, k, to) || moveOn(doc, k, to) || closing(doc, k, to);
    }

    /**
     * "Let us begin with the floods.", "Let us move on to the harbour.", "We must move on.": the chair taking the sitting
     * to a topic or past the current one. "Let us begin with a cut in fares for pensioners" proposes, "We must move on
     * from coal" too.
     */
    private static boolean moveOn(AnnotatedDocument doc, int from, int to) {
        boolean letUs = from + 2 < to && doc.tokens.get(from).is("let") && doc.tokens.get(from + 1).is("us");
        boolean weMust = from + 3 < to && doc.tokens.get(from).is("we") && MOVE_MODALS.contains(doc.tokens.get(from + 1).lower());
        // "We'll move to the second round.": the tokenizer keeps "we'll" one word.
        boolean weLl = from + 2 < to && doc.tokens.get(from).lower().startsWith("we") && ModalsToCome.will(doc.tokens.get(from));
        // "We will begin with the overview.", "We will now hear the delegations.": the chair's own plan for the sitting.
        boolean weWill = weMust && WILL.contains(doc.tokens.get(from + 1).lower()) || weLl;
        int k = weLl ? from + 1 : letUs || weMust ? from + 2 : to;
        if (k < to && weMust && doc.tokens.get(k).is("to")) {
            // "We need to move on."
            k++;
        }
        if (k < to && weWill && doc.tokens.get(k).is("now")) {
            k++;
        }
        if (k >= to || !(letUs ? MOVE_VERBS : weWill ? WILL_MOVES : MOVE_ON).contains(doc.tokens.get(k).lower())) {
            return false;
        }
        if (doc.tokens.get(k).is("hear")) {
            return k + 1 < to && topic(doc, doc.tokens.get(k + 1).is("from") ? k + 2 : k + 1, to);
        }
        boolean go = doc.tokens.get(k).is("go");
        k++;
        if (k < to && doc.tokens.get(k).is("on")) {
            k++;
        }
        while (to > k && !doc.tokens.get(to - 1).isWord()) {
            to--;
        }
        return !go && k == to || (doc.tokens.get(k).is("to") || doc.tokens.get(k).is("with")) && topic(doc, k + 1, to)
                && (!go || SITTING_PARTS.contains(doc.tokens.get(to - 1).lower()));
    }

    /**
     * "That's all for today; we resume Tuesday.", "That is all for now.": the chair closes the meeting, at most with
     * when it meets again. "That's all we know about the leak" says something.
     */
    private static boolean closing(AnnotatedDocument doc, int from, int to) {
        String opening = doc.text.substring(doc.tokens.get(from).start(), doc.tokens.get(to - 1).end())
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        if (!opening.startsWith("that's all") && !opening.startsWith("that is all")) {
            return false;
        }
        int k = from;
        while (k < to && !doc.tokens.get(k).is("all")) {
            k++;
        }
        if (k++ >= to) {
            return false;
        }
        if (k < to && doc.tokens.get(k).is("for")) {
            // "for today", "for this morning"
            int end = Math.min(to, k + 3);
            k++;
            while (k < end && doc.tokens.get(k).isWord()) {
                k++;
            }
        }
        if (k >= to) {
            return true;
        }
        if (!doc.tokens.get(k).is(";") && !doc.tokens.get(k).is(".")) {
            return false;
        }
        if (ClosingTurns.closes(doc, k + 1, to)) {
            // "That's all for today. We'll be back on Monday at 11."
            return true;
        }
        boolean resumes = false;
        for (int words = 0; ++k < to; ) {
            Token t = doc.tokens.get(k);
            if (t.isWord() && ++words > TOPIC_WORDS) {
                return false;
            }
            resumes |= RESUMING.contains(t.lower());
        }
        return resumes;
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
        if (k < to && (FunctionWords.TOPIC_PREPOSITIONS.contains(doc.tokens.get(k).lower())
                || doc.tokens.get(k).is("to"))) {
            k++;
        }
        return topic(doc, k, to);
    }

    /**
     * "Let's talk about the dam.", "The schools now.", "The water side of your brief.": a sentence opening the
     * turn {@code [from, to)} that only sets its topic, a definite noun phrase with no verb ("Fares rise in May." is
     * no topic, and "A clarification." announces a question, see {@link EmptyTurns#QUESTION_NOUNS}).
     */
    static boolean opensTopic(AnnotatedDocument doc, int from, int to) {
        Sentence s = doc.sentenceAt(doc.tokens.get(from).start());
        if (s == null || s.endToken() > to) {
            return false;
        }
        int end = s.endToken();
        return letUsTalk(doc, from, end) || moveOn(doc, from, end) || move(doc, from, end)
                || doc.tokens.get(from).is("the") && phrase(doc, from, end, LEAD_IN_WORDS);
    }

    /** "Let's talk about the dam.", "Let us talk about fares.". */
    private static boolean letUsTalk(AnnotatedDocument doc, int from, int to) {
        int k = from;
        if (k + 1 < to && doc.tokens.get(k).is("let") && (doc.tokens.get(k + 1).is("us") || doc.tokens.get(k + 1).is("'s")
                || doc.tokens.get(k + 1).is("’s"))) {
            k += 2;
        } else if (k < to && (doc.tokens.get(k).is("let's") || doc.tokens.get(k).is("let’s"))) {
            k++;
        } else {
            return false;
        }
        return k + 1 < to && doc.tokens.get(k).is("talk") && doc.tokens.get(k + 1).is("about") && topic(doc, k + 2, to);
    }

    /** Whether tokens {@code [from, to)} only name a topic: a few words, no verb ("questions from the floor", "the dredging"). */
    static boolean topic(AnnotatedDocument doc, int from, int to) {
        return phrase(doc, from, to, TOPIC_WORDS);
    }

    /** Whether tokens {@code [from, to)} are a noun phrase of at most {@code most} words, "of" and "for" inside it. */
    static boolean phrase(AnnotatedDocument doc, int from, int to, int most) {
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (t.isWord() && (++words > most || FunctionWords.NP_BREAKERS.contains(t.lower()) && !TOPIC_LINKS.contains(t.lower()))) {
                return false;
            }
            if (!t.isWord() && !t.is(".") && !t.is(",")) {
                return false;
            }
        }
        return words > 0;
    }
}
