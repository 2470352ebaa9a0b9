package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Where a clause's subject starts and what stands between a subject and its verb: a dateline ({@link Datelines}), an opening
 * adverbial, adverbs, a catenative before an infinitive cue, and the boundaries a speaker phrase starts after.
 */
final class ClauseShapes {

    /** Nouns in -ly that name or modify a speaker; "rally" stays out, it ends a listener ("told the rally"). */
    private static final Set<String> NOUNS_IN_LY = WordSet.of("family", "assembly", "supply", "monopoly");

    /** Words that open a clause of their own; a speaker phrase starts after them. */
    static final Set<String> CLAUSE_WORDS = WordSet.of("that", "and", "but", "while", "as", "when", "because",
            "after", "before", "since", "although", "though", "so", "where", "if", "whereas");

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
    /** Participles of perceiving, whose object does what follows: "Watching Berg talk", "Hearing her say". */
    private static final Set<String> PERCEIVING = WordSet.of("watching", "hearing", "seeing", "listening");
    /** Words that open a question put to the speaker: "Asked whether", "Pressed on why". */
    private static final Set<String> QUESTION_WORDS = WordSet.of("whether", "if", "why", "how", "what", "who", "when",
            "where", "which");
    /** Words that may stand before an adverbial's first word: "Even before the vote,", "Just after noon,", "More recently,". */
    private static final Set<String> ADVERBIAL_LEADS = WordSet.of("even", "just", "only", "long", "soon", "right", "more",
            "most", "ever");
    /** After such a word, "over" and "under" bound a quantity ("Just over a quarter,", "Only under half,"). */
    private static final Set<String> QUANTITY_BOUNDS = WordSet.of("over", "under");
    /** Words after "to" that open a noun phrase (a listener, the one promised), not a verb phrase. */
    private static final Set<String> INFINITIVE_NOUN_OPENERS = WordSet.union(List.of(FunctionWords.ARTICLES,
            FunctionWords.POSSESSIVES, FunctionWords.DEMONSTRATIVES), "him", "them", "me", "us", "you", "all", "every",
            "each", "some", "many", "both", "god");
    /** A span of time that makes a phrase before a comma an adverbial: "Hours later,", "Two weeks after the vote,". */
    static final Set<String> TIME_UNITS = WordSet.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");
    /** Spans "for" makes a duration of: "for years", "for some time", "for a while", a sports page's "for two seasons". */
    private static final Set<String> DURATIONS = WordSet.union(List.of(TIME_UNITS), "time", "while", "season", "seasons");
    /** What a span of time is counted from: "Hours later", "Eight years ago", "One month after". */
    static final Set<String> TIME_RELATIONS = WordSet.of("later", "earlier", "ago", "after", "before", "into");
    /** Times a contact clause may follow: "the third time the union said", "the moment she learned". */
    private static final Set<String> TIME_NOUNS = WordSet.of("time", "times", "day", "moment", "night");
    /** What makes such a time one occasion: "the", "this", "every", an ordinal. */
    private static final Set<String> TIME_NOUN_LEADS = WordSet.of("the", "this", "that", "every", "each", "last", "first",
            "next", "only", "same", "second", "third", "fourth", "fifth");

    private ClauseShapes() {
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
     * "Asked on Monday whether Mr. Berg would run,": a participle in -ed takes a clause past the adverbial's length
     * only when it puts a question, so that the clause's own verbs stand after its question word.
     */
    private static boolean putQuestion(List<Token> tokens, int opener, int limit) {
        for (int c = opener + 1; c < limit && c - opener <= Windows.OPENING_ADVERBIAL_TOKENS; c++) {
            if (QUESTION_WORDS.contains(tokens.get(c).lower())) {
                return true;
            }
            if (!tokens.get(c).isWord()) {
                return false;
            }
        }
        return false;
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
            // "Asked whether he would run": the verbs of the question put are its own.
            question |= QUESTION_WORDS.contains(w);
        }
        return opener;
    }

    /** "One month after", "Hours before": a span of time counted back from the relation at token {@code relation}. */
    static boolean spanBefore(List<Token> tokens, int first, int relation) {
        return relation > first && relation - first <= Windows.TIME_SPAN_TOKENS && TIME_UNITS.contains(tokens.get(relation - 1).lower());
    }

    /**
     * Whether a duration opened by "for" at token {@code at} runs to a "that" ("warned for years that", "has argued for
     * the past two years that"): the phrase is when, and the clause after "that" what was said.
     */
    static boolean durationBeforeThat(List<Token> tokens, int at, int end) {
        int after = durationEnd(tokens, at, end);
        return after > 0 && tokens.get(after).is("that");
    }

    /**
     * The token after a duration opened by "for" at token {@code at} ("for years", "for two seasons", "for the past
     * decade") when a token follows it before {@code end}; -1 if none opens there.
     */
    static int durationEnd(List<Token> tokens, int at, int end) {
        if (!tokens.get(at).is("for")) {
            return -1;
        }
        for (int k = at + 1; k + 1 < end && k - at <= Windows.DURATION_TOKENS; k++) {
            if (DURATIONS.contains(tokens.get(k).lower())) {
                return k + 1;
            }
        }
        return -1;
    }

    /** "Hours later,", "A few minutes later,", "The next month,": a span of time ending before the comma at {@code comma}. */
    private static boolean timeSpan(List<Token> tokens, int first, int comma) {
        String last = tokens.get(comma - 1).lower();
        return comma - first > 1 && TIME_RELATIONS.contains(last)
                || comma - first <= Windows.TIME_SPAN_TOKENS && TIME_UNITS.contains(last);
    }

    /** The words of tokens {@code [from, to)}, one space between them: "New Jersey". */
    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        return b.toString();
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
                || Lexicon.get().isPlace(words(tokens, from, k));
        return state ? k + 1 : from;
    }

    /** Verbs of taking the floor whose infinitive says what was said: "spoke only to confirm", "rose to say". */
    private static final Set<String> PURPOSE_VERBS = WordSet.of("spoke", "speaks", "rose", "rises", "stood", "stands");

    /**
     * "continues to insist", "went on to say", "has begun to argue", "spoke only to confirm": when {@code p} is the "to" of an infinitive
     * cue after a catenative verb, the index before that verb (and its "on"); {@code p} otherwise.
     */
    static int infinitiveAfter(List<Token> tokens, int p, int first) {
        if (p - 1 < first || !tokens.get(p).is("to")) {
            return p;
        }
        int k = p - 1;
        if (tokens.get(k).is("on") && k - 1 >= first) {
            k--;
        }
        Token verb = tokens.get(k);
        boolean catenative = FunctionWords.CATENATIVES.contains(verb.lower()) && !verb.isCapitalized()
                && (verb.is("went") || verb.is("go") || verb.is("goes") || verb.is("gone") || verb.is("going")) == (k < p - 1);
        int purpose = p - 1;
        while (purpose > first && (isAdverb(tokens.get(purpose)) || tokens.get(purpose).is("only"))) {
            purpose--;
        }
        // "spoke only to confirm that", "rose to say that": the infinitive tells what the speaking was for.
        return catenative ? k - 1 : PURPOSE_VERBS.contains(tokens.get(purpose).lower()) ? purpose - 1 : p;
    }

    /**
     * Whether token {@code to} is the "to" of an infinitive: "to veto the bill", "to quietly portray herself"; not
     * "to voters", "to Congress", "to the crowd". A bare verb is lower case and has no plural -s.
     */
    static boolean opensInfinitive(List<Token> tokens, int to, int end) {
        if (to + 1 >= end || !tokens.get(to).is("to")) {
            return false;
        }
        Token t = tokens.get(skipAdverbsRight(tokens, to + 1, end));
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && !INFINITIVE_NOUN_OPENERS.contains(w) && !WordForms.pluralShape(w);
    }

    /** The first token at or after {@code p} that is no adverb; {@code end} when there is none. */
    static int skipAdverbsRight(List<Token> tokens, int p, int end) {
        while (p < end && isAdverb(tokens.get(p))) {
            p++;
        }
        return Math.min(p, end - 1);
    }

    static boolean isAdverb(Token t) {
        return t.in(WordClass.ADVERB) && !t.isCapitalized() || lyAdverb(t);
    }

    /**
     * A lower-case word in -ly, read as an adverb ("quickly said"), unless it is one of the nouns in -ly that name or
     * modify a speaker ("The family said", "the assembly speaker", "the supply ministry").
     */
    static boolean lyAdverb(Token t) {
        String lower = t.lower();
        return t.isWord() && !t.isCapitalized() && lower.endsWith("ly") && lower.length() > 4 && !NOUNS_IN_LY.contains(lower);
    }

    static int skipAdverbsLeft(List<Token> tokens, int p, int first) {
        while (p >= first) {
            Token t = tokens.get(p);
            // Inside a sentence a capitalised "May" or "Will" is a name ("Theresa May said"), not a modal.
            boolean name = p > first && t.isCapitalized() && !t.isAllCaps();
            if (t.in(WordClass.ADVERB) && !name || lyAdverb(t)) {
                p--;
                continue;
            }
            int auxiliary = PerfectAdverbials.auxiliaryBefore(tokens, p, first);
            if (auxiliary == p) {
                break;
            }
            p = auxiliary;
        }
        return p;
    }

    /**
     * Whether a phrase starting at token {@code start} opens its clause: at the sentence's first token, after a
     * boundary, after a word that only opens the sentence ("Even Norway, a close partner, said"), or after an
     * opening adverbial without its comma ("At the rally Holm said").
     */
    static boolean opensClause(AttributionContext ctx, int start, int first) {
        return start == first || isBoundary(ctx.tokens.get(start - 1)) || afterTimeNoun(ctx.tokens, start, first)
                || start - 1 == first && (PhraseShapes.sentenceOpener(ctx.doc, ctx.tokens.get(first))
                        || perceiving(ctx.tokens.get(first)))
                || subjectStart(ctx.tokens, first, start + 1) == start;
    }

    /**
     * A participle of perceiving that opens the sentence: in "Watching Berg talk about the port, Reed said" its
     * object opens the clause of "talk"; "Polling averages show" and "Leading Democrats say" are no such opener.
     */
    static boolean perceiving(Token t) {
        return t.isCapitalized() && PERCEIVING.contains(t.lower());
    }

    /**
     * "the third time the union said", "Every day he shares", "The last time she urged": a time that the clause its
     * subject opens names, with no "when" or "that" between.
     */
    static boolean afterTimeNoun(List<Token> tokens, int start, int first) {
        Token time = start - 2 >= first ? tokens.get(start - 1) : null;
        return time != null && TIME_NOUNS.contains(time.text()) && TIME_NOUN_LEADS.contains(tokens.get(start - 2).lower());
    }

    /**
     * Where a subject ending at token {@code last} starts when such a time stands before it ("It was the third time
     * the union said"); {@code first} when none does.
     */
    static int subjectAfterTime(List<Token> tokens, int first, int last) {
        for (int k = last; k > first + 1 && last - k < Windows.SUBJECT_TOKENS; k--) {
            if (!tokens.get(k).isWord()) {
                return first;
            }
            if (afterTimeNoun(tokens, k, first)) {
                return k;
            }
        }
        return first;
    }

    /** Punctuation, a quotation mark or a clause word: where a speaker phrase may begin after. */
    static boolean isBoundary(Token t) {
        return ",;:—–(-".contains(t.text()) && t.text().length() == 1 || t.type() == Token.Type.QUOTE
                || CLAUSE_WORDS.contains(t.lower());
    }
}
