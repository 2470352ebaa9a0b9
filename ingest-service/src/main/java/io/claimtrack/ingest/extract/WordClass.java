package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the hottest rules ask of a token. A token's lower-case form is looked up in all of them once, when
 * the token is made ({@link Token#classes}); {@link Token#in} reads the answer from its bits. Word-list look-ups were
 * 14-17 % of the warmed samples of the adversarial inputs, one hash look-up per list and rule, each list in a table
 * of its own. The classes whose lists are read here must not read a {@code WordClass} while they are initialised.
 */
enum WordClass {
    ADVERB(FunctionWords.ADVERBS),
    NP_BREAKER(FunctionWords.NP_BREAKERS),
    DETERMINER(FunctionWords.DETERMINERS),
    SPEAKING_PRONOUN(FunctionWords.SPEAKING_PRONOUNS),
    TELL_VERB(FunctionWords.TELL_VERBS),
    ROLE_MODIFIER(Lexicon.get().roleModifiers),
    PREPOSITION(CueStage.PREPOSITIONS),
    CLAUSE_WORD(ClauseShapes.CLAUSE_WORDS),
    PERFECT_ADVERB(PerfectAdverbials.WORDS),
    NO_CONTENT(ObjectRelative.NO_CONTENT),
    PERSON_PRONOUN(FunctionWords.PERSON_PRONOUNS),
    GROUP_PRONOUN(FunctionWords.GROUP_PRONOUNS),
    THING_PRONOUN(FunctionWords.THING_PRONOUNS),
    SUBJECT_PRONOUN(FunctionWords.SUBJECT_PRONOUNS),
    SENTENCE_OPENER(FunctionWords.SENTENCE_OPENERS),
    DASH(FunctionWords.DASHES),
    TIME_UNIT(ClauseShapes.TIME_UNITS),
    TIME_RELATION(ClauseShapes.TIME_RELATIONS),
    RELATIVE(ClauseSubject.RELATIVES),
    FINITE(ClauseSubject.FINITE);

    private static final Map<String, Long> CLASSES = new HashMap<>();

    static {
        for (WordClass c : values()) {
            for (String w : c.words) {
                CLASSES.merge(w, c.bit, (a, b) -> a | b);
            }
        }
    }

    final Set<String> words;
    final long bit = 1L << ordinal();

    WordClass(Set<String> words) {
        this.words = words;
    }

    /** The bits of the classes a lower-case word is in. */
    static long of(String lower) {
        return CLASSES.getOrDefault(lower, 0L);
    }
}
