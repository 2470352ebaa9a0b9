package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Where a sentence's subject starts past what opens it: a dateline ({@link Datelines}), opening adverbials closed by
 * their comma ("Later in the day,", "Speaking in Ohio,", "Asked about the vote,") and a short one without
 * ({@link BareAdverbial}). Speaker phrases, subjects and quotation openers ask it through {@link #subjectStart}.
 */
final class OpeningAdverbials {

    /** First words of an adverbial that may open a sentence before its subject. */
    private static final Set<String> ADVERBIAL_OPENERS = WordSet.of("later", "earlier", "early", "late", "shortly", "now", "then", "last",
            "next", "this", "after", "before", "during", "since", "following", "in", "on", "at", "when", "while",
            "once", "meanwhile", "separately", "again", "instead", "however", "still", "yet", "also", "moreover",
            "similarly", "likewise", "nonetheless", "nevertheless", "indeed", "by", "for", "with", "as", "unlike",
            "despite", "like", "amid", "among", "throughout", "back", "therefore", "thus", "from", "over", "across",
            "under", "until", "within", "through", "without", "upon", "inside", "outside", "alongside", "here",
            // A concession or condition closed by its comma names no one who speaks: "Although talks stalled, an aide said".
            "although", "though", "if", "unless", "whereas");
    /** Words of {@link #ADVERBIAL_OPENERS} that open a clause with its own subject and verb. */
    private static final Set<String> SUBORDINATE_OPENERS = WordSet.copyOf(
            ADVERBIAL_OPENERS.stream().filter(FunctionWords.SUBORDINATORS::contains).toList());
    /**
     * Prepositions that open a phrase of circumstance running to its comma past an adverbial's length: "In response to
     * Vik's proposal to bar ferries from entering the harbour,", "Amid calls from some to build websites that would name
     * the pilots,".
     */
    private static final Set<String> PHRASE_OPENERS = WordSet.of("in", "on", "at", "amid", "despite", "during",
            "following", "with", "among", "by", "for", "from", "over", "across", "under", "within", "through", "without",
            "upon", "unlike", "like", "throughout", "alongside");
    /** Words that may stand before an adverbial's first word: "Even before the vote,", "Just after noon,", "More recently,". */
    private static final Set<String> ADVERBIAL_LEADS = WordSet.of("even", "just", "only", "long", "soon", "right", "more",
            "most", "ever");
    /** After such a word, "over" and "under" bound a quantity ("Just over a quarter,", "Only under half,"). */
    private static final Set<String> QUANTITY_BOUNDS = WordSet.of("over", "under");

    private OpeningAdverbials() {
    }

    /**
     * Where a sentence's subject starts: after a newspaper dateline ("WASHINGTON — Sen. Ruth Gale ...") and
     * after an opening adverbial closed by a comma ("Later in the day, she ...", "Speaking in Ohio, Gale
     * ...", "Asked about the vote, the senator ..."), which name no one who speaks, or a short one without its
     * comma ({@link BareAdverbial}: "On Monday the mayor said").
     */
    static int subjectStart(List<Token> tokens, int first, int limit) {
        first = Datelines.afterDateline(tokens, first, limit);
        // "In Ames, Iowa, on Sunday, Clinton said", "On Thursday, after weeks of silence, Warren ...": one adverbial
        // may follow another.
        for (int n = 0; n < Windows.OPENING_ADVERBIALS; n++) {
            int next = afterAdverbial(tokens, first, limit);
            if (next == first) {
                break;
            }
            first = next;
        }
        return BareAdverbial.subjectAfterOpening(tokens, first, limit);
    }

    /** Where the subject starts after one opening adverbial closed by a comma at {@code first}; {@code first} if none. */
    private static int afterAdverbial(List<Token> tokens, int first, int limit) {
        int lead = first;
        while (lead + 1 < limit && lead - first < 2 && ADVERBIAL_LEADS.contains(tokens.get(lead).lower())) {
            lead++;
        }
        if (!ADVERBIAL_OPENERS.contains(tokens.get(lead).lower()) && !lyAdverb(tokens, lead, limit)
                || lead > first && QUANTITY_BOUNDS.contains(tokens.get(lead).lower())) {
            // "Yet, ...", "So far, ...": the word itself opens the adverbial, if any; "Just over a quarter," is a
            // quantity, the subject.
            lead = first;
        }
        Token opener = tokens.get(lead);
        String w = opener.lower();
        boolean participle = participle(tokens, lead, limit);
        boolean adverbial = ADVERBIAL_OPENERS.contains(w) || Mentions.isDateWord(w) || participle
                || lyAdverb(tokens, lead, limit);
        // "While the industry cannot block all terror content on the web, people who ... say": a clause of
        // concession, condition or time runs to its comma past a phrase's length.
        boolean longPhrase = !SUBORDINATE_OPENERS.contains(w) && PHRASE_OPENERS.contains(w);
        int window = SUBORDINATE_OPENERS.contains(w) ? Windows.ADVERBIAL_CLAUSE_TOKENS
                : longPhrase ? Windows.ADVERBIAL_PHRASE_TOKENS : Windows.OPENING_ADVERBIAL_TOKENS;
        // Past an adverbial's length a phrase of circumstance holds no clause but a relative one: not "By Sunday she
        // had canceled the rally in Green Bay, Wis.,".
        boolean relative = false;
        boolean clause = false;
        for (int c = lead + 1; c < limit - 1 && c - first < window; c++) {
            Token t = tokens.get(c);
            adverbial |= t.in(WordClass.TIME_UNIT) && tokens.get(c + 1).in(WordClass.TIME_RELATION);
            relative |= t.in(WordClass.RELATIVE);
            clause |= t.in(WordClass.SUBJECT_PRONOUN) || !relative && t.in(WordClass.FINITE);
            if (t.is(",")) {
                boolean phrase = c - first < Windows.OPENING_ADVERBIAL_TOKENS || !longPhrase || !clause;
                return phrase && (adverbial || timeSpan(tokens, first, c)) ? afterPlace(tokens, c + 1, limit) : first;
            }
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && !t.is(".")) {
                break;
            }
        }
        return participle && (w.endsWith("ing") || putQuestion(tokens, lead, limit)) ? afterParticipleClause(tokens, lead, limit)
                : first;
    }

    /**
     * "Asked on Monday whether Mr. Berg would run,", "Asked about the bank's forecast that prices would fall,": a
     * participle in -ed takes a clause past the adverbial's length only when it puts a question or names a premise
     * asked about, so that the clause's own verbs stand after its question word or the premise's "that".
     */
    private static boolean putQuestion(List<Token> tokens, int opener, int limit) {
        for (int c = opener + 1; c < limit && c - opener <= Windows.OPENING_ADVERBIAL_TOKENS; c++) {
            if (FunctionWords.QUESTION_OPENERS.contains(tokens.get(c).lower()) || premise(tokens, opener, c)) {
                return true;
            }
            if (!tokens.get(c).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "Asked about reports that A": the "that" at {@code c} opens what the topic after "about" reports. */
    private static boolean premise(List<Token> tokens, int opener, int c) {
        return tokens.get(c).is("that") && tokens.get(opener + 1).is("about");
    }

    /** "Speaking Sunday", "Asked about"; a surname in -ing before its verb ("Ebeling reminisced") is none. */
    private static boolean participle(List<Token> tokens, int k, int limit) {
        Token t = tokens.get(k);
        String w = t.lower();
        if (!t.isCapitalized() || t.isAllCaps() || w.length() <= 4 || !(w.endsWith("ing") || w.endsWith("ed"))
                || k + 1 >= limit) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return !finite(next.lower()) && !(!next.isCapitalized() && next.lower().endsWith("ed"));
    }

    /** A finite verb or modal, or an irregular past ("came"); a participle in -ed may be either, so it is left out. */
    private static boolean finite(String w) {
        return ClauseSubject.FINITE.contains(w) || Lexicon.get().isIrregularPast(w);
    }

    /**
     * "Speaking Sunday on ABC's “This Week,” Carson admitted", "Adopting the findings of an officer who heard the
     * case, the board ruled": a participle's clause may hold a quotation and run longer than other adverbials. It
     * holds no finite verb of its own (one after a relative pronoun is the relative clause's), which tells it from a
     * gerund subject ("Holding rates low has encouraged borrowing, supporting"); {@code opener} if it is none.
     */
    private static int afterParticipleClause(List<Token> tokens, int opener, int limit) {
        boolean relative = false;
        boolean question = false;
        for (int c = opener + 1; c < limit - 1 && c - opener < Windows.PARTICIPLE_CLAUSE_TOKENS; c++) {
            Token t = tokens.get(c);
            String w = t.lower();
            if (t.is(",")) {
                int next = tokens.get(c + 1).type() == Token.Type.QUOTE ? c + 2 : c + 1;
                return next < limit && tokens.get(next).isWord() ? next : opener;
            }
            if (t.is(";") || t.is(":") || t.is("(") || Asides.isDash(t)
                    || !relative && !question && finite(w)) {
                return opener;
            }
            relative = ClauseSubject.RELATIVES.contains(w);
            // "Asked whether he would run", "Asked about claims that the pier was unsafe": the verbs of the question put
            // or of the premise are their own.
            question |= FunctionWords.QUESTION_OPENERS.contains(w) || premise(tokens, opener, c);
        }
        return opener;
    }

    /** "Hours later,", "A few minutes later,", "The next month,": a span of time ending before the comma at {@code comma}. */
    private static boolean timeSpan(List<Token> tokens, int first, int comma) {
        String last = tokens.get(comma - 1).lower();
        return comma - first > 1 && ClauseShapes.TIME_RELATIONS.contains(last)
                || comma - first <= Windows.TIME_SPAN_TOKENS && ClauseShapes.TIME_UNITS.contains(last);
    }

    /**
     * "Ultimately, Yanukovych refused", "Publicly, the nominee dismisses": an -ly adverb alone before a comma;
     * a first name before a comma ("Beverly, ...") stays.
     */
    private static boolean lyAdverb(List<Token> tokens, int k, int limit) {
        String w = tokens.get(k).lower();
        return k + 1 < limit && tokens.get(k + 1).is(",") && w.length() > 5 && w.endsWith("ly")
                && !Lexicon.get().isFirstName(w);
    }

    /**
     * "Speaking in Salem, New Hampshire, Trump ...": the state or country after a place closes the adverbial
     * when another capitalised word follows its comma; "in Salem, Trump, who ..." keeps "Trump".
     */
    private static int afterPlace(List<Token> tokens, int from, int limit) {
        if (!tokens.get(from - 2).isCapitalized()) {
            return from;
        }
        int k = from;
        boolean abbreviated = false;
        while (k < limit && k - from < Windows.PLACE_AFTER_PLACE_TOKENS && (tokens.get(k).isWord() && tokens.get(k).isCapitalized()
                || k > from && tokens.get(k).is(".") && tokens.get(k - 1).end() == tokens.get(k).start())) {
            abbreviated |= tokens.get(k).is(".");
            k++;
        }
        if (k == from || k + 1 >= limit || !tokens.get(k).is(",")) {
            return from;
        }
        // "in Salem, Trump, who ...": a name, not the place's state, unless a known or abbreviated place ("In Akron,
        // Ohio, 62-year-old Ann Holm said", "in Beaumont, Tex., Trump") or another adverbial follows it ("In Ames,
        // Iowa, on Sunday, Clinton said").
        Token next = tokens.get(k + 1);
        boolean state = next.isCapitalized() || ADVERBIAL_OPENERS.contains(next.lower()) || abbreviated
                || Lexicon.get().isPlace(PhraseShapes.words(tokens, from, k));
        return state ? k + 1 : from;
    }

    /**
     * "At Lakeview High, where a third voted no, a teacher said": capitalised words {@code [from, to)} right after a
     * sentence's opening "At" and before its comma are where the sentence happens, a place or an institution, no
     * person's name.
     */
    static boolean placeOpening(List<Token> tokens, int from, int to) {
        return from > 0 && tokens.get(from - 1).text().equals("At") && to < tokens.size() && tokens.get(to).is(",");
    }
}
