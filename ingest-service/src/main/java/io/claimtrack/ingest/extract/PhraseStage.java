package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Noun phrases: gives the later stages {@link AnnotatedDocument#mentions}, which finds and splits phrases by
 * reading one mark per token, how that token can take part in a speaker phrase. A token is marked once, when a
 * pattern first asks for it: marking every token up front cost more than the lookups it saved (most tokens lie
 * where no pattern looks), 3 to 7% of the extractor's time on PolNeAR train.
 */
public final class PhraseStage implements Stage {

    /** What the word lists say of a lower-case word, so marking a token takes one lookup instead of six. */
    /** Nouns of a field between a title's modifier and the title: "state road safety officials". */
    private static final int FIELD_NOUNS = 2;
    private static final byte BREAKER = 1;
    private static final byte THING = 2;
    private static final byte LINK = 4;
    private static final byte CUE = 8;
    private static final byte ROLE_OR_DOCUMENT = 16;
    private static final byte PAST_VERB = 32;

    private final Lexicon lexicon;
    private final Map<String, Byte> wordLists = new HashMap<>();

    public PhraseStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        list(FunctionWords.NP_BREAKERS, BREAKER);
        list(FunctionWords.THING_PRONOUNS, THING);
        list(Mentions.INNER_LINKS, LINK);
        list(lexicon.cueFirstWords(), CUE);
        list(lexicon.roles, ROLE_OR_DOCUMENT);
        list(lexicon.documents, ROLE_OR_DOCUMENT);
        list(lexicon.verbOnlyPasts, PAST_VERB);
    }

    private void list(Set<String> words, byte bit) {
        for (String w : words) {
            wordLists.merge(w, bit, (a, b) -> (byte) (a | b));
        }
    }

    @Override
    public void process(AnnotatedDocument doc) {
        doc.mentions = new Mentions(doc, lexicon, this);
    }

    /** The token's mark: its part in a phrase, and {@link Mentions#LOOSE} when it may follow a preposition. */
    byte mark(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        // Numbers and punctuation are decided by their type alone.
        Byte listed = t.isWord() ? wordLists.get(t.lower()) : null;
        byte on = listed == null ? 0 : listed;
        if ((on & CUE) != 0 && (office(tokens, i) || titleModifier(tokens, i) || particleMissing(tokens, i)
                || officeField(tokens, i) || nounModifier(tokens, i) || gerundModifier(tokens, i))) {
            on &= ~CUE;
        }
        if (t.is(",") && FieldLists.listComma(lexicon, tokens, i)) {
            return Mentions.INSIDE_PHRASE;
        }
        if ((on & LINK) != 0 && t.is("and") && officeField(tokens, i)) {
            return (byte) (Mentions.LOOSE | Mentions.INSIDE_PHRASE);
        }
        byte loose = t.isWord() && (on & (BREAKER | PAST_VERB)) == 0 ? Mentions.LOOSE : 0;
        return (byte) (loose | part(tokens, i, on));
    }

    /**
     * "head of state", "secretary of state", "the head of the Dravian state": after a title and "of" (and a country's
     * name or adjective after "the"), a cue word is the office the title is of, a noun.
     */
    private boolean office(List<Token> tokens, int i) {
        int of = i - 1;
        if (of >= 2 && tokens.get(of).isCapitalized()) {
            // A state's name is a word or two: a longer capitalised run (a headline in capitals) is read no further.
            while (of >= 2 && i - of <= DescriptionHeads.STATE_QUALIFIER_WORDS && tokens.get(of).isCapitalized()) {
                of--;
            }
            of = tokens.get(of).is("the") ? of - 1 : -1;
        }
        return of >= 1 && tokens.get(of).is("of") && lexicon.roles.contains(lexicon.headKey(tokens.get(of - 1).lower()));
    }

    /**
     * "the fire chief said", "fire officials say": a word that is a cue only with its particle ("fire back") is,
     * without it and before a speaker's noun, that noun's modifier.
     */
    private boolean particleMissing(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !lexicon.isSpeakerNoun(tokens.get(i + 1))) {
            return false;
        }
        for (Lexicon.CueForm form : lexicon.cuesStartingWith(tokens.get(i).lower())) {
            List<String> words = form.words();
            int k = 1;
            while (k < words.size() && i + k < tokens.size() && tokens.get(i + k).is(words.get(k))) {
                k++;
            }
            if (k == words.size()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Vice President for news and talk Dave Gorab", "director of communications and policy Ann Lee": lower-case
     * words joined by "and" after a title's "for" or "of", before the holder's capitalised name, are the office's
     * field; its "and" (token {@code i}) joins no two speakers, and its cue words ("talk") are nouns.
     */
    private boolean officeField(List<Token> tokens, int i) {
        boolean and = tokens.get(i).is("and");
        int back = i - 1;
        while (back >= 0 && i - back <= Windows.OFFICE_FIELD_WORDS * 2 && tokens.get(back).isLowerWord()
                && !tokens.get(back).is("for") && !tokens.get(back).is("of")) {
            and |= tokens.get(back).is("and");
            back--;
        }
        if (back < 1 || back == i - 1 || !(tokens.get(back).is("for") || tokens.get(back).is("of"))
                || !lexicon.roles.contains(lexicon.headKey(tokens.get(back - 1).lower()))) {
            return false;
        }
        int ahead = i + 1;
        while (ahead < tokens.size() && ahead - i <= Windows.OFFICE_FIELD_WORDS * 2 && tokens.get(ahead).isLowerWord()) {
            and |= tokens.get(ahead).is("and");
            ahead++;
        }
        // The name follows the field at once: "and" is never its last word.
        return and && ahead < tokens.size() && ahead - i <= Windows.OFFICE_FIELD_WORDS * 2 && tokens.get(ahead).isCapitalized()
                && !tokens.get(ahead - 1).is("and");
    }

    /**
     * "A state representative, Bo Lind, said", "the Virginia state director": a cue word that also modifies titles,
     * before a title, is part of it, also across a field's nouns ("state highway officials"). "The ministers state
     * that" keeps its cue.
     */
    private boolean titleModifier(List<Token> tokens, int i) {
        if (!lexicon.roleModifiers.contains(tokens.get(i).lower())) {
            return false;
        }
        // "state highway officials", "state road safety officials": a field's nouns between the modifier and its noun.
        for (int k = i + 1; k < tokens.size() && k <= i + 1 + FIELD_NOUNS; k++) {
            if (lexicon.isSpeakerNoun(tokens.get(k))) {
                return true;
            }
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized() || t.in(WordClass.NP_BREAKER) || t.in(WordClass.DETERMINER)
                    || !lexicon.cuesStartingWith(t.lower()).isEmpty()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "A dispute panel of the Shipping Compact ruled", "the complaint desk said": right after an article a cue word
     * in its plain form is no verb, and before a plain singular noun it is that noun's modifier. A plural after it
     * or a person's noun may open a relative clause instead ("the report officials released", "the praise people
     * gave"), and an adverb or preposition makes it the head ("the state wrongly stated", "the support of").
     */
    private boolean nounModifier(List<Token> tokens, int i) {
        if (i < 1 || i + 1 >= tokens.size() || !FunctionWords.ARTICLES.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        String w = tokens.get(i).lower();
        Token next = tokens.get(i + 1);
        String n = next.lower();
        return !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing") && next.isLowerWord() && !n.endsWith("s")
                && !ClauseShapes.lyAdverb(next) && !CueStage.PREPOSITIONS.contains(n) && !lexicon.isPersonNoun(n)
                && !lexicon.groups.contains(n) && !wordLists.containsKey(n);
    }

    /**
     * "a planning official said", "the marketing director": after an article a cue word in "-ing" is a gerund
     * naming the field of the singular speaker's noun after it. A plural may open a relative clause ("the warning
     * officials gave").
     */
    private boolean gerundModifier(List<Token> tokens, int i) {
        if (i < 1 || i + 1 >= tokens.size() || !FunctionWords.ARTICLES.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return tokens.get(i).lower().endsWith("ing") && next.isLowerWord() && !WordForms.pluralShape(next.lower())
                && lexicon.isSpeakerNoun(next);
    }

    /** Words in -ly that qualify a noun, unlike the adverbs the ending otherwise marks. */
    private static final Set<String> LY_ADJECTIVES = WordSet.of("early", "elderly", "daily", "weekly", "monthly", "yearly", "quarterly",
            "nightly", "costly", "friendly", "deadly", "lonely");
    /** The endings of a web address that names a site: "Ferrylines.com". */
    private static final Set<String> DOMAINS = WordSet.of("com", "org", "net", "gov", "edu");
    /** Words after "early" or "late" that make a time of it: "early last week", "early this year". */
    private static final Set<String> TIME_AFTER = WordSet.of("last", "this", "next", "that", "morning", "afternoon", "evening");

    /** "the website Ferrylines.com", "Harbourwatch.org": the period at token {@code i} (inside the text) joins a site's domain. */
    static boolean webAddress(List<Token> tokens, int i) {
        Token prev = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        return prev.isWord() && prev.end() == tokens.get(i).start() && tokens.get(i).end() == next.start()
                && DOMAINS.contains(next.text());
    }

    /** Whether the token can stand in a phrase: always, only inside one, only as the whole phrase, or never. */
    private static byte part(List<Token> tokens, int i, byte on) {
        Token t = tokens.get(i);
        if (t.type() == Token.Type.NUMBER) {
            return Mentions.IN_PHRASE;
        }
        boolean inside = i > 0 && i + 1 < tokens.size();
        if (t.is(".")) {
            // "Mr. Burman", "Rep. G.K. Butterfield", "U.S. senator": the period of an abbreviation.
            if (!inside) {
                return Mentions.NOT_IN_PHRASE;
            }
            Token prev = tokens.get(i - 1);
            boolean dotted = prev.text().indexOf('.') > 0;
            return prev.isCapitalized() && prev.end() == t.start() && prev.text().length() <= 4
                    && (tokens.get(i + 1).isCapitalized() || dotted && tokens.get(i + 1).isWord()) || webAddress(tokens, i)
                    ? Mentions.INSIDE_PHRASE : Mentions.NOT_IN_PHRASE;
        }
        if (t.is("/")) {
            // "a CNN/ORC poll", "the New York Times/CBS News survey": a slash joins two names into one sponsor.
            Token prev = tokens.get(i - 1);
            return inside && prev.isCapitalized() && tokens.get(i + 1).isCapitalized() && prev.end() == t.start()
                    && t.end() == tokens.get(i + 1).start() ? Mentions.INSIDE_PHRASE : Mentions.NOT_IN_PHRASE;
        }
        if (t.is("&")) {
            // "Sierra Gas & Electric", "Johnson & Johnson": an ampersand between capitalised words joins one name.
            return inside && tokens.get(i - 1).isCapitalized() && tokens.get(i + 1).isCapitalized()
                    ? Mentions.INSIDE_PHRASE : Mentions.NOT_IN_PHRASE;
        }
        if (!t.isWord() || PhraseShapes.contraction(t)) {
            return Mentions.NOT_IN_PHRASE;
        }
        if ((on & THING) != 0) {
            return Mentions.WHOLE_PHRASE;
        }
        if (t.isCapitalized()) {
            // "US" is a country, not the pronoun.
            return t.isAllCaps() || (on & BREAKER) == 0 ? Mentions.IN_PHRASE : Mentions.NOT_IN_PHRASE;
        }
        if ((on & LINK) != 0) {
            // "Commission on Presidential Debates", "Smith and Jones": only between two capitalised words,
            // and not before a date ("The Times on Saturday").
            return inside && tokens.get(i - 1).isCapitalized() && tokens.get(i + 1).isCapitalized()
                    && (!Mentions.isDateWord(tokens.get(i + 1).lower()) || givenNameMonth(tokens, i + 1))
                    ? Mentions.INSIDE_PHRASE : Mentions.NOT_IN_PHRASE;
        }
        if (adverbAndParticiple(tokens, i)) {
            return Mentions.IN_PHRASE;
        }
        if (ClauseShapes.lyAdverb(t) && !adjective(tokens, i) || (on & PAST_VERB) != 0) {
            // "The first incident came during", "his campaign sent out an email saying": the phrase ends at its verb.
            return Mentions.NOT_IN_PHRASE;
        }
        return (on & (BREAKER | CUE)) == 0 || (on & ROLE_OR_DOCUMENT) != 0 ? Mentions.IN_PHRASE : Mentions.NOT_IN_PHRASE;
    }

    /**
     * "Walt and June Lind", "Ada and April Roe": a month before a capitalised word is a given name before its surname,
     * where a date goes on with its day or year ("June 5", "June 2043") or ends.
     */
    private static boolean givenNameMonth(List<Token> tokens, int k) {
        return !Mentions.isWeekday(tokens.get(k).lower()) && k + 1 < tokens.size() && tokens.get(k + 1).isCapitalized()
                && tokens.get(k + 1).isWord();
    }

    /**
     * "the newly appointed Ambassador", "a recently elected mayor": an -ly adverb and the past participle it qualifies,
     * between a determiner and the noun, stand inside the phrase; token {@code i} is either of the two.
     */
    private static boolean adverbAndParticiple(List<Token> tokens, int i) {
        String lower = tokens.get(i).lower();
        boolean atParticiple = lower.endsWith("ed");
        // Asked of every word: most end in neither.
        if (!atParticiple && !lower.endsWith("ly")) {
            return false;
        }
        int adverb = atParticiple ? i - 1 : i;
        if (adverb < 1 || adverb + 2 >= tokens.size()) {
            return false;
        }
        Token ly = tokens.get(adverb);
        Token participle = tokens.get(adverb + 1);
        Token noun = tokens.get(adverb + 2);
        String determiner = tokens.get(adverb - 1).lower();
        return ly.isLowerWord() && ly.lower().length() > 4 && ly.lower().endsWith("ly")
                && participle.isLowerWord() && participle.lower().endsWith("ed")
                && (FunctionWords.ARTICLES.contains(determiner) || FunctionWords.POSSESSIVES.contains(determiner))
                && noun.isWord() && !FunctionWords.NP_BREAKERS.contains(noun.lower());
    }

    /**
     * "early results show", "elderly residents said", "weekly figures showed": an -ly adjective before the lower-case
     * noun it qualifies; not before a time ("early Monday", "early last week") nor where the word is no adjective ("sharply").
     */
    private static boolean adjective(List<Token> tokens, int i) {
        if (!LY_ADJECTIVES.contains(tokens.get(i).lower()) || i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.isLowerWord() && !FunctionWords.NP_BREAKERS.contains(next.lower()) && !TIME_AFTER.contains(next.lower())
                && !Mentions.isDateWord(next.lower());
    }
}
