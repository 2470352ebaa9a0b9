package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * People a sentence introduces by a description set off before their name ("The county has hired a new captain, Maren
 * Holt,", "His wife, Carla,") or by naming themselves ("a seller who would give only his first name, Karim,"), for
 * {@link SubjectCandidates} and {@link PronounResolver}: such a person is new to the story, so a pronoun may go on
 * with them.
 */
final class Introductions {

    /**
     * Possessives that may own a description introducing someone: "his wife, Carla,", a body's "its new coach, Desmond
     * Kolawole,"; "our" and "my" are a speaker's.
     */
    private static final Set<String> INTRODUCING_POSSESSIVES = WordSet.of("his", "her", "their", "its");
    /** "gave her name as", "identified herself as", "asked to be identified as": stems for {@link WordForms#startsWithAny}. */
    private static final List<String> NAMING = List.of("name", "identif");
    /** The lower-case words inside a body's name: "of the Ministry of Defence and Veterans". */
    private static final Set<String> BODY_NAME_WORDS = WordSet.of("of", "the", "and");

    /** The tokens "11-year-old" may run to. */
    private static final int AGE_TOKENS = 5;

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;

    Introductions(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * A person introduced by a description: the gender of the possessive pronoun owning it ("his wife"; null for
     * an article), the gender of its head word ("wife"; null if none), and whether that word is kin ("daughter").
     */
    record Introduction(Gender owner, Gender head, boolean kin) {
    }

    /**
     * "The county has hired a new captain, Maren Holt, who ...", "hired a new captain on Monday, Maren Holt,", "the
     * testimony of the developer, Carl Bain, who testified", "His wife, Carla, was less certain", "Karim's niece, Amira, runs the next stall": a name set off by
     * commas right after a short description of a person (an article, a possessive pronoun or a name's possessive, a
     * role, kind of person or kin word last) introduces that person, unless someone named or a pronoun before the
     * description is the sentence's subject ("Tom Vik hired a new aide, Ann Holm,"); null otherwise.
     */
    Introduction introduction(NamedRoles.Place p) {
        if (p == null || p.first() < 3) {
            return null;
        }
        List<Token> tokens = p.tokens();
        int first = p.first();
        Introduction self = selfNamed(tokens, first);
        if (self != null) {
            return self;
        }
        int described = beforeAge(tokens, first);
        int headAt = beforeBodyName(tokens, afterTime(tokens, described - 2));
        Token head = tokens.get(headAt);
        if (described < 2 || !tokens.get(described - 1).is(",") || !head.isWord() || head.isCapitalized()) {
            return null;
        }
        int k = headAt - 1;
        while (k >= 0 && first - k <= ResolutionWindows.OPENING_DESCRIPTION_TOKENS + 2 && tokens.get(k).isLowerWord()
                && !FunctionWords.DETERMINERS.contains(tokens.get(k).lower())) {
            // "One of the organizations he will soon launch, Our Revolution,": a clause, not a description.
            if (FunctionWords.NP_BREAKERS.contains(tokens.get(k).lower()) || FunctionWords.SUBJECT_PRONOUNS.contains(tokens.get(k).lower())) {
                return null;
            }
            k--;
        }
        String determiner = k >= 0 ? tokens.get(k).lower() : "";
        boolean namePossessive = k >= 0 && tokens.get(k).isCapitalized() && Mentions.isPossessive(determiner);
        // "the developer, Carl Bain,": a person's full name says the word before it was a person's, which the role
        // lists may lack; a first name alone needs one ("His wife, Carla,").
        if (!FunctionWords.ARTICLES.contains(determiner) && !INTRODUCING_POSSESSIVES.contains(determiner) && !namePossessive || !closesName(tokens, first)
                || !SubjectShape.personWord(lexicon, head.lower()) && !(FunctionWords.ARTICLES.contains(determiner) && fullName(tokens, first))) {
            return null;
        }
        int from = Datelines.subjectStart(doc, p.sentence(), tokens);
        if (k < from) {
            return null;
        }
        for (int i = from; i < k; i++) {
            if (FunctionWords.SPEAKING_PRONOUNS.contains(tokens.get(i).lower())) {
                return null;
            }
        }
        int sentenceFrom = tokens.get(from).start();
        // "Brisk Sealink's chief executive, Anna Holm,": the possessor owns the description, no subject before it.
        int owner = namePossessive ? ownerStart(tokens, k) : k;
        // "Ustrel sent its trade minister, Ada Holm,": the subject "its" stands for is a body or place, no person.
        if (determiner.equals("its")) {
            sentenceFrom = tokens.get(owner).start();
        }
        for (int j = Name.lastBefore(doc.names, tokens.get(owner).start()); j >= 0 && doc.names.get(j).offset() >= sentenceFrom; j--) {
            if (doc.names.get(j).kind() == SpeakerKind.PERSON && !commonNoun(doc.names.get(j))) {
                return null;
            }
        }
        return new Introduction(Gender.ofWord(determiner), Gender.ofWord(head.lower()), PossessedRoles.KIN.contains(head.lower()));
    }

    /**
     * "The finalist, 11-year-old Kiran Batra,": the first token of an age set before the name at token {@code first},
     * so the description before it introduces the name; {@code first} if there is none.
     */
    private int beforeAge(List<Token> tokens, int first) {
        for (int k = first - 1; k >= 0 && first - k <= AGE_TOKENS; k--) {
            if (ResolutionStage.AGE.matcher(doc.text(tokens.get(k).start(), tokens.get(first - 1).end())).matches()) {
                return k;
            }
        }
        return first;
    }

    /** The first of the capitalised words that end in the possessive at token {@code k} ("Brisk Sealink's"). */
    private static int ownerStart(List<Token> tokens, int k) {
        int start = k;
        while (start > 0 && tokens.get(start - 1).isCapitalized()) {
            start--;
        }
        return start;
    }

    /**
     * "Unions appointed a negotiator, Marit Holm,": a plural of a word for a body or for people, capitalised as the
     * sentence's first word, is read as a name but names no one.
     */
    private boolean commonNoun(Name n) {
        if (n.words().size() != 1) {
            return false;
        }
        String w = n.words().get(0);
        return WordForms.pluralShape(w) && (WordForms.inSetOrPlural(lexicon.organizations, w) || lexicon.groups.contains(w)
                || lexicon.isPersonNoun(w.substring(0, w.length() - 1)));
    }

    /**
     * "A woman who gave her name only as Greta, 54,", "a seller who would give only his first name, Karim,", "a
     * shopkeeper who asked to be identified only as Lucia": a person who names themselves, in a relative clause right
     * before it, by the name at token {@code first}, a first name the text may never complete; the gender the clause's
     * pronoun gives (null if none), or null if the name is not so given.
     */
    private static Introduction selfNamed(List<Token> tokens, int first) {
        int k = first - 1;
        if (k < 3 || !(tokens.get(k).is("as") || tokens.get(k).is(",") && tokens.get(k - 1).is("name"))) {
            return null;
        }
        Gender gender = null;
        boolean naming = false;
        for (int i = k - 1; i >= 0 && k - i <= ResolutionWindows.SELF_NAMING_TOKENS; i--) {
            String w = tokens.get(i).lower();
            if (w.equals("who")) {
                return naming ? new Introduction(null, gender, false) : null;
            }
            naming |= WordForms.startsWithAny(w, NAMING);
            String pronoun = w.endsWith("self") ? w.substring(0, w.length() - "self".length()) : w;
            gender = INTRODUCING_POSSESSIVES.contains(pronoun) || pronoun.equals("him") ? Gender.ofWord(FunctionWords.subjectPronoun(pronoun)) : gender;
        }
        return null;
    }

    /** Two capitalised words or more start at token {@code first}. */
    private static boolean fullName(List<Token> tokens, int first) {
        return first + 1 < tokens.size() && tokens.get(first).isCapitalized() && tokens.get(first + 1).isCapitalized();
    }

    /** The name starting at token {@code first} ends at a comma, the sentence's end or "who". */
    private static boolean closesName(List<Token> tokens, int first) {
        int end = SubjectShape.nameEnd(tokens, first);
        int k = pastHome(tokens, end);
        return end > first && (k == tokens.size() || tokens.get(k).is(",") || tokens.get(k).is(".") || tokens.get(k).is("who"));
    }

    /** "Kiran Batra of East Wexley,": past the home a name ending before token {@code k} is given, if one is; else {@code k}. */
    private static int pastHome(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !HomeAfterName.HOME.contains(tokens.get(k).lower())) {
            return k;
        }
        int i = k + 1;
        while (i < tokens.size() && i - k <= ResolutionWindows.OPENING_DESCRIPTION_TOKENS && tokens.get(i).isCapitalized()) {
            i++;
        }
        return i > k + 1 && i < tokens.size() && tokens.get(i).is(",") ? i : k;
    }

    /**
     * "the spokesman of the Ministry of Transport, Colonel Varo Sorel,": the description's head before the body's name
     * its "of" opens; {@code k} when the word at {@code k} ends no such name.
     */
    private static int beforeBodyName(List<Token> tokens, int k) {
        int i = k;
        while (i > 0 && k - i <= ResolutionWindows.OPENING_DESCRIPTION_TOKENS
                && (tokens.get(i).isCapitalized() || BODY_NAME_WORDS.contains(tokens.get(i).lower()))) {
            i--;
        }
        return i < k && tokens.get(k).isCapitalized() && tokens.get(i + 1).is("of") && tokens.get(i).isLowerWord() ? i : k;
    }

    /** "hired a new director in March, Ada Holm,": the description's last word before a day or month its "in" or "on" opens. */
    private static int afterTime(List<Token> tokens, int k) {
        return k >= 3 && Mentions.isDateWord(tokens.get(k).lower()) && (tokens.get(k - 1).is("in") || tokens.get(k - 1).is("on")) ? k - 2 : k;
    }
}
