package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A cue whose content would be only a time, a place, a circumstance or a source says nothing: "The campaign
 * responded Friday.", "Holm wrote in a 2012 email to the board.", "Vik declared in the spin room.", "the mayor
 * enjoys support among pensioners.", "Holm proposed two months ago.", "the Gazette reported, according to ...",
 * "which the council rejected in 2023 by a vote of 5-2", "The agency must respond within 30 days" (a duty, no words).
 * The speaker's words, if any, are elsewhere (a quotation before, a clause never given). Content that goes on
 * to a clause, an infinitive, a participle or a quotation ("said Friday he would run", "promised Sunday to end
 * the toll", "responded Tuesday by saying “...”") is left as it is. Nor does a content of marks and numbers
 * alone ("(..., Holm said.)").
 */
final class AdjunctOnly {

    /** Words that open a time, place or circumstance phrase. */
    private static final Set<String> OPENERS = WordSet.of("in", "on", "at", "with", "within", "among", "during", "after", "before",
            "while", "from", "according", "by", "under", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "shortly", "earlier", "later");
    /** Cues of a letter sent, whose "to" names its addressee: "wrote to", "had written to". */
    private static final List<String> WRITING = List.of("wrote", "write", "written");
    /** Parts of the day that look like participles: "Wednesday morning". */
    private static final Set<String> DAY_PARTS = WordSet.of("morning", "evening");
    /** Words that close a time counted from another: "two months ago", "a few days later". */
    private static final Set<String> COUNTED_TIME_ENDS = WordSet.of("ago", "later", "earlier");
    /** Words that make the phrase a clause: auxiliaries, subject pronouns, complementisers, conjunctions. */
    private static final Set<String> CLAUSE_WORDS = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "be",
            "been", "he", "she", "they", "we", "i", "you", "it", "that", "who", "which", "what", "whether", "if",
            "because", "but", "and", "or");
    /** Words that place a time against another: "the next day", "the following morning". */
    private static final Set<String> RELATIVE_TIMES = WordSet.of("next", "following", "same", "previous");
    /** Times a relative word or a participle's date names: "the next day", "published yesterday". */
    private static final Set<String> TIMES = WordSet.of("day", "night", "morning", "afternoon", "evening", "week",
            "weekend", "month", "year", "yesterday", "today", "earlier", "last", "this", "late", "recently");
    /** What ties a time clause to a time: "two hours before the vote", "shortly after the court rose". */
    private static final Set<String> TIME_LINKS = WordSet.of("before", "after", "until", "when");
    /** How far after the comma the time clause's link may stand: "several hours before". */
    private static final int TIME_LINK_REACH = 4;
    /** After "to", these open the phrase "to the board" rather than an infinitive "to end the toll". */
    private static final Set<String> DETERMINERS = WordSet.union(List.of(FunctionWords.ARTICLES_OR_POSSESSIVES),
            "this", "these", "those", "all", "every", "each", "some", "many");

    private AdjunctOnly() {
    }

    /**
     * Whether the tokens {@code from} (inclusive) to {@code to} (exclusive) are one adjunct phrase and no more. A
     * participle or gerund after a determiner is its noun's ("in an emailed statement", "at a briefing").
     */
    static boolean is(List<Token> tokens, int from, int to) {
        return is(tokens, from, to, false);
    }

    /**
     * As {@link #is(List, int, int)}; with {@code beforeThat}, the phrase closed by a "that" and a subject may also hold
     * a participle with an agent ("in a May 20 email obtained by the Gazette that ..."): the "that" shows where its
     * clause begins.
     */
    private static boolean is(List<Token> tokens, int from, int to, boolean beforeThat) {
        if (countedTime(tokens, from, to) || relativeTimeOnly(tokens, from, to)) {
            return true;
        }
        if (from >= to || !OPENERS.contains(tokens.get(from).lower())
                || from + 1 < to && Quantities.atBound(tokens, from)) {
            // "at least six planes flew ...": a quantity, not a place.
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.type() == Token.Type.QUOTE && closingTitle(tokens, k, to)
                    || t.is(",") && k + 1 < to && tokens.get(k + 1).type() == Token.Type.QUOTE && closingTitle(tokens, k + 1, to)) {
                return true;
            }
            if (t.is("where") && k > from + 1 && tokens.get(k - 1).isLowerWord()
                    && unbroken(tokens, k + 1, to)) {
                // "by phone from a hospital where she was being treated": the clause is the place's, to the end.
                return true;
            }
            if (t.is("that") && nounRelative(tokens, k, to)) {
                // "after a meeting that ran late into the night": the clause is the meeting's, to the end.
                return true;
            }
            boolean possessive = Mentions.isPossessive(w) && w.length() > 3;
            // "in a letter to shareholders that ...": after a medium, "to" opens the one it was sent to.
            boolean addressee = beforeThat && ReportedContent.isMedium(tokens.get(k - 1).lower());
            if (infinitive(tokens, k, to) && !addressee || t.type() == Token.Type.QUOTE || t.is(",") && !dateComma(tokens, k, to)
                    || t.is(":") || t.is(";") || CLAUSE_WORDS.contains(w) && !month(t) || possessive && !afterPreposition(tokens, from, k)
                    || t.isLowerWord() && w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed"))
                            && !DAY_PARTS.contains(w) && !DETERMINERS.contains(tokens.get(k - 1).lower())
                            && !(beforeThat && k + 1 < to && participleAdjunct(tokens.get(k + 1)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "said in an interview in his office last week that ...", "said with the Harbour Gazette on Friday that ...": the
     * index after a "that" that only an adjunct phrase separates from {@code from}, the first token after the cue, when
     * a subject follows it; -1 otherwise. "said at a meeting that lasted an hour" holds a relative clause.
     */
    static int thatAfter(List<Token> tokens, int from, int end) {
        int time = relativeTimeEnd(tokens, from, end);
        if (time > from && time + 1 < end && tokens.get(time).is("that") && opensSubject(tokens.get(time + 1))) {
            // "replied the next day that ...": the time, placed against the last one told, is when it was said.
            return time + 1;
        }
        if (from >= end || !OPENERS.contains(tokens.get(from).lower())) {
            return -1;
        }
        for (int k = from + 1; k < Math.min(end - 1, from + Windows.ADJUNCT_BEFORE_THAT_TOKENS); k++) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                return opensSubject(tokens.get(k + 1)) && is(tokens, from, k, true) ? k + 1 : -1;
            }
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && !t.is(".")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "a meeting that ran late", "a hearing that lasted an hour": the "that" at {@code k} after a lower-case noun opens
     * a relative clause when a finite verb follows it and the clause runs unbroken to {@code to} with no second "that";
     * "a statement that prices would rise" has a subject after it.
     */
    private static boolean nounRelative(List<Token> tokens, int k, int to) {
        Token noun = tokens.get(k - 1);
        if (k + 2 > to || !noun.isWord() || noun.isCapitalized() || CLAUSE_WORDS.contains(noun.lower())) {
            return false;
        }
        Token verb = tokens.get(k + 1);
        String v = verb.lower();
        boolean finite = verb.isLowerWord() && (ClauseSubject.FINITE.contains(v)
                || Lexicon.get().isIrregularPast(v) || v.length() > 4 && v.endsWith("ed"));
        for (int j = k + 1; finite && j < to; j++) {
            finite = !tokens.get(j).is("that");
        }
        return finite && unbroken(tokens, k + 1, to);
    }

    /** No comma, semicolon, colon, dash or quotation mark from {@code from} to {@code to}. */
    private static boolean unbroken(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.QUOTE || t.type() == Token.Type.PUNCT && !t.is(".")) {
                return false;
            }
        }
        return true;
    }

    /** "in May": inside the phrase, a capitalised "May" is the month, not the modal. */
    static boolean month(Token t) {
        return t.text().equals("May");
    }

    /** "the next day", "the following morning": the index after such a time opening at {@code from}; {@code from} if none. */
    private static int relativeTimeEnd(List<Token> tokens, int from, int end) {
        return from + 2 < end && tokens.get(from).is("the") && RELATIVE_TIMES.contains(tokens.get(from + 1).lower())
                && TIMES.contains(tokens.get(from + 2).lower()) ? from + 3 : from;
    }

    /**
     * "a letter obtained by the Gazette", "a report published yesterday", "a memo sent on Monday": after the participle
     * of the adjunct's noun, its agent or its date; "said at a meeting decided that" has no such phrase.
     */
    private static boolean participleAdjunct(Token next) {
        String w = next.lower();
        return w.equals("by") || w.equals("on") || w.equals("in") || TIMES.contains(w) || Mentions.isDateWord(w);
    }

    /** A subject pronoun, a determiner, a name or a number: a clause's subject, not a relative clause's verb. */
    static boolean opensSubject(Token t) {
        String w = t.lower();
        return FunctionWords.SUBJECT_PRONOUNS.contains(w) || DETERMINERS.contains(w) || t.isCapitalized()
                || t.type() == Token.Type.NUMBER;
    }

    /**
     * "on MSNBC’s", "on Harbour TV’s": a possessive name after a preposition is inside its phrase; "said Friday
     * Holm's pier sank" is a clause.
     */
    private static boolean afterPreposition(List<Token> tokens, int from, int k) {
        int j = k - 1;
        while (j > from && tokens.get(j).isCapitalized()) {
            j--;
        }
        return !tokens.get(j).isCapitalized() && OPENERS.contains(tokens.get(j).lower());
    }

    /** "Holm proposed two months ago.", "as the Gazette reported a few days later": a time counted from another. */
    private static boolean countedTime(List<Token> tokens, int from, int to) {
        int last = to - 1;
        while (last > from && tokens.get(last).type() == Token.Type.PUNCT) {
            last--;
        }
        if (last <= from || last - from >= Windows.COUNTED_TIME_TOKENS || !COUNTED_TIME_ENDS.contains(tokens.get(last).lower())) {
            return false;
        }
        for (int k = from; k < last; k++) {
            Token t = tokens.get(k);
            if (t.type() != Token.Type.NUMBER && !(t.isLowerWord() && !CLAUSE_WORDS.contains(t.lower()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "replied the following morning.", "answered the next day, two hours before the vote": a time placed against the
     * last one told, at most with a time clause after its comma; "replied the next day, saying the plan was dead" goes
     * on to words.
     */
    private static boolean relativeTimeOnly(List<Token> tokens, int from, int to) {
        int k = relativeTimeEnd(tokens, from, to);
        while (to > k && tokens.get(to - 1).type() == Token.Type.PUNCT) {
            to--;
        }
        if (k == from || k == to) {
            return k > from;
        }
        if (!tokens.get(k).is(",")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(to, k + 1 + TIME_LINK_REACH); j++) {
            if (TIME_LINKS.contains(tokens.get(j).lower())) {
                return unbroken(tokens, j + 1, to);
            }
        }
        return false;
    }

    /** "in a September 16, 2012 email": the comma between a day and its year. */
    private static boolean dateComma(List<Token> tokens, int k, int to) {
        return k + 1 < to && tokens.get(k - 1).type() == Token.Type.NUMBER && tokens.get(k - 1).text().length() <= 2
                && tokens.get(k + 1).type() == Token.Type.NUMBER && tokens.get(k + 1).text().length() == 4;
    }

    /**
     * "on MSNBC’s “Morning Joe.”", "in his book, ''An American Son.''": a quotation of two or more words in title
     * case, after a possessive or a comma, that closes the phrase names the show or book, it quotes no one.
     */
    private static boolean closingTitle(List<Token> tokens, int k, int to) {
        String before = tokens.get(k - 1).lower();
        if (!before.equals(",") && !Mentions.isPossessive(before)) {
            return false;
        }
        int words = 0;
        for (int j = k; j < to; j++) {
            Token t = tokens.get(j);
            if (t.isWord() && (!t.isCapitalized() && t.text().length() > 3 || ++words > LayoutWindows.TITLE_QUOTE_WORDS)
                    || t.type() == Token.Type.NUMBER || t.is(",") && j + 1 < to && tokens.get(j + 1).type() != Token.Type.QUOTE) {
                return false;
            }
        }
        return words > 1 && tokens.get(to - 1).type() != Token.Type.WORD;
    }

    /** Whether the tokens {@code from} (inclusive) to {@code to} (exclusive) hold no word: "Holm said .)". */
    static boolean wordless(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The Board had written to the Minister on the matter in March without a reply": a letter sent, whom to and when,
     * and no words of it; "wrote to the mayor that the pier was unsafe" gives them. {@code cue} is the cue as written.
     */
    static boolean addresseeOnly(List<Token> tokens, String cue, int from, int to) {
        if (!WordForms.startsWithAny(cue.toLowerCase(Locale.ROOT), WRITING) || from + 1 >= to || !tokens.get(from).is("to")
                || infinitive(tokens, from, to)) {
            return false;
        }
        int k = from + 1;
        while (k < to && k - from <= Windows.DETERMINED_PHRASE_TOKENS && tokens.get(k).isWord() && !OPENERS.contains(tokens.get(k).lower())
                && !CLAUSE_WORDS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k > from + 1 && (k == to || wordless(tokens, k, to) || adjuncts(tokens, k, to));
    }

    /** Whether tokens {@code [from, to)} are adjunct phrases joined by "and": "in March and in June without a reply". */
    private static boolean adjuncts(List<Token> tokens, int from, int to) {
        int part = from;
        for (int k = from + 1; k + 1 < to; k++) {
            if (tokens.get(k).is("and") && OPENERS.contains(tokens.get(k + 1).lower())) {
                if (!is(tokens, part, k)) {
                    return false;
                }
                part = k + 1;
            }
        }
        return is(tokens, part, to);
    }

    /** "to end the toll": "to" before a lower-case word that opens no noun phrase. */
    private static boolean infinitive(List<Token> tokens, int k, int to) {
        if (!tokens.get(k).is("to") || k + 1 >= to) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.isLowerWord() && !DETERMINERS.contains(next.lower());
    }
}
