package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A run of announcements told as the speaker's record: "Sudara has announced a string of discoveries in recent years",
 * "the airline has announced a spate of route closures". Many acts over time, no one statement; a package announced
 * at once ("announced a series of steps to tighten ...", which PolNeAR marks) is left. An announcement or a posting to
 * come of a thing ("The Premier will announce the new minister this afternoon", "We'll post the next update") has said
 * nothing yet; nor has the announcement of a thing the story already told, given only its time or place ("The
 * two ferry lines first announced the merger in May 2034", after the merger's news). Asked by {@link CueSense}.
 */
final class AnnouncedRun {

    /** Nouns that make a run of many events of what follows their "of". */
    private static final Set<String> RUNS = WordSet.of("string", "spate", "flurry", "succession");
    /** Acts of making a thing public that, still to come, have said nothing yet. */
    private static final Set<String> TO_COME = WordSet.of("announce", "post", "publish");

    private AnnouncedRun() {
    }

    /** Whether the cue word {@code w} opens "announced a string of ...", its object starting at {@code next}. */
    static boolean at(List<Token> t, String w, int next, Sentence s) {
        return w.startsWith("announc") && next + 2 < s.endToken() && t.get(next).is("a")
                && RUNS.contains(t.get(next + 1).lower()) && t.get(next + 2).is("of");
    }

    /**
     * Whether "announce", "post" or "publish" at token {@code i} follows "will" (or "’ll"), or a reported "would", and
     * takes a noun object: "will announce the new minister", "We'll post the next update on Friday", "said it would
     * announce a decision next week".
     */
    static boolean toCome(List<Token> t, String w, int i, int next, Sentence s) {
        return TO_COME.contains(w) && i > s.firstToken() && ModalsToCome.future(t.get(i - 1))
                && next < s.endToken() && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower());
    }

    /**
     * Whether "announced the NOUN" at {@code next} names a thing an earlier sentence already spoke of, and only a time
     * or place follows: "first announced the merger in May 2034". "announced the deal with the unions" gives a party,
     * "announced the new harbour chief on Thursday" a thing not told before.
     */
    static boolean toldThing(AnnotatedDocument doc, String w, int next, Sentence s) {
        List<Token> t = doc.tokens;
        if (!w.startsWith("announc") || next + 2 >= s.endToken() || !t.get(next).is("the")) {
            return false;
        }
        Token noun = t.get(next + 1);
        int end = next + 2;
        int limit = Math.min(s.endToken(), next + 3 + Windows.ADJUNCT_BEFORE_THAT_TOKENS);
        while (end < limit && !t.get(end).is(",") && !t.get(end).is(";") && !t.get(end).is("and")) {
            end++;
        }
        if (end - (next + 2) > Windows.ADJUNCT_BEFORE_THAT_TOKENS) {
            // Longer than the longest adjunct phrase: no time or place alone, and a run-on text is not read to its end.
            return false;
        }
        return noun.isLowerWord() && end > next + 2 && !t.get(next + 2).is("with")
                && AdjunctOnly.is(t, next + 2, end) && doc.firstTokenOf(noun.lower()) < s.firstToken();
    }
}
