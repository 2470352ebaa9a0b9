package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "A big question remains", "his financial disclosure report provides", "a private email server": after a singular
 * determiner and the words of its noun phrase, the bare form of a cue word is the noun, since a singular subject
 * takes the "-s" form ("his aide says"). Left to the other rules: plural heads ("his aides say"), shares and
 * collectives that take a plural verb ("a third say", "his family say" in British usage, "her team believe"), a
 * determiner inside a prepositional phrase ("sources close to her campaign say") and a bare infinitive after
 * "let" ("let her lawyer explain").
 */
final class SingularNounPhrase {

    private static final Set<String> SINGULAR_DETERMINERS = Set.of("a", "an", "this", "his", "her", "its", "every",
            "each", "another", "my", "your");
    /** Words that end a noun phrase or take the verb's plural: no part of a singular subject's phrase. */
    private static final Set<String> NOT_IN_PHRASE = Set.of("of", "to", "in", "on", "at", "for", "by", "with", "from",
            "about", "and", "or", "but", "nor", "who", "whom", "which", "that", "what", "some", "many", "most", "all",
            "both", "few", "several", "other", "others", "third", "half", "quarter", "majority", "minority", "number",
            "percent", "lot", "family", "couple", "public", "crew", "jury", "not", "also", "still", "then", "now", "never",
            "just", "even", "always", "already", "will", "would", "can", "could", "may", "might", "should", "must", "do",
            "does", "did", "is", "was", "are", "were", "be", "been", "has", "have", "had");
    /** Before the determiner, words that make the phrase an object: "close to her campaign", "let her lawyer explain". */
    private static final Set<String> BEFORE_OBJECT = Set.of("of", "to", "in", "on", "at", "for", "by", "with", "from",
            "about", "into", "over", "under", "through", "against", "among", "between", "without", "like", "than",
            "let", "lets", "letting");

    private SingularNounPhrase() {
    }

    /**
     * Whether the bare cue word at token {@code i} closes a noun phrase of at most {@link Windows#NOUN_PHRASE_WORDS}
     * words opened by a singular determiner.
     */
    static boolean heads(AnnotatedDocument doc, int i, Sentence s, Lexicon lexicon) {
        List<Token> t = doc.tokens;
        if (thirdPerson(t.get(i).lower(), lexicon)) {
            return false;
        }
        int k = i - 1;
        while (k >= s.firstToken() && i - k <= Windows.NOUN_PHRASE_WORDS && inPhrase(t.get(k), lexicon, k == i - 1)) {
            k--;
        }
        if (k == i - 1 || k < s.firstToken() || !SINGULAR_DETERMINERS.contains(t.get(k).lower())) {
            return false;
        }
        return k == s.firstToken() || !BEFORE_OBJECT.contains(t.get(k - 1).lower());
    }

    /** A singular word of the phrase; its head (the word before the cue) is no speaker word, which may be collective. */
    private static boolean inPhrase(Token tok, Lexicon lexicon, boolean head) {
        String lower = tok.lower();
        boolean plural = lower.endsWith("s") && !lower.endsWith("ss");
        return tok.isWord() && !plural && !NOT_IN_PHRASE.contains(lower) && !SINGULAR_DETERMINERS.contains(lower)
                && !lower.equals("the") && !PhraseShapes.contraction(tok) && !lower.endsWith("ly")
                && !Lexicon.PERSON_PRONOUNS.contains(lower) && !Lexicon.GROUP_PRONOUNS.contains(lower)
                && !(head && isSpeakerWord(lower, lexicon));
    }

    private static boolean isSpeakerWord(String lower, Lexicon lexicon) {
        return lexicon.roles.contains(lower) || lexicon.groups.contains(lower) || lexicon.organizations.contains(lower)
                || lexicon.anonymous.contains(lower) || lexicon.documents.contains(lower);
    }

    /** "claims", "pushes", "denies": the "-s" form of a cue verb, which a singular subject takes. */
    private static boolean thirdPerson(String lower, Lexicon lexicon) {
        for (String stem : List.of(cut(lower, 1), cut(lower, 2), cut(lower, 3) + "y")) {
            if (!stem.isEmpty() && !lexicon.cuesStartingWith(stem).isEmpty() && Lexicon.thirdPerson(stem).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String lower, int n) {
        return lower.length() > n ? lower.substring(0, lower.length() - n) : "";
    }
}
