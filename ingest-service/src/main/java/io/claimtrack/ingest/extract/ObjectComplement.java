package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Verbs that report speech or a view only through the complement after their object (lexicon
 * {@code complement-cues.txt}): "sees the vote as a test", "likened the race to a car crash", "blasted the
 * mayor for the delays", "ruled that", "the sign read: ...". Without it they name an action or a perception:
 * "saw the fireworks", "compared with last year", "ruled out a run", "read the report".
 */
final class ObjectComplement {

    /** The complement word that stands for a quotation: a colon or quotation mark right after the verb. */
    static final String QUOTATION = "quotation";
    /** The complement word that makes only the verb's past a cue: "judged that", the other forms being the noun. */
    static final String PAST_ONLY = "past";
    /** The complement word that stands for an infinitive after the object: "encouraged the pilots to strike". */
    static final String INFINITIVE = "infinitive";
    /**
     * The complement word that stands for "as" and a name given to the object: a quotation or an indefinite noun
     * ("pounded the mayor as a “con artist”"), not a time clause ("pounded the pier as the ferry left").
     */
    static final String PREDICATE = "predicate";
    /**
     * The complement word that stands for a clause without "that" right after the verb: "as traders reckoned the pause
     * would last"; "reckoned the cost at $4 million" has no clause.
     */
    static final String CLAUSE = "clause";
    /**
     * The complement word that stands for "at" and a figure after the object: "put the harvest at 12 million tonnes"
     * is an estimate, "put the ladder at the back" a place.
     */
    static final String AMOUNT = "amount";
    /**
     * The complement word that stands for an object over a list under the sentence's colon, and nothing else: "has
     * directed the Minister of Ports, Ida Roos, to:" over its bullets; "directed the film", "directed traffic to the
     * exit" report no words.
     */
    static final String LIST = "list";
    /** After "as" these make a comparison or a time clause, not a complement: "as well as", "as they left". */
    private static final Set<String> NOT_AFTER_AS = WordSet.of("well", "much", "many", "soon", "long", "far", "if",
            "though", "part", "he", "she", "they", "we", "i", "you", "it");
    /** Particles of a phrasal verb that stand where the object would: "pitched in", "cast off". */
    private static final Set<String> PARTICLES = WordSet.of("in", "up", "out", "off", "back", "down", "away");
    /** Marks that end the object's phrase; a period inside a sentence belongs to an abbreviation ("Mrs."). */
    private static final Set<String> PHRASE_ENDS = WordSet.of(",", ";", ":", "(", ")", "—", "–", "?", "!");
    /** Pronouns of people asked to act: "encourage others to follow". */
    private static final Set<String> PEOPLE = WordSet.of("others", "everyone", "everybody", "anyone", "anybody", "someone",
            "somebody");
    /** Pronouns that front the verb's object: "whom he views as a peer", "a plan that they regard as bloated". */
    private static final Set<String> RELATIVES = WordSet.of("whom", "who", "that", "which");

    private final Lexicon lexicon;

    ObjectComplement(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** False when the cue at token {@code i} needs a complement after its object and has none. */
    boolean fits(AnnotatedDocument doc, int i, int words, Sentence s) {
        StringBuilder cue = new StringBuilder(doc.tokens.get(i).lower());
        for (int k = i + 1; k < i + words; k++) {
            cue.append(' ').append(doc.tokens.get(k).lower());
        }
        Set<String> complements = lexicon.complementsOfCue(cue.toString());
        if (complements.isEmpty() || words == 1 && DeckVerbs.forecast(doc, i, s)) {
            return true;
        }
        List<Token> t = doc.tokens;
        int from = i + words;
        if (complements.contains(QUOTATION)) {
            boolean quoted = quotes(t, i, from, s);
            // "instructed:" over a list, or the object's infinitive after it ("instructed the ministry to ...").
            if (quoted || complements.size() == 1) {
                return quoted;
            }
        }
        if ((complements.contains(INFINITIVE) || complements.contains(LIST)) && objectOverList(doc, from, s)) {
            return true;
        }
        if (complements.contains(LIST)) {
            return false;
        }
        if (complements.contains(CLAUSE) && BareClause.opensAt(t, from, s)) {
            return true;
        }
        int end = Math.min(s.endToken(), from + Windows.COMPLEMENT_OBJECT_TOKENS);
        for (int k = from; k < end; k++) {
            Token tok = t.get(k);
            int aside = apposedName(t, k, end);
            if (aside > k) {
                // "instructed the regional minister, Carl Dunmoor, to ...": the object's name in apposition.
                k = aside;
                continue;
            }
            if (PHRASE_ENDS.contains(tok.text()) || k > from && t.get(k - 1).is("by") && tok.lower().endsWith("ing")) {
                // "framed her remarks by portraying Holm as a crank": the "as" is the participle's, not the verb's.
                return false;
            }
            if (k > from && FunctionWords.FINITE_AUXILIARIES.contains(tok.lower()) && !relativeBefore(t, from, k)) {
                // "Household credit growth has slowed for four months": the words after the verb are a clause's subject
                // and the verb a noun before it, no object and complement.
                return false;
            }
            if (complements.contains(INFINITIVE) && k > from && tok.is("to")) {
                // "begged the question of whether he was up to his job": a "to" before a noun phrase opens no infinitive.
                return k + 1 < end && !t.get(k + 1).isCapitalized() && !FunctionWords.DETERMINERS.contains(t.get(k + 1).lower())
                        && t.get(k + 1).type() != Token.Type.NUMBER && !pronounAfterTo(t.get(k + 1))
                        && !(k == from + 1 && thingAsked(t.get(from)));
            }
            if (complements.contains(AMOUNT) && k > from && tok.is("at")) {
                return figureAfter(t, k + 1, end);
            }
            if (complements.contains(PREDICATE) && k > from && tok.is("as")) {
                return k + 1 < end && (t.get(k + 1).type() == Token.Type.QUOTE || t.get(k + 1).is("a") || t.get(k + 1).is("an"));
            }
            if (!complements.contains(tok.lower()) || tok.is(PAST_ONLY)) {
                continue;
            }
            if (tok.is("that")) {
                // "ruled that", "learned on Friday that"; further on, "that" is a determiner: "learned a lot from that race".
                // After an object a verb right after "that" makes it a relative: "discovered a tunnel that started ...".
                // "broke council rules but that her office had found": "but that" goes on an earlier that-clause.
                return k - from <= Windows.THAT_AFTER_COMPLEMENT_VERB_TOKENS && !(k > from && relativeVerb(t, k + 1, s))
                        && !(k > from && FunctionWords.COORDINATORS.contains(t.get(k - 1).lower()));
            }
            if (k == from + 1 && PARTICLES.contains(t.get(from).lower())) {
                // "pitched in as the ferry filled", "cast off as the tide turned": a phrasal verb has no object.
                return false;
            }
            // "whom he views as a peer", "which it attributes to the heat": the relative stands for the object.
            boolean object = k > from || (tok.is("as") || tok.is("to")) && frontedObject(t, i, s);
            if (object && !(tok.is("as") && k + 1 < s.endToken() && NOT_AFTER_AS.contains(t.get(k + 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a relative pronoun stands in {@code [from, to)}: "credited the crew who had worked all night for ...". */
    private static boolean relativeBefore(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (RELATIVES.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "requested anonymity to speak freely", "urged calm to return": a bare lower-case object that names no one is what
     * is asked for, the infinitive its purpose; "requests the Ministry to", "begged voters to" ask a party to act.
     */
    private boolean thingAsked(Token object) {
        String w = object.lower();
        return object.isLowerWord() && !FunctionWords.OBJECT_PRONOUNS.contains(w) && !PEOPLE.contains(w)
                && !lexicon.isSpeakerNoun(object) && !lexicon.isPersonNoun(w) && !lexicon.isPersonNoun(WordForms.singular(w));
    }

    /** "requested documents related to it be preserved": a pronoun after "to" makes it a preposition. */
    private static boolean pronounAfterTo(Token next) {
        return FunctionWords.OBJECT_PRONOUNS.contains(next.lower()) || FunctionWords.THING_PRONOUNS.contains(next.lower());
    }

    /**
     * The comma that closes a name in apposition opened by the comma at {@code k} (", Carl Dunmoor,"), or the last word
     * of a title's fields before an infinitive; -1 if none.
     */
    private static int apposedName(List<Token> t, int k, int end) {
        if (!t.get(k).is(",")) {
            return -1;
        }
        int c = k + 1;
        while (c < end && t.get(c).isCapitalized()) {
            c++;
        }
        if (c > k + 1 && c < end && t.get(c).is(",")) {
            return c;
        }
        // "instructed the Minister of Energy, Housing and Utilities to ...": the last fields of a title, joined by "and".
        while (c < end && (t.get(c).isCapitalized() || t.get(c).is("and") && t.get(c - 1).isCapitalized())) {
            c++;
        }
        return k > 0 && t.get(k - 1).isCapitalized() && c > k + 1 && t.get(c - 1).isCapitalized() && c < end && t.get(c).is("to")
                ? c - 1 : -1;
    }

    /**
     * A number within the first words from {@code k} with only lower-case words or signs before it: "12 million",
     * "about 4,000", "a record $3 billion"; "the back of the shed" has none.
     */
    static boolean figureAfter(List<Token> t, int k, int end) {
        for (int c = k; c < Math.min(end, k + Windows.ADVERB_RUN + 1); c++) {
            if (t.get(c).type() == Token.Type.NUMBER) {
                return true;
            }
            if (t.get(c).isCapitalized() || PHRASE_ENDS.contains(t.get(c).text())) {
                return false;
            }
        }
        return false;
    }

    /** A finite verb at {@code k}: an auxiliary or a lower-case past form ("a tunnel that was dug", "that started"). */
    static boolean relativeVerb(List<Token> t, int k, Sentence s) {
        if (k >= s.endToken()) {
            return false;
        }
        String w = t.get(k).lower();
        return FunctionWords.FINITE_AUXILIARIES.contains(w) || !t.get(k).isCapitalized() && w.length() > 4 && w.endsWith("ed");
    }

    /**
     * A finite verb at {@code k} as {@link #relativeVerb} reads it, or a lower-case irregular past: "a sales forecast that
     * fell short", "a statement that ran to two pages".
     */
    static boolean relativeVerbOrPast(List<Token> t, int k, Sentence s) {
        return relativeVerb(t, k, s) || k < s.endToken() && !t.get(k).isCapitalized() && Lexicon.get().isIrregularPast(t.get(k).lower());
    }

    /**
     * "whom he views as a peer": a relative pronoun shortly before the verb stands for its object. "is widely
     * seen as" has none: a passive, whose subject holds no view.
     */
    private static boolean frontedObject(List<Token> t, int i, Sentence s) {
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - Windows.ADVERB_RUN - 1); k--) {
            if (RELATIVES.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "instructed the ministries:" over "- to publish the audit": the object's infinitives stand in the list under the
     * colon that closes the sentence, right after a short object; "instructed the ministries: the audit is late" has none.
     */
    private static boolean objectOverList(AnnotatedDocument doc, int from, Sentence s) {
        List<Token> t = doc.tokens;
        int colon = s.endToken() - 1;
        if (!t.get(colon).is(":") || colon <= from || colon - from > Windows.COMPLEMENT_OBJECT_TOKENS) {
            return false;
        }
        for (int k = from; k < colon; k++) {
            int aside = apposedName(t, k, colon);
            if (aside > k) {
                // "directed the Minister of Ports, Ida Roos, to:": the object's name in apposition.
                k = aside;
                continue;
            }
            if (PHRASE_ENDS.contains(t.get(k).text())) {
                return false;
            }
        }
        return PresentingLeadIn.listFollows(doc, s);
    }

    /** "The sign read: “...”", "“Q,” the banner read.": a quotation right after the verb, or closed just before it. */
    private static boolean quotes(List<Token> t, int i, int from, Sentence s) {
        if (from < s.endToken() && (t.get(from).is(":") || t.get(from).type() == Token.Type.QUOTE)) {
            return true;
        }
        boolean closesClause = from >= s.endToken() || t.get(from).is(".") || t.get(from).is(",");
        for (int k = i - 1; closesClause && k >= Math.max(s.firstToken(), i - Windows.AFTER_TRAILING_CUE_TOKENS); k--) {
            if (t.get(k).type() == Token.Type.QUOTE) {
                return true;
            }
        }
        return false;
    }
}
