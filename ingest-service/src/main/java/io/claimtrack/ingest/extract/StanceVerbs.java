package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cue verbs of wish, intent and backing ("wants", "plans", "supports", "opposes"). Said of someone inside what
 * another speaker reports ("Holm said the board wants a second bridge"), they are part of that report: the
 * board said nothing there, Holm describes its stance. Verbs of belief and finding there: {@link ReportedBeliefs}.
 * A verb of saying in the same place ("Holm said the mayor told her that ...") reports a statement and stays nested.
 */
final class StanceVerbs {

    /** Lemmas, "lemma/past" where the past is irregular; "attach" as in "attached great importance to" ({@link LightVerbCue}). */
    private static final Set<String> FORMS = WordForms.verbForms("want", "plan/planned", "seek/sought", "expect", "hope",
            "support", "endorse", "back", "oppose", "refuse", "offer", "welcome", "attach");
    /** Verbs of a bare wish: "wanted a deal by Monday", "hoped to fill the post by June". */
    private static final Set<String> WISHES = WordForms.verbForms("want", "hope", "wish");
    /** Adjectives of hope after a copula ("remain hopeful that", BeliefAdjectives): a wish, like "hope". */
    private static final Set<String> HOPE_ADJECTIVES = WordSet.of("hopeful", "optimistic", "pessimistic");
    /** Most words of a wished-for thing: an article, an adjective and a noun ("a red bicycle"). */
    private static final int WISHED_THING_WORDS = 3;

    private StanceVerbs() {
    }

    /** Whether this cue, as written, opens with a verb of wish, intent or backing, or ends with an adjective of hope. */
    static boolean opens(String cue) {
        String lower = cue.toLowerCase(Locale.ROOT);
        return FORMS.contains(firstWord(lower)) || HOPE_ADJECTIVES.contains(Name.afterLastSpace(lower));
    }

    /** Whether this cue, as written, opens with a verb of bare wish ("wanted", "hopes"), not of expectation or backing. */
    static boolean wish(String cue) {
        return WISHES.contains(firstWord(cue.toLowerCase(Locale.ROOT)));
    }

    /**
     * "She also wants a dog.": a bare wish whose object is an article's short noun phrase closing the sentence names a
     * thing wished for, no position told (the narrator's telling of a scene, as the guideline's acts); "wants a vote on the plan by May" does.
     */
    static boolean wishedThing(List<Token> tokens, Cue cue, int from, int to, int sentenceEnd) {
        if (!wish(cue.text()) || from != cue.endToken() || to != sentenceEnd || to - from > WISHED_THING_WORDS
                || !FunctionWords.ARTICLES.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** The first word of a cue as written ("pointed out" → "pointed"). */
    static String firstWord(String cue) {
        int space = cue.indexOf(' ');
        return space < 0 ? cue : cue.substring(0, space);
    }
}
