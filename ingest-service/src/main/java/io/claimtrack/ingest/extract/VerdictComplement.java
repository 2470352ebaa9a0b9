package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A verdict with an object complement after "consider" (the lead's ruling, round 58): "The Growers' Guild considers the
 * levy excessive", "We consider the visit an important step", "consider the tender to be void", and with the object
 * fronted by a relative set off by a comma (", which the guild considers unlawful", ", whom the party considers its best
 * hope"). The complement is the verdict, so it is a view, as "considers that A" is. "considered the bill" (an object
 * and no complement) weighs it, "is considered a favourite" is agentless, and a restrictive relative ("levels the state
 * considers unsafe", "what the island considers its waters") names a thing through the view without asserting it: none.
 * Asked by {@link ThatClauseVerbs}.
 */
final class VerdictComplement {

    /** Pronoun objects: "consider it a mistake", "considers them unreliable". */
    private static final Set<String> PRONOUN_OBJECTS = WordSet.union(List.of(FunctionWords.OBJECT_PRONOUNS,
            FunctionWords.REFLEXIVE_PRONOUNS), "it");
    /** What opens a noun object: "the levy", "this claim", "such measures", "their offer". */
    private static final Set<String> OBJECT_OPENERS = WordSet.union(List.of(FunctionWords.ARTICLES_OR_POSSESSIVES,
            FunctionWords.DEMONSTRATIVES), "such");
    /** Relative words that front the object after a comma: ", which the guild considers unlawful". */
    private static final Set<String> FRONTING_RELATIVES = WordSet.of("which", "whom");
    /** Words that go on after a predicate adjective: "unsafe for infants", "unfair and unlawful", "absurd because". */
    private static final Set<String> AFTER_ADJECTIVE = WordSet.of("and", "but", "or", "for", "to", "because", "given", "since");
    /**
     * Endings of adjectives that give a verdict: "insufficient", "unacceptable", "groundless", "fictitious",
     * "counterproductive", "illegal", "unrealistic", "premature" has none and is listed below.
     */
    private static final List<String> ADJECTIVE_ENDINGS = List.of("ent", "ant", "ble", "ful", "less", "ous", "ive", "al", "ic");
    /** Nouns with those endings: "the ferry agreement", "the council's proposal", "the land removal". */
    private static final List<String> NOUN_ENDINGS = List.of("ment", "sal", "val", "wal", "rral");
    /** Verdicts without an adjective's ending: "considers the fee unfair", "consider the matter closed". */
    private static final Set<String> VERDICT_WORDS = WordSet.of("fair", "unfair", "wrong", "false", "untrue", "true",
            "absurd", "premature", "void", "invalid", "safe", "unsafe", "unjust", "closed", "settled", "unfounded",
            "unjustified", "unwarranted", "inadequate", "inappropriate", "adequate", "appropriate", "accurate",
            "inaccurate", "unlikely", "likely", "right");

    /**
     * Personal ties: "whom he considers a friend", "considers the senator her mentor" tell a bond between people, no
     * verdict on a thing.
     */
    private static final Set<String> TIES = WordSet.of("friend", "friends", "mentor", "mentors", "hero", "heroes", "idol",
            "brother", "brothers", "sister", "sisters", "father", "mother", "son", "daughter", "family", "colleague", "colleagues");
    /** Words of a superlative, a complement with no object before it: "the figures generally considered the most accurate". */
    private static final Set<String> SUPERLATIVES = WordSet.of("most", "least", "best", "worst");

    private VerdictComplement() {
    }

    /** Whether the tokens around the one-word "consider" cue at {@code i} are its object and a complement judging it. */
    static boolean follows(List<Token> t, int i, Sentence s, Lexicon lexicon) {
        if (t.get(i).is("considering") || i > s.firstToken() && FunctionWords.POSSIBILITY_OR_DUTY_MODALS.contains(t.get(i - 1).lower())) {
            // "is considering a bid": deliberation under way; "voters might consider it a good deal": imagined.
            return false;
        }
        int next = i + 1;
        if (objectFronted(t, i, s)) {
            return complementAt(t, next, s, lexicon);
        }
        if (next >= s.endToken()) {
            return false;
        }
        Token first = t.get(next);
        if (PRONOUN_OBJECTS.contains(first.lower())) {
            return complementAt(t, next + 1, s, lexicon);
        }
        if (first.isCapitalized() || first.is("the") && next + 1 < s.endToken() && t.get(next + 1).isCapitalized()) {
            // "consider the Selmar Republic an important partner", "did not consider Holm a serious rival".
            int k = first.is("the") ? next + 1 : next;
            int limit = Math.min(s.endToken(), k + Windows.NOUN_PHRASE_WORDS + 1);
            while (k < limit && (t.get(k).isCapitalized() || t.get(k).is(".") && k + 1 < limit && t.get(k + 1).isCapitalized())) {
                k++;
            }
            return nounComplement(t, k, s, lexicon) || toBe(t, k, s);
        }
        if (!OBJECT_OPENERS.contains(first.lower())) {
            // "consider debt a last resort": a bare noun object only before a noun phrase that ranks it.
            return first.isLowerWord() && !FunctionWords.NP_BREAKERS.contains(first.lower()) && next + 1 < s.endToken()
                    && FunctionWords.INDEFINITE_ARTICLES.contains(t.get(next + 1).lower()) && nounComplement(t, next + 1, s, lexicon);
        }
        // "the levy excessive", "the new toll unfair", "the visit a major step", "this claim to be false".
        int limit = Math.min(s.endToken(), next + Windows.NOUN_PHRASE_WORDS + 2);
        for (int k = next + 2; k < limit; k++) {
            if (!objectWord(t.get(k - 1))) {
                return false;
            }
            if (complementAt(t, k, s, lexicon)) {
                return true;
            }
        }
        return false;
    }

    /** ", which the guild considers", ", whom the party considers": the relative after a comma, a short subject, the cue. */
    private static boolean objectFronted(List<Token> t, int i, Sentence s) {
        int from = Math.max(s.firstToken() + 1, i - Windows.NOUN_PHRASE_WORDS - 1);
        for (int k = i - 2; k >= from; k--) {
            if (FRONTING_RELATIVES.contains(t.get(k).lower())) {
                return t.get(k - 1).is(",");
            }
            if (!t.get(k + 1).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static boolean objectWord(Token w) {
        return w.isLowerWord() && !FunctionWords.NP_BREAKERS.contains(w.lower()) && !CueStage.PREPOSITIONS.contains(w.lower())
                && !FunctionWords.COORDINATORS.contains(w.lower()) && !SUPERLATIVES.contains(w.lower()) && !w.lower().endsWith("ly");
    }

    /** A complement opening at {@code k}: a noun phrase, "to be" and a predicate, or a predicate adjective. */
    private static boolean complementAt(List<Token> t, int k, Sentence s, Lexicon lexicon) {
        return nounComplement(t, k, s, lexicon) || toBe(t, k, s) || adjective(t, k, s, lexicon);
    }

    private static boolean toBe(List<Token> t, int k, Sentence s) {
        return k + 2 < s.endToken() && t.get(k).is("to") && t.get(k + 1).is("be") && t.get(k + 2).isWord();
    }

    /**
     * "a deliberate falsehood.", "their best recruit in a decade", "an important partner and": an article or possessive
     * and its words up to a stop. A verb among them makes it a relative clause's subject ("considered the offer the firm
     * made last week").
     */
    private static boolean nounComplement(List<Token> t, int k, Sentence s, Lexicon lexicon) {
        if (k + 1 >= s.endToken() || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(k).lower())) {
            return false;
        }
        int limit = Math.min(s.endToken(), k + Windows.NOUN_PHRASE_WORDS + 3);
        for (int j = k + 1; j < limit; j++) {
            Token w = t.get(j);
            if (j > k + 1 && stops(w)) {
                return !TIES.contains(t.get(j - 1).lower());
            }
            if (!w.isWord() || PhraseShapes.pastForm(w, lexicon) || PhraseShapes.participle(w)
                    || FunctionWords.NP_BREAKERS.contains(w.lower()) || FunctionWords.MODALS.contains(w.lower())) {
                return false;
            }
        }
        return limit == s.endToken() && !TIES.contains(t.get(limit - 1).lower());
    }

    /** "excessive.", "unsafe for infants", "unjustified, and": a verdict adjective that closes the clause or goes on. */
    private static boolean adjective(List<Token> t, int k, Sentence s, Lexicon lexicon) {
        if (k >= s.endToken() || !t.get(k).isLowerWord()) {
            return false;
        }
        String w = t.get(k).lower();
        // "went", "spent": a verb's past, a second clause.
        boolean shaped = VERDICT_WORDS.contains(w) || ADJECTIVE_ENDINGS.stream().anyMatch(w::endsWith)
                && NOUN_ENDINGS.stream().noneMatch(w::endsWith) && !PhraseShapes.pastShape(w, lexicon);
        if (!shaped) {
            return false;
        }
        Token after = k + 1 < s.endToken() ? t.get(k + 1) : null;
        return after == null || !after.isWord() || AFTER_ADJECTIVE.contains(after.lower());
    }

    /** Where a complement's noun phrase ends: a mark, a preposition or a conjunction. */
    private static boolean stops(Token w) {
        return !w.isWord() || CueStage.PREPOSITIONS.contains(w.lower()) || FunctionWords.COORDINATORS.contains(w.lower())
                || w.is("because");
    }
}
