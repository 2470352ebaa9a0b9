package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "A statement posted online said the pier was closed", "a letter written last week says": a past participle right
 * after a document noun is the noun's reduced relative ("that was posted"), not a verb of its own, when the noun's own
 * verb of saying follows before the clause ends. The document speaks through that later verb. So is a participle right
 * before ", which" after any noun: no one says anything there.
 */
final class ReducedRelative {

    /** Words between the participle and the document's own verb: "posted on the council's website on Friday". */
    private static final int TOKENS_TO_VERB = 10;

    /** Time adverbs between a noun and its reduced relative's participle: "two others already proposed". */
    private static final Set<String> EARLIER = WordSet.of("already", "previously", "earlier", "recently", "since");

    /** Where in the text a participle points: "described below", "set out above". */
    private static final Set<String> IN_TEXT = WordSet.of("below", "above");

    private ReducedRelative() {
    }

    /** Whether the participle at token {@code i} of the cue {@code form} modifies the document noun before it. */
    static boolean at(AnnotatedDocument doc, int i, Sentence sentence, Lexicon.CueForm form, Lexicon lexicon) {
        List<Token> tokens = doc.tokens;
        if (!form.past() || form.words().size() != 1 || i <= sentence.firstToken()
                || !lexicon.documents.contains(lexicon.headKey(tokens.get(i - 1).lower()))) {
            return false;
        }
        if (i + 1 >= sentence.endToken() || opensClause(tokens.get(i + 1))) {
            // "The statement noted they had said ...", "noted the board said": a verb with its object or clause.
            return false;
        }
        for (int k = i + 1; k < sentence.endToken() && k - i <= TOKENS_TO_VERB; k++) {
            Token t = tokens.get(k);
            // A comma or a dash closes the phrase; a period inside the sentence is a web address's ("GunBroker.com").
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && !t.is(".")
                    || ClauseShapes.CLAUSE_WORDS.contains(t.lower())) {
                return false;
            }
            if (FunctionWords.SAY_TELL.contains(t.text())) {
                return true;
            }
            if (t.in(WordClass.SPEAKING_PRONOUN) || ClauseSubject.FINITE.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** A word that opens the participle's object or clause: a determiner, a pronoun, a name. */
    private static boolean opensClause(Token t) {
        return !t.isWord() || t.isCapitalized() || t.in(WordClass.DETERMINER) || t.in(WordClass.SPEAKING_PRONOUN);
    }

    /**
     * "the plan of release now proposed, which adds a second surety, answers the concerns": whether the one-word cue at
     * {@code i}, ending in "-ed" after a lower-case word that is no pronoun, is followed right away by ", which", with no
     * quotation mark within {@link Windows#PHRASE_TOKENS} before it (a quotation's "the mayor said, which" is a cue after
     * its words).
     */
    static boolean beforeWhich(List<Token> t, int i, int words, Sentence s) {
        int next = i + words;
        if (words != 1 || !t.get(i).lower().endsWith("ed") || i == s.firstToken() || next + 1 >= s.endToken()
                || !t.get(next).is(",") || !t.get(next + 1).is("which")) {
            return false;
        }
        Token before = t.get(i - 1);
        if (!before.isLowerWord() || FunctionWords.PERSON_PRONOUNS.contains(before.lower())
                || FunctionWords.GROUP_PRONOUNS.contains(before.lower()) || FunctionWords.THING_PRONOUNS.contains(before.lower())) {
            return false;
        }
        for (int k = Math.max(s.firstToken(), i - Windows.PHRASE_TOKENS); k < i; k++) {
            if (t.get(k).type() == Token.Type.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /**
     * "if the amendment and two others already proposed were all approved", "the cuts previously announced will stand":
     * a participle after a time adverb that follows a lower-case noun, right before the clause's own finite verb, is the
     * noun's reduced relative; no one speaks. "The council had already proposed a levy" has its subject and object.
     */
    static boolean beforeOwnVerb(List<Token> t, int i, int words, Sentence s) {
        int next = i + words;
        if (words != 1 || !t.get(i).lower().endsWith("ed") || i - 2 < s.firstToken() || next >= s.endToken()
                || !EARLIER.contains(t.get(i - 1).lower()) || !FunctionWords.FINITE_AUXILIARIES.contains(t.get(next).lower())) {
            return false;
        }
        Token noun = t.get(i - 2);
        return noun.isLowerWord() && !FunctionWords.FINITE_AUXILIARIES.contains(noun.lower())
                && !FunctionWords.PERSON_PRONOUNS.contains(noun.lower()) && !FunctionWords.GROUP_PRONOUNS.contains(noun.lower())
                && !FunctionWords.THING_PRONOUNS.contains(noun.lower());
    }

    /**
     * "the transition fund described below cannot replace ...", "the measures outlined above": a participle pointing to
     * another part of the text describes its noun there, no one's words here. The one-word cue at {@code i} ends in
     * "-ed" after a lower-case word, "below" or "above" right after it.
     */
    static boolean pointsInText(List<Token> t, int i, int words, Sentence s) {
        int next = i + words;
        return words == 1 && i > s.firstToken() && next < s.endToken() && t.get(i).lower().endsWith("ed")
                && t.get(i - 1).isLowerWord() && IN_TEXT.contains(t.get(next).lower());
    }
}
