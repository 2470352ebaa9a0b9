package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The part a person named in passing plays in their sentence, as far as it decides whether a later "he" or
 * "she" may be them: a victim ("the crash that killed Jim Vik", "Vik was shot") is talked about, not the one
 * who tells police; the one told ("told The Ledger she ...") is spoken to, not speaking; of two people joined
 * by "and", a singular pronoun cannot tell which it means.
 */
final class NamedRoles {

    /** Past forms of what is done to a victim. */
    private static final Set<String> HARM = WordSet.of("killed", "injured", "wounded", "shot", "stabbed", "murdered",
            "hit", "struck", "hurt", "beaten", "assaulted", "attacked", "slain", "kidnapped", "abducted", "robbed",
            "run", "strangled", "drowned", "hospitalized", "hospitalised", "taken");
    /**
     * Passives that leave the person a likely next speaker: someone arrested, charged or questioned goes on to
     * tell police or the court something ("Berg was arrested. He told police ...").
     */
    private static final Set<String> SPEAKING_PASSIVES = WordSet.of("arrested", "charged", "detained", "questioned",
            "accused", "indicted", "convicted", "sentenced", "acquitted", "released", "elected", "appointed", "named",
            "interviewed", "asked", "fined", "sued");
    private static final Set<String> BE = WordSet.of("was", "were", "is", "are", "has", "have", "had", "been", "being");
    private static final Set<String> CONJUNCTIONS = WordSet.of("and", "or");
    /** Prepositions whose object is someone talked about ("a vote for Ann Holm", "to Ann Holm being ..."). */
    private static final Set<String> OBJECT_PREPOSITIONS = WordSet.of("to", "for", "with", "about", "against", "at", "on",
            "of", "by", "from", "over", "like", "toward", "towards", "including", "than", "between", "among");

    private NamedRoles() {
    }

    /**
     * Where a name stands: its sentence, the sentence's tokens and the index among them of the name's first token.
     * Found once per name, for the several tests that read the words around it.
     */
    record Place(Sentence sentence, List<Token> tokens, int first) {

        /** The place of the name at {@code offset}, or null outside every sentence. */
        static Place of(AnnotatedDocument doc, int offset) {
            Sentence s = doc.sentenceAt(offset);
            return s == null ? null : new Place(s, doc.tokens(s),
                    Math.min(doc.tokenAtOrAfter(offset), s.endToken()) - s.firstToken());
        }
    }

    /** "... that killed Jim Vik", "Vik was shot", "Vik, who was stabbed": the named person came to harm. */
    static boolean victim(Place p) {
        if (p == null) {
            return false;
        }
        List<Token> tokens = p.tokens();
        int first = p.first();
        int after = end(tokens, first);
        if (first > 0 && HARM.contains(tokens.get(first - 1).lower())) {
            return true;
        }
        int k = after < tokens.size() && tokens.get(after).is(",") && after + 1 < tokens.size()
                && tokens.get(after + 1).is("who") ? after + 2 : after;
        // "Vik has been shot" is passive; "Korlan has taken a softer tone" is not: the last auxiliary is a form of "be".
        boolean passive = false;
        while (k < tokens.size() && BE.contains(tokens.get(k).lower())) {
            passive = !FunctionWords.HAVE_FORMS.contains(tokens.get(k).lower());
            k++;
        }
        return passive && k < tokens.size() && HARM.contains(tokens.get(k).lower());
    }

    /** "Holm told Politico she ...", "told the Ledger": the named person is the one told, an object. */
    static boolean listener(Place p) {
        if (p == null) {
            return false;
        }
        List<Token> tokens = p.tokens();
        int k = p.first() - 1;
        if (k > 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 0 && FunctionWords.ADDRESSEE_VERBS.contains(tokens.get(k).lower());
    }

    /**
     * "a vote for Ann Holm", "his wife, Senate candidate Ann Holm,", "the Holm campaign": a person named as the
     * object of a preposition, in apposition to a role or relation of someone else, or as a noun's modifier is
     * talked about; a later pronoun takes them only when the text makes them its subject. The source of "according
     * to" is no object: what is said is theirs.
     */
    static boolean inPassing(Place p, Lexicon lexicon) {
        if (p == null) {
            return false;
        }
        List<Token> tokens = p.tokens();
        int k = p.first() - 1;
        // Back over the title: "for GOP nominee Donald Trump", "wife, Democratic presidential nominee Ann Holm".
        while (k >= 0 && (tokens.get(k).isCapitalized() || tokens.get(k).is(".")
                || lexicon.isRoleWord(lexicon.headKey(tokens.get(k).lower())))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        Token before = tokens.get(k);
        // "the Holm campaign", "a Holm supporter": a name that modifies a noun is no one here.
        if (FunctionWords.DETERMINERS.contains(before.lower())) {
            return true;
        }
        if (before.is("to") && k > 0 && tokens.get(k - 1).is("according")) {
            // "Is the fight over? Not according to Mr. Cabral-Moss.": the one whose view is given, not someone talked about.
            return false;
        }
        if (OBJECT_PREPOSITIONS.contains(before.lower())) {
            // "drew skepticism from Councilwoman Ann Holm, who asked for the data": the clause on what she did turns the
            // text to her ("swipes at Tom Lund, who he dubbed ..." is on what someone else did).
            int after = end(tokens, p.first());
            return !(after + 2 < tokens.size() && tokens.get(after).is(",") && tokens.get(after + 1).is("who")
                    && Gender.ofWord(tokens.get(after + 2).lower()) == null);
        }
        if (before.is(",") && k > 0) {
            String noun = tokens.get(k - 1).lower();
            return tokens.get(k - 1).isLowerWord()
                    && (Gender.ofWord(noun) != null || lexicon.isRoleWord(lexicon.headKey(noun)));
        }
        return false;
    }

    /** "Berg was arrested", "Lund was questioned": a passive after which the person still speaks. */
    static boolean speakingPassive(String participle) {
        return SPEAKING_PASSIVES.contains(participle);
    }

    /**
     * "Tom Lund and Jim Vik were there": the offset of the other of two names joined by "and" or "or", or -1
     * when the name stands alone.
     */
    static int conjunct(Place p) {
        if (p == null) {
            return -1;
        }
        List<Token> tokens = p.tokens();
        int first = p.first();
        int after = end(tokens, first);
        if (after + 1 < tokens.size() && CONJUNCTIONS.contains(tokens.get(after).lower()) && tokens.get(after + 1).isCapitalized()) {
            return tokens.get(after + 1).start();
        }
        if (first > 1 && CONJUNCTIONS.contains(tokens.get(first - 1).lower()) && tokens.get(first - 2).isCapitalized()) {
            int k = first - 2;
            while (k > 0 && (tokens.get(k - 1).isCapitalized() || tokens.get(k - 1).is("."))) {
                k--;
            }
            return tokens.get(k).start();
        }
        return -1;
    }

    /** Just after the capitalised words and initials of a name starting at token {@code first} (its title included). */
    private static int end(List<Token> tokens, int first) {
        int k = first;
        while (k < tokens.size() && (tokens.get(k).isCapitalized() || tokens.get(k).is(".") && k > first)) {
            k++;
        }
        return k;
    }
}
