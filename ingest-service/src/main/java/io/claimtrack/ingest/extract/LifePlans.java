package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * "She plans to study nursing", "He plans to take a job in the city", "plans to give away the tools", "plans to spend
 * the summer at the lake", "plans to finish a memoir": a person's plan for their own time, work or belongings is a scene of their life, no
 * words (the guideline's acts). "plans to spend $2 million on ads", "plans to return regularly" and "plans to call for
 * a recount" may report what was said of a campaign (PolNeAR marks those). Part of {@link SceneActs}.
 */
final class LifePlans {

    /** Verbs of a person's own course whatever follows: "study law", "retire in May". */
    private static final Set<String> COURSE = WordSet.of("study", "learn", "retire", "travel");
    /** Verbs a work noun makes a course: "take a job", "start an apprenticeship". */
    private static final Set<String> TAKEN = WordSet.of("take", "start", "begin", "find");
    /** What one takes up or starts as one's work or schooling. */
    private static final Set<String> WORK = WordSet.of("job", "jobs", "apprenticeship", "course", "degree", "training",
            "career", "internship");
    /** Verbs a written work makes one's own work: "finish a memoir", "write a cookbook". */
    private static final Set<String> AUTHORED = WordSet.of("finish", "complete", "write", "publish");
    /** Spans of one's own time spent: "spend the summer", "spend his first free morning". */
    private static final Set<String> OWN_TIME = WordSet.union(List.of(ClauseShapes.TIME_UNITS), "morning", "mornings",
            "evening", "evenings", "weekend", "weekends", "summer", "winter", "spring", "autumn", "fall", "retirement",
            "holiday", "holidays");
    /** The article or possessive and a few modifiers before the noun: "his first free morning". */
    private static final int NOUN_TOKENS = 4;

    private LifePlans() {
    }

    /** Whether "plans" before token {@code next} ("to ...") plans the speaker's own course of life. */
    static boolean own(List<Token> t, int next, Sentence s, Lexicon lexicon) {
        if (next + 1 >= s.endToken() || !t.get(next).is("to")) {
            return false;
        }
        String verb = t.get(next + 1).lower();
        if (COURSE.contains(verb) || verb.equals("give") && next + 2 < s.endToken() && t.get(next + 2).is("away")) {
            return true;
        }
        if (TAKEN.contains(verb)) {
            return nounWithin(t, next + 2, s, WORK::contains);
        }
        if (AUTHORED.contains(verb)) {
            return nounWithin(t, next + 2, s, w -> WordForms.inSetOrPlural(lexicon.writtenWorks, w));
        }
        return verb.equals("spend") && nounWithin(t, next + 2, s, OWN_TIME::contains);
    }

    /** Whether a noun of {@code nouns} closes the noun phrase opening at {@code from} with an article or possessive. */
    private static boolean nounWithin(List<Token> t, int from, Sentence s, Predicate<String> nouns) {
        if (from >= s.endToken() || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(from).lower())) {
            return false;
        }
        return PhraseShapes.wordInRun(t, from + 1, Math.min(s.endToken(), from + 1 + NOUN_TOKENS), nouns);
    }
}
