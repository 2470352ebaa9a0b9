package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The topic of "spoke" and "talked": "spoke of", "spoke out", "spoke at length about", "talked to voters about" report
 * what was said; "spoke to the president", "talked to the pilots" are acts. Asked by {@link CueSense} and by
 * {@link ReportedContent}, where the content starts after the topic's preposition.
 */
final class SpokenTopic {

    /** Topics and particles after which "spoke" reports content: "spoke of", "spoke out". */
    private static final Set<String> SPEAK_CONTENT = WordSet.of("of", "about", "out", "on", ":", "up");
    /** The prepositions of a topic, and the pronouns that point back to one: "spoke about this". */
    private static final Set<String> TOPIC_PREPOSITIONS = WordSet.of("of", "about", "on");
    private static final Set<String> POINTING = WordSet.of("this", "that", "it", "these", "those", "them");
    /** Prepositions of a listener, place or time between "spoke" and "about": "spoke to reporters about". */
    private static final Set<String> SPEAK_PLACES = WordSet.of("to", "with", "at", "during", "on", "in", "before");
    /** Words of manner besides "-ly" adverbs: "spoke at length of", "spoke more in public about". */
    private static final Set<String> MANNER_WORDS = WordSet.of("at", "length", "more", "less", "most", "in", "public",
            "private", "so", "very", "too", "often");

    private SpokenTopic() {
    }

    /**
     * "spoke at length about", "spoke more openly in public about", "spoke to the Harbour Times on Monday about": the
     * manner, the listener or the place stand between the verb and its topic. After a listener or a place only
     * "about" reports a topic: "spoke at a gathering of pilots" is where. The index of "about" or "of", or -1.
     */
    static int topicAfterGap(List<Token> t, int next, int end) {
        if (next >= end) {
            return -1;
        }
        boolean place = false;
        for (int k = next; k < Math.min(end, next + Windows.SPOKE_TOPIC_GAP_TOKENS + 1); k++) {
            String w = t.get(k).lower();
            // A manner may come first: "talked openly on social media about".
            place |= SPEAK_PLACES.contains(w) && !(k + 1 < end && MANNER_WORDS.contains(w) && MANNER_WORDS.contains(t.get(k + 1).lower()));
            if (w.equals("about") || w.equals("of") && !place) {
                return k > next ? k : -1;
            }
            boolean manner = w.endsWith("ly") || MANNER_WORDS.contains(w);
            if (!place && !manner || !t.get(k).isWord() && !CueSense.abbreviationPeriod(t, k, next) || w.equals("of")
                    || FunctionWords.FINITE_AUXILIARIES.contains(w) || w.equals("and")) {
                return -1;
            }
        }
        return -1;
    }

    /** The first token of the topic of "spoke" or "talked" after a gap ("spoke to reporters about | the pier"), or -1. */
    static int topicStart(List<Token> t, Cue cue, int end) {
        String w = t.get(cue.firstToken()).lower();
        int about = cue.endToken() - cue.firstToken() == 1 && (w.startsWith("spok") || w.startsWith("speak") || w.startsWith("talk"))
                ? topicAfterGap(t, cue.endToken(), end) : -1;
        return about < 0 ? -1 : about + 1;
    }

    /** "spoke of", "spoke out", "spoke “...”", "spoke openly about", "spoke at length about": content follows "spoke". */
    static boolean spokeWithContent(List<Token> t, int next, Sentence s) {
        Token after = next < s.endToken() ? t.get(next) : null;
        return after != null && (SPEAK_CONTENT.contains(after.lower()) || after.type() == Token.Type.QUOTE
                || after.lower().endsWith("ly") && next + 1 < s.endToken() && SPEAK_CONTENT.contains(t.get(next + 1).lower())
                || topicAfterGap(t, next, s.endToken()) > 0);
    }

    /**
     * "reported to the board on the state of the depots", "reports to the minister about the harvest": a report made to
     * a listener, only its topic given, as "briefed X on <topic>"; nothing is said here. "reported to police that ...",
     * "is reported to have fled" and "reported to the board on Monday that ..." (a time, then the words) are left. The
     * read is bounded by the listener's and the topic's windows.
     */
    static boolean reportedOnTopic(List<Token> t, int next, Sentence s) {
        int end = s.endToken();
        if (next + 2 >= end || !t.get(next).is("to") || !(FunctionWords.DETERMINERS.contains(t.get(next + 1).lower())
                || t.get(next + 1).isCapitalized())) {
            return false;
        }
        for (int k = next + 2; k + 1 < Math.min(end, next + Windows.SPOKE_TOPIC_GAP_TOKENS + 2); k++) {
            Token tok = t.get(k);
            if (tok.is("on") || tok.is("about")) {
                Token topic = t.get(k + 1);
                return topic.isLowerWord() && !clauseWithin(t, k + 1, Math.min(end, k + 1 + Windows.ADVERBIAL_PHRASE_TOKENS));
            }
            if (!tok.isWord() || FunctionWords.NP_BREAKERS.contains(tok.lower())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "will then hear any objections and report again to the Minister.": "report (again / back) to" and a listener that
     * ends the sentence names to whom a report will go, nothing it says.
     */
    static boolean reportedToOnly(List<Token> t, int next, Sentence s) {
        int k = next;
        while (k < s.endToken() && (t.get(k).is("again") || t.get(k).is("back"))) {
            k++;
        }
        if (k + 1 >= s.endToken() || !t.get(k).is("to") || s.endToken() - k > Windows.SPOKE_TOPIC_GAP_TOKENS + 2) {
            return false;
        }
        for (int j = k + 1; j < s.endToken(); j++) {
            Token tok = t.get(j);
            boolean stop = j == s.endToken() - 1 && tok.is(".");
            if (!stop && (!tok.isWord() || tok.is("that") || tok.is("on") || tok.is("about") || tok.is("whether"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "had reported a fault in the pump to her supervisor on 12 May", "reported the leak to the Harbour Board": a thing
     * reported to a listener, the object named and no clause, is an act told, a bare one too ("reported sick goats to
     * the county vet"); "reported smoke shortly after noon", "reported to the board that A" and "reported a fault,
     * saying A" are left.
     */
    static boolean reportedThingTo(List<Token> t, int next, Sentence s) {
        int end = s.endToken();
        if (next >= end || !FunctionWords.DETERMINERS.contains(t.get(next).lower()) && !AttributiveCue.plainNoun(t.get(next))) {
            return false;
        }
        for (int k = next + 1; k + 2 < Math.min(end, next + Windows.PHRASE_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.is("to")) {
                // "to her supervisor", "to the ferry's master", "to police", "to the Harbour Board".
                int listener = FunctionWords.DETERMINERS.contains(t.get(k + 1).lower()) ? k + 2 : k + 1;
                return listener < end && (FunctionWords.POSSESSIVES.contains(t.get(k + 1).lower()) || Mentions.isPossessive(t.get(listener).lower())
                        || t.get(listener).isCapitalized() || Lexicon.get().isPersonNoun(t.get(listener).lower()));
            }
            if (tok.is("that") || tok.is("whether") || !tok.isWord() && tok.type() != Token.Type.QUOTE) {
                return false;
            }
        }
        return false;
    }

    /** A "that" or "whether" opening a clause between {@code from} and {@code to}: the words after the topic. */
    private static boolean clauseWithin(List<Token> t, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if ((t.get(k).is("that") || t.get(k).is("whether")) && AdjunctOnly.opensSubject(t.get(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "spoke about this in detail", "spoke of it on Monday": a pronoun alone as the topic points back to what was
     * said elsewhere; nothing is said here ("spoke about this plan" names its topic).
     */
    static boolean pointsBack(List<Token> t, int preposition, Sentence s) {
        int k = preposition + 1;
        if (k >= s.endToken() || !TOPIC_PREPOSITIONS.contains(t.get(preposition).lower()) || !POINTING.contains(t.get(k).lower())) {
            return false;
        }
        Token after = k + 1 < s.endToken() ? t.get(k + 1) : null;
        return after == null || !after.isWord() || FunctionWords.NP_BREAKERS.contains(after.lower()) || ClauseShapes.isAdverb(after);
    }
}
