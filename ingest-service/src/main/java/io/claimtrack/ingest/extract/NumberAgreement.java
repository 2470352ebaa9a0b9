package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cue word that would not agree in number with the subject before it is a noun. "A big question remains", "his
 * financial disclosure report provides", "a private email server": after a singular determiner and the words of its
 * noun phrase, the bare form is the noun, since a singular subject takes the "-s" form ("his aide says"); so it is right
 * after "one" ("One question, Minister."). "Two emails
 * sent to the board", "some claims of fraud": after a plural quantity the "-s" form is the plural noun, since a
 * plural subject takes the bare form ("some argue"). Left to the other rules: plural heads ("his aides say"), shares and
 * collectives that take a plural verb ("a third say", "his family say" in British usage, "her team believe"), a
 * determiner inside a prepositional phrase ("sources close to her campaign say") and a bare infinitive after
 * "let" ("let her lawyer explain").
 */
final class NumberAgreement {

    private static final Set<String> SINGULAR_DETERMINERS = WordSet.of("a", "an", "this", "his", "her", "its", "every",
            "each", "another", "my", "your");
    /** Words that end a noun phrase or take the verb's plural: no part of a singular subject's phrase. */
    private static final Set<String> NOT_IN_PHRASE = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "of", "to", "in", "on", "at", "for", "by", "with", "from",
            "about", "and", "or", "but", "nor", "who", "whom", "which", "that", "what", "some", "many", "most", "all",
            "both", "few", "several", "other", "others", "third", "half", "quarter", "majority", "minority", "number",
            "percent", "lot", "family", "couple", "public", "crew", "jury", "not", "also", "still", "then", "now", "never",
            "just", "even", "always", "already", "be", "been");
    /** Before the determiner, words that make the phrase an object: "close to her campaign", "let her lawyer explain". */
    private static final Set<String> BEFORE_OBJECT = WordSet.of("of", "to", "in", "on", "at", "for", "by", "with", "from",
            "about", "into", "over", "under", "through", "against", "among", "between", "without", "like", "than",
            "let", "lets", "letting");

    /** Words of quantity that make what follows plural; a number other than a year does too. */
    private static final Set<String> PLURAL_QUANTITIES = WordSet.union(List.of(FunctionWords.NUMBER_WORDS), "dozen",
            "dozens", "hundreds", "thousands", "some", "many", "several", "few", "both", "numerous", "multiple", "various");

    /**
     * Headline verbs that take what was said as their object: "Council Hears Calls for Inquiry", "Plan Faces Appeals",
     * "Ruling Sparks Warnings".
     */
    private static final Set<String> HEARING_VERBS = WordSet.of("hears", "faces", "receives", "heeds", "ignores",
            "sparks", "prompts", "draws", "renews", "gets");

    /** Verbs a plural subject takes and a singular one never does: after "that" they make it a relative pronoun. */
    private static final Set<String> PLURAL_VERBS = WordSet.of("have", "are", "were", "do");

    private NumberAgreement() {
    }

    /** Whether the "-s" form at token {@code i} follows a plural quantity and the other words of its noun phrase. */
    static boolean pluralNoun(AnnotatedDocument doc, int i, Sentence s, Lexicon lexicon) {
        List<Token> t = doc.tokens;
        if (!thirdPerson(t.get(i).lower(), lexicon)) {
            return false;
        }
        if (i > s.firstToken() && t.get(i - 1).is("further") && t.get(i - 1).isCapitalized()) {
            // "Further questions and comments?", "Further claims emerged": opening the sentence, "further" counts what
            // follows; as an adverb it stands after its subject ("Holm further claims").
            return true;
        }
        int k = phraseStart(t, i, s, lexicon);
        if (k < s.firstToken()) {
            return false;
        }
        for (int m = k + 1; m < i; m++) {
            if (t.get(m).isCapitalized()) {
                // "2016 9:09PM Ted Cruz Hints": a name after the number is the subject of its own verb.
                return false;
            }
        }
        Token q = t.get(k);
        // A number after a capitalised word names something ("Article 33 affirms").
        return PLURAL_QUANTITIES.contains(q.lower())
                || q.type() == Token.Type.NUMBER && !year(q) && !q.is("1") && !(k > s.firstToken() && t.get(k - 1).isCapitalized());
    }

    /**
     * "Council Hears Calls for Inquiry", "Plan Faces Appeals": in a title-case headline, a cue form right after a verb
     * that takes what was said as its object is that object; no finite verb follows another. A cue form before it may
     * be a noun subject ("Report Reveals", "Media Reports Reveal"), so only these verbs.
     */
    static boolean headlineObject(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        return i > s.firstToken() && t.get(i).isCapitalized() && t.get(i - 1).isCapitalized()
                && HEARING_VERBS.contains(t.get(i - 1).lower());
    }

    /**
     * Whether the "-s" form at token {@code i} is a plural noun with a relative clause: "Rust Belt states that have
     * lost jobs", "the claims that are false". "That" before a plural verb cannot be the demonstrative subject of
     * a reported clause ("says that will happen" keeps it), so it is the relative pronoun of the noun before it.
     */
    static boolean pluralAntecedent(AnnotatedDocument doc, int i, Sentence s, Lexicon lexicon) {
        List<Token> t = doc.tokens;
        return i + 2 < s.endToken() && t.get(i + 1).is("that") && PLURAL_VERBS.contains(t.get(i + 2).lower())
                && thirdPerson(t.get(i).lower(), lexicon);
    }

    /** The token before the words of the cue word's noun phrase (at most {@link Windows#NOUN_PHRASE_WORDS}). */
    private static int phraseStart(List<Token> t, int i, Sentence s, Lexicon lexicon) {
        int k = i - 1;
        while (k >= s.firstToken() && i - k <= Windows.NOUN_PHRASE_WORDS && inPhrase(t.get(k), lexicon, k == i - 1)) {
            k--;
        }
        return k;
    }

    private static boolean year(Token t) {
        return t.text().length() == 4 && (t.text().startsWith("19") || t.text().startsWith("20"));
    }

    /** Whether the bare cue word at token {@code i} closes a noun phrase opened by a singular determiner. */
    static boolean heads(AnnotatedDocument doc, int i, Sentence s, Lexicon lexicon) {
        List<Token> t = doc.tokens;
        if (thirdPerson(t.get(i).lower(), lexicon)) {
            return false;
        }
        if (i > s.firstToken() && t.get(i - 1).is("one") && !t.get(i).isCapitalized()) {
            // "One question, Prime Minister.", "one warning": the numeral counts a noun; a verb after it would take "-s".
            // A capitalised word after "One" may go on with a name ("One Nation") or a title-case headline.
            return true;
        }
        if (i - 2 >= s.firstToken() && t.get(i - 2).is("the") && t.get(i - 1).isLowerWord() && t.get(i - 1).lower().endsWith("ing")
                && t.get(i - 1).text().length() > 5) {
            // "the housing plan", "the parking review": a noun in "-ing" makes one compound noun with the bare form; as its
            // subject, the singular noun would take the "-s" verb.
            return true;
        }
        int k = phraseStart(t, i, s, lexicon);
        if (k == i - 1 && documentCompound(t, i, s, lexicon)) {
            // "released its investigation report into the fall": one document noun modifying another is no subject.
            k = phraseStart(t, i - 1, s, lexicon);
        }
        if (k == i - 1 && k - 1 >= s.firstToken() && FunctionWords.ARTICLES.contains(t.get(k - 1).lower()) && !t.get(k - 1).is("the")
                && lexicon.roles.contains(t.get(k).lower()) && !lexicon.groups.contains(t.get(k).lower())
                && !lexicon.organizations.contains(t.get(k).lower())) {
            // "An expert report by Dr. Lind states": one person never takes the bare verb, nor is one a collective.
            return true;
        }
        if (k == i - 1 || k < s.firstToken() || !SINGULAR_DETERMINERS.contains(t.get(k).lower())) {
            return false;
        }
        return k == s.firstToken() || !BEFORE_OBJECT.contains(t.get(k - 1).lower());
    }

    /**
     * A singular word of the phrase, or a year that dates it; its head (the word before the cue) is no speaker word,
     * which may be collective.
     */
    private static boolean inPhrase(Token tok, Lexicon lexicon, boolean head) {
        String lower = tok.lower();
        if (!head && tok.type() == Token.Type.NUMBER && year(tok)) {
            // "A 2035 inspection report by the firm found": a year before the noun dates it.
            return true;
        }
        return tok.isWord() && !WordForms.pluralShape(lower) && !NOT_IN_PHRASE.contains(lower) && !SINGULAR_DETERMINERS.contains(lower)
                && !PLURAL_QUANTITIES.contains(lower) && !ClauseShapes.CLAUSE_WORDS.contains(lower)
                && !lower.equals("the") && !PhraseShapes.contraction(tok) && !lower.endsWith("ly")
                && !FunctionWords.PERSON_PRONOUNS.contains(lower) && !FunctionWords.GROUP_PRONOUNS.contains(lower)
                && !(head && isSpeakerWord(lower, lexicon));
    }

    /** "investigation report", "audit review": a document noun before a cue word that is a document noun too. */
    private static boolean documentCompound(List<Token> t, int i, Sentence s, Lexicon lexicon) {
        return i - 1 >= s.firstToken() && t.get(i - 1).isLowerWord() && lexicon.documents.contains(t.get(i - 1).lower())
                && lexicon.documents.contains(t.get(i).lower());
    }

    private static boolean isSpeakerWord(String lower, Lexicon lexicon) {
        return lexicon.roles.contains(lower) || lexicon.groups.contains(lower) || lexicon.organizations.contains(lower)
                || lexicon.anonymous.contains(lower) || lexicon.documents.contains(lower);
    }

    /**
     * "If the toll passes, expect a lawsuit, or both.": a bare cue form before "a" or "an" and a singular noun (tokens
     * {@code from} to {@code to}) would not agree with it as its subject, so the verb is an imperative and the noun its
     * object, no speaker after the verb ("..., say a number of analysts" is plural).
     */
    static boolean imperativeObject(List<Token> t, int cue, int from, int to, Lexicon lexicon) {
        String verb = t.get(cue).lower();
        if (to - from < 2 || !t.get(from).is("a") && !t.get(from).is("an") || WordForms.pluralShape(t.get(to - 1).lower())
                || thirdPerson(verb, lexicon)) {
            return false;
        }
        List<Lexicon.CueForm> forms = lexicon.cuesStartingWith(verb);
        for (Lexicon.CueForm f : forms) {
            if (f.past() || f.gerund()) {
                return false;
            }
        }
        return !forms.isEmpty();
    }

    /** "claims", "pushes", "denies": the "-s" form of a cue verb, which a singular subject takes. */
    private static boolean thirdPerson(String lower, Lexicon lexicon) {
        for (String stem : List.of(cut(lower, 1), cut(lower, 2), cut(lower, 3) + "y")) {
            if (!stem.isEmpty() && !lexicon.cuesStartingWith(stem).isEmpty() && WordForms.thirdPerson(stem).equals(lower)) {
                return true;
            }
        }
        return false;
    }

    private static String cut(String lower, int n) {
        return lower.length() > n ? lower.substring(0, lower.length() - n) : "";
    }

    /**
     * "Floods 'the worst in 40 years' threaten Marvo rice crop": a cue's bare present right after a quotation cannot
     * have the singular phrase after it ({@code m}) for its inverted subject, which takes the "-s" form ("'Q' warns
     * agency"; "'Q' say residents" is plural): the phrase is the verb's object, and the words before it its subject.
     */
    static boolean bareBeforeSingular(Lexicon lexicon, Cue cue, Mention m) {
        String verb = StanceVerbs.firstWord(cue.text()).toLowerCase(Locale.ROOT);
        String third = WordForms.thirdPerson(verb);
        if (third.equals(verb) || lexicon.cuesStartingWith(third).isEmpty() || m.text().contains(" and ")) {
            return false;
        }
        String head = Name.lastWord(Name.words(m.text()));
        return !WordForms.pluralShape(head) && !lexicon.groups.contains(head);
    }
}
