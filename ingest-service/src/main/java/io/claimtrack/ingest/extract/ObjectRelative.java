package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A relative clause with no relative word, its subject a pronoun: "a charge she called “flatly untrue”", "a decision
 * they say allowed ...". The noun phrase before the pronoun is what the verb speaks of; the pronoun speaks. So does a
 * definite phrase ("a measure the mayor said ...") or a bare group ("a rule supporters say will ...") there.
 */
final class ObjectRelative {

    /** Nouns before a pronoun that make a time phrase, not an antecedent: "The next week she said". */
    private static final Set<String> TIME_NOUNS = WordSet.of("time", "times", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "night", "morning", "afternoon", "evening", "moment", "minute", "hour", "season",
            "weekend", "spring", "summer", "fall", "autumn", "winter");
    /**
     * Words after the verb that leave the antecedent its object and say nothing of their own: a stranded preposition
     * ("the things he believes in"), a time or place clause ("one scene she wrote where ...", "the candidate they
     * support before being elected").
     */
    static final Set<String> NO_CONTENT = WordSet.of("in", "for", "about", "on", "with", "at", "from", "of",
            "by", "into", "where", "when", "while", "before", "after", "until", "because", "if");
    /** Words between the determiner and the pronoun: "a charge", "the only regret", "a 2022 settlement". */
    private static final int NOUN_PHRASE_TOKENS = 4;
    /** Words of a bare noun set off by a comma before the relative clause: "money", "extra cash". */
    private static final int BARE_NOUN_TOKENS = 2;

    private ObjectRelative() {
    }

    /** Whether {@code next}, right after the relative clause's verb, leaves the verb no content. */
    static boolean noContentAfter(Token next) {
        return NO_CONTENT.contains(next.lower());
    }

    /**
     * "a measure the mayor said residents had asked for", "a move the district says will save": a definite noun phrase
     * of at most a few words, none a cue, ending at token {@code last}, right after an indefinite one it does not belong
     * to; the token of its "the", or -1. The indefinite phrase opens its clause or follows a comma or a verb, not a
     * preposition ("In a statement the ministry said" is the ministry's own clause), unless the cue's clause lacks its
     * subject ("after a census the parties said had missed them": the antecedent is that subject).
     */
    static int definiteAfterAntecedent(AttributionContext ctx, int last, int first, Cue cue) {
        List<Token> tokens = ctx.tokens;
        int the = last;
        while (the > first && last - the < NOUN_PHRASE_TOKENS && !tokens.get(the).is("the")) {
            if (!phraseWord(ctx, the)) {
                return -1;
            }
            the--;
        }
        if (the == last || the - 2 < first || !tokens.get(the).is("the") || TIME_NOUNS.contains(tokens.get(the - 1).lower())) {
            return -1;
        }
        return indefiniteBefore(ctx, the, first, subjectless(ctx, cue)) || bareNounBefore(ctx, the, first, cue) ? the : -1;
    }

    /** "..., money she said would go toward hiring nurses": a pronoun after a bare noun ({@link #bareNounBefore}). */
    static boolean pronounAfterBareNoun(AttributionContext ctx, int pronoun, int first, Cue cue) {
        return pronoun > first && ctx.tokens.get(pronoun).in(WordClass.SPEAKING_PRONOUN) && bareNounBefore(ctx, pronoun, first, cue);
    }

    /**
     * "$4 million a year, money she said would go toward hiring nurses", "..., cash the treasurer says will last": a
     * bare noun of a word or two set off by a comma right before token {@code at}, when the cue's clause lacks its
     * subject (the noun is that subject): an apposition whose relative clause the pronoun or phrase at {@code at} speaks.
     */
    private static boolean bareNounBefore(AttributionContext ctx, int at, int first, Cue cue) {
        List<Token> tokens = ctx.tokens;
        if (!subjectless(ctx, cue)) {
            return false;
        }
        for (int k = at - 1; k > first && at - k <= BARE_NOUN_TOKENS; k--) {
            if (!phraseWord(ctx, k) || tokens.get(k).isCapitalized()) {
                return false;
            }
            if (tokens.get(k - 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "a rule supporters say will return apartments to the market": a bare plural group at token {@code group}, right
     * after an indefinite noun phrase it does not belong to, before a cue whose clause lacks its subject (a finite verb
     * or modal right after the cue: the antecedent is that subject).
     */
    static boolean bareGroupAfterAntecedent(AttributionContext ctx, int group, int first, Cue cue) {
        List<Token> tokens = ctx.tokens;
        return group - 2 >= first && cue.firstToken() == group + 1 && cue.endToken() < tokens.size()
                && Lexicon.get().groups.contains(tokens.get(group).lower())
                && subjectless(ctx, cue) && indefiniteBefore(ctx, group, first, true);
    }

    /**
     * "The board cut the grant teachers say they need": a bare plural group at token {@code group}, right before the
     * cue, after the object of a verb (a determiner and a few lower-case words after a lower-case word that no phrase
     * holds). The object is what the group's clause leaves out; the group speaks, not a phrase run back over the verb.
     */
    static boolean groupAfterObject(AttributionContext ctx, int group, int first, Cue cue) {
        List<Token> tokens = ctx.tokens;
        if (group - 3 < first || cue.firstToken() != group + 1 || !Lexicon.get().groups.contains(tokens.get(group).lower())) {
            return false;
        }
        for (int k = group - 1; k - 1 > first && group - k <= NOUN_PHRASE_TOKENS + 1; k--) {
            if (k < group - 1 && tokens.get(k).in(WordClass.DETERMINER)) {
                Token verb = tokens.get(k - 1);
                return verb.isLowerWord() && tokens.get(k - 2).isWord() && !verb.in(WordClass.NP_BREAKER)
                        && !verb.in(WordClass.PREPOSITION) && !verb.in(WordClass.CLAUSE_WORD) && !verb.in(WordClass.DETERMINER)
                        && !FunctionWords.FLOATING_QUANTIFIERS.contains(verb.lower());
            }
            if (!phraseWord(ctx, k) || tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a finite verb or modal follows the cue right away: its clause lacks a subject ("said was marred"). */
    private static boolean subjectless(AttributionContext ctx, Cue cue) {
        return cue.endToken() < ctx.tokens.size() && ClauseSubject.FINITE.contains(ctx.tokens.get(cue.endToken()).lower());
    }

    /**
     * Whether an indefinite noun phrase of a few lower-case words, none a cue, ends right before token {@code at},
     * opening its clause or after a comma or a verb, or a preposition when {@code afterPreposition} ("In a statement
     * the ministry said" is the ministry's own clause).
     */
    private static boolean indefiniteBefore(AttributionContext ctx, int at, int first, boolean afterPreposition) {
        List<Token> tokens = ctx.tokens;
        for (int k = at - 1; k >= first && at - k <= NOUN_PHRASE_TOKENS + 1; k--) {
            String w = tokens.get(k).lower();
            if (k < at - 1 && ("a".equals(w) || "an".equals(w))) {
                if (k == first) {
                    return true;
                }
                String before = tokens.get(k - 1).lower();
                boolean preposition = CueStage.PREPOSITIONS.contains(before);
                return tokens.get(k - 1).is(",") || ctx.cueAt[k - 1] == null && tokens.get(k - 1).isWord()
                        && (preposition ? afterPreposition : !FunctionWords.NP_BREAKERS.contains(before));
            }
            if (!phraseWord(ctx, k) || tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * A word that may stand inside a noun phrase: no cue, clause word, determiner, preposition ("a student waiting for
     * the bus") or other word that breaks a phrase.
     */
    private static boolean phraseWord(AttributionContext ctx, int k) {
        Token t = ctx.tokens.get(k);
        return t.isWord() && ctx.cueAt[k] == null && !t.in(WordClass.NP_BREAKER) && !t.in(WordClass.NO_CONTENT)
                && !t.in(WordClass.PREPOSITION) && !t.in(WordClass.CLAUSE_WORD) && !t.in(WordClass.DETERMINER);
    }

    /**
     * Whether the subject pronoun at {@code pronoun} follows a noun phrase it does not belong to: a determiner, at
     * most a few lower-case words, none a cue, the pronoun ("a charge she", "the way they", "every officer I"; not "The
     * statement noted they"), all after {@code first}.
     */
    static boolean afterAntecedent(AttributionContext ctx, int pronoun, int first) {
        return ctx.tokens.get(pronoun).in(WordClass.SPEAKING_PRONOUN) && afterNounPhrase(ctx, pronoun, first);
    }

    /**
     * As {@link #afterAntecedent}, for a body's "it": "a project it has said will cut costs". Only where the cue's
     * clause lacks its subject, as "it" is also an object ("the report made it clear").
     */
    static boolean bodyAfterAntecedent(AttributionContext ctx, int pronoun, int first, Cue cue) {
        return pronoun >= first && ctx.tokens.get(pronoun).is("it") && subjectless(ctx, cue) && afterNounPhrase(ctx, pronoun, first);
    }

    private static boolean afterNounPhrase(AttributionContext ctx, int pronoun, int first) {
        List<Token> tokens = ctx.tokens;
        if (pronoun - 2 < first || TIME_NOUNS.contains(tokens.get(pronoun - 1).lower())) {
            return false;
        }
        for (int k = pronoun - 1; k >= first && pronoun - k <= NOUN_PHRASE_TOKENS + 1; k--) {
            Token t = tokens.get(k);
            if (k < pronoun - 1 && (t.in(WordClass.DETERMINER) || t.is("every"))) {
                // "assures his audience he will ...", "told the court she had ...": a listener, then what was said;
                // "Every officer I asked for, I got": the officers are what was asked for.
                return k == first || ctx.cueAt[k - 1] == null;
            }
            if (!t.isWord() || t.isCapitalized() && k > first || ctx.cueAt[k] != null || FunctionWords.NP_BREAKERS.contains(t.lower())
                    || ClauseShapes.CLAUSE_WORDS.contains(t.lower()) || FunctionWords.DETERMINERS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }
}
