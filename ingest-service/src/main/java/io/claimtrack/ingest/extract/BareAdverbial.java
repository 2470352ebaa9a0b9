package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * An opening adverbial written without its comma, as wire text writes a short one: "On Monday the mayor said",
 * "At the rally Holm said", "Last week Brandt said", "In 2010 she said", "Saturday at the rally Holm said". The
 * subject starts where a second noun phrase does: at an article, a possessive or a subject pronoun after the
 * adverbial's noun, or at a capitalised word after a lower-case noun, a date or an organisation's name.
 */
final class BareAdverbial {

    /** Prepositions that open a fronted adverbial of time or place. */
    private static final Set<String> PREPOSITIONS = WordSet.of("on", "in", "at", "after", "during", "following",
            "throughout", "before", "since");
    /** Conjunctions that may open a sentence before its adverbial. */
    private static final Set<String> OPENING_COORDINATORS = WordSet.of("but", "and", "yet", "so");
    /** Words that are a time by themselves: "Yesterday the minister said". */
    private static final Set<String> TIME_ADVERBS = WordSet.of("yesterday", "today", "tonight", "earlier", "later", "then");
    /** Quantifiers that open a subject as a determiner does: "At first many blamed", "Last year some residents said". */
    private static final Set<String> SUBJECT_QUANTIFIERS = WordSet.of("many", "most", "some", "several", "few", "others");
    /** Words that make a time with the unit after them: "Last week", "This month", "Earlier this year". */
    private static final Set<String> TIME_DETERMINERS = WordSet.of("last", "this", "next");
    private static final Set<String> TIME_UNITS = WordSet.of("morning", "afternoon", "evening", "night", "day", "week",
            "weekend", "month", "year", "spring", "summer", "fall", "autumn", "winter");
    /** Words that count a span of time: "Two days later", "A few minutes later", "Several weeks earlier". */
    private static final Set<String> SPAN_COUNTS = WordSet.union(List.of(FunctionWords.NUMBER_WORDS), "one", "a", "an",
            "few", "several", "some", "many");
    /** Spans of time counted from another: "Hours later", "Moments later", "Three weeks ago". */
    private static final Set<String> SPANS = WordSet.union(List.of(ClauseShapes.TIME_UNITS), "moment", "moments");
    /** What closes a counted span: "later", "earlier", "ago". */
    private static final Set<String> SPAN_ENDS = WordSet.of("later", "earlier", "ago");
    /** Prepositions inside the adverbial's noun phrase: "At a meeting of the board", "In an interview with the Post". */
    private static final Set<String> INNER_PREPOSITIONS = WordSet.of("of", "in", "at", "on", "with", "for", "from", "since");

    private BareAdverbial() {
    }

    /**
     * As {@link #subjectAfter}, with a conjunction before the adverbial ("But on Sunday he said ...", "And in May the
     * board said ...", "But later she said ...").
     */
    static int subjectAfterOpening(List<Token> tokens, int first, int limit) {
        int bare = subjectAfter(tokens, first, limit);
        if (bare == first && first + 1 < limit && OPENING_COORDINATORS.contains(tokens.get(first).lower())) {
            int after = subjectAfter(tokens, first + 1, limit);
            return after > first + 1 ? after : first;
        }
        return bare;
    }

    /** Where the subject starts after a comma-less adverbial opening at {@code first}; {@code first} if none. */
    static int subjectAfter(List<Token> tokens, int first, int limit) {
        // A headline in capitals run into the text ("AT LEAST 10 KILLED IN BLAST Mayor Ada Vik said") is no adverbial.
        if (first + 1 >= limit || tokens.get(first).isAllCaps()) {
            return first;
        }
        String opener = tokens.get(first).lower();
        int k;
        boolean weekday = Mentions.isWeekday(opener) && !tokens.get(first + 1).isCapitalized();
        if (TIME_DETERMINERS.contains(opener) && (isTime(tokens.get(first + 1)) || AdjunctOnly.month(tokens.get(first + 1)))
                || opener.equals("at") && tokens.get(first + 1).is("first")) {
            // "Last week", "At first": a time of two words.
            k = first + 2;
        } else if (PREPOSITIONS.contains(opener) || TIME_ADVERBS.contains(opener) || weekday) {
            k = first + 1;
        } else if (countedSpanEnd(tokens, first, limit) > first) {
            // "Two days later the council said", "Hours later Holm said": a span counted from the last event told.
            k = countedSpanEnd(tokens, first, limit);
        } else {
            return first;
        }
        // What stands right before the subject: a noun (a lower-case content word), a date, a number, or a name
        // (only before an article or pronoun: "In Ohio the mayor said", never "In Ohio Holm said").
        boolean nounBefore = TIME_ADVERBS.contains(opener) || weekday || k >= first + 2;
        boolean dateBefore = nounBefore;
        boolean nameBefore = false;
        // A name after the adverbial's noun needs the noun's own determiner: "At the rally Holm", not "In nearby Bergen, ...".
        boolean determined = false;
        for (; k < limit && k - first < Windows.BARE_ADVERBIAL_TOKENS; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            boolean determiner = FunctionWords.ARTICLES.contains(w)
                    || FunctionWords.POSSESSIVES.contains(w) && !w.equals("her") || SUBJECT_QUANTIFIERS.contains(w);
            if (FunctionWords.SPEAKING_PRONOUNS.contains(w) || determiner) {
                if (nounBefore || nameBefore) {
                    return k;
                }
                if (!determiner) {
                    return first;
                }
            } else if (t.isWord() && t.isCapitalized() && (dateBefore || nounBefore && determined && !Mentions.isDateWord(w)
                    || nameBefore && determined && afterOrganization(tokens, k, limit))) {
                return withRole(tokens, first, k);
            }
            if (TIME_DETERMINERS.contains(w) && k + 1 < limit && isTime(tokens.get(k + 1))) {
                // "Earlier this month the council said"
                k++;
                nounBefore = dateBefore = true;
                nameBefore = false;
                continue;
            }
            if (t.type() == Token.Type.NUMBER) {
                nounBefore = dateBefore = true;
                nameBefore = false;
                continue;
            }
            // A verb ends the search: "After Holm said ...", "After the mayor criticized the plan ..." open a clause.
            // "In May he said": right after the preposition a capitalised "May" is the month, no modal.
            boolean may = k == first + 1 && AdjunctOnly.month(t);
            if (!t.isWord() || ClauseSubject.FINITE.contains(w) && !may || FunctionWords.SAY_TELL.contains(w) || Lexicon.get().isIrregularPast(w)
                    || w.length() > 4 && w.endsWith("ed") || FunctionWords.NP_BREAKERS.contains(w) && !INNER_PREPOSITIONS.contains(w)) {
                return first;
            }
            boolean preposition = INNER_PREPOSITIONS.contains(w);
            determined = determiner || determined && !preposition;
            dateBefore = isTime(t) || may;
            nameBefore = t.isCapitalized() && !dateBefore;
            nounBefore = dateBefore || !determiner && !preposition && !t.isCapitalized() && !w.equals("her");
        }
        return first;
    }

    /**
     * The token after a counted span of time opening at {@code first} ("Two days later", "A few minutes later", "Hours
     * later"), or {@code first} if none.
     */
    private static int countedSpanEnd(List<Token> tokens, int first, int limit) {
        for (int k = first; k + 1 < limit && k - first < Windows.COUNTED_TIME_TOKENS; k++) {
            Token t = tokens.get(k);
            if (SPANS.contains(t.lower())) {
                return SPAN_ENDS.contains(tokens.get(k + 1).lower()) ? k + 2 : first;
            }
            if (t.type() != Token.Type.NUMBER && !SPAN_COUNTS.contains(t.lower())) {
                return first;
            }
        }
        return first;
    }

    /**
     * "In a meeting with the editorial board of the Harbour Post Lund said": a name right after an organisation's
     * head word ("Post", "Council") starts the subject when it runs, with no head word of its own ("the House
     * Judiciary Committee"), up to a lower-case word, a bracket or the verb.
     */
    private static boolean afterOrganization(List<Token> tokens, int k, int limit) {
        Lexicon lexicon = Lexicon.get();
        if (!lexicon.organizations.contains(tokens.get(k - 1).lower())) {
            return false;
        }
        for (int j = k; j < limit; j++) {
            Token t = tokens.get(j);
            if (t.is("(") || t.isLowerWord()) {
                return j > k;
            }
            if (lexicon.organizations.contains(t.lower()) || !t.isWord() && !CueSense.abbreviationPeriod(tokens, j, k)) {
                return false;
            }
        }
        // The name runs up to the verb that bounds the search.
        return true;
    }

    /** "During the debate former Senator Holm": the role words before the name belong to the subject. */
    private static int withRole(List<Token> tokens, int first, int name) {
        int k = name;
        while (k - 1 > first + 1 && tokens.get(k - 1).isLowerWord()
                && Lexicon.get().isRoleWord(tokens.get(k - 1).lower())) {
            k--;
        }
        return k;
    }

    static boolean isTime(Token t) {
        return Mentions.isDateWord(t.lower()) || TIME_UNITS.contains(t.lower());
    }
}
