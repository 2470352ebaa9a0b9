package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Holm said the fares were unfair in a tweet on Sunday", "... in an interview with the Gazette": the medium
 * at the end of reported content says where it was said, not what, and is no part of the content.
 */
final class MediumTail {

    private static final Set<String> PREPOSITIONS = WordSet.of("in", "on", "via", "through", "during");
    /** Words that may follow the medium: when it was, whom it was to, where it appeared. */
    private static final Set<String> TAIL_LINKS = WordSet.union(List.of(FunctionWords.ARTICLES_OR_POSSESSIVES),
            "with", "to", "on", "in", "at", "posted", "published", "released", "broadcast", "aired", "late", "early",
            "last", "this", "that", "following", "morning", "afternoon", "evening", "night",
            // What kind of outlet a name is: "with the Harbour Gazette newspaper", "to the Nord-24 TV channel".
            "newspaper", "magazine", "daily", "weekly", "tv", "channel", "station", "network", "agency", "portal",
            // Who carried it: "in remarks broadcast by public television", "in an interview aired by state radio".
            "by", "public", "state", "national", "local", "regional");
    /** Occasions and places of publication that, like a medium, say where something was said: "during a debate". */
    private static final Set<String> OCCASIONS = WordSet.of("debate", "rally", "hearing", "forum", "show", "page",
            "call", "appearance", "website", "broadcast", "newsletter", "editorial", "program", "programme");
    /** Where one speaks that no medium names: "on the Senate floor", "on social media", "on the campaign trail". */
    private static final Set<String> SPEAKING_PLACES = WordSet.of("floor", "media", "air", "stage", "trail");

    /** What words are put on for the record: "for the record", "for the minutes", "for the file". */
    private static final Set<String> RECORDS = WordSet.of("record", "minutes", "file", "transcript");

    private MediumTail() {
    }

    /** The end of the content from {@code from} to {@code to} without a medium phrase closing it. */
    static int cut(AnnotatedDocument doc, int from, int to) {
        List<Token> tokens = doc.tokens;
        int last = to - 1;
        while (last > from && tokens.get(last).type() == Token.Type.PUNCT && !tokens.get(last).is(")")) {
            last--;
        }
        for (int k = last; k > from + Windows.MIN_CONTENT_TOKENS && last - k < Windows.MEDIUM_TAIL_TOKENS; k--) {
            Token t = tokens.get(k);
            if (t.type() == Token.Type.QUOTE || doc.quoteAt(t.start()) != null || t.type() == Token.Type.PUNCT && !t.is(".")) {
                return to;
            }
            if (PREPOSITIONS.contains(t.text()) && mediumFollows(tokens, k + 1, last)) {
                // Lower case only: "Hints Of Involvement In The Email Hack" is a title-case headline.
                return k;
            }
        }
        return to;
    }

    /**
     * "..., Holm said in an interview with the Harbour Gazette newspaper published on Tuesday.": the words from
     * {@code from} to {@code end} are only where it was said, however long the outlet's name.
     */
    static boolean only(List<Token> tokens, int from, int end) {
        int last = end - 1;
        while (last > from && tokens.get(last).type() == Token.Type.PUNCT) {
            last--;
        }
        return from < last && last - from < Windows.TRAILING_MEDIUM_TOKENS
                && PREPOSITIONS.contains(tokens.get(from).text()) && mediumFollows(tokens, from + 1, last);
    }

    /**
     * "wrote on Facebook that ...", "announced on her blog last week that ...", "declared on national television that
     * ...", "announced on the convention floor that ...": the cue's preposition opens a medium or a place of speaking,
     * where it was said, and only an adjunct stands before the "that" of what was said; no topic.
     */
    static boolean beforeThat(List<Token> tokens, int from, int end) {
        if (from >= end || !PREPOSITIONS.contains(tokens.get(from).text())) {
            return false;
        }
        for (int k = from + 2; k + 1 < Math.min(end, from + Windows.ADJUNCT_BEFORE_THAT_TOKENS); k++) {
            if (tokens.get(k).is("that")) {
                // "in a post that went viral": a verb right after "that" makes it the medium's relative clause.
                return (mediumAt(tokens, from + 1, k - 1) > 0 || spokenAt(tokens, from + 1, k)) && AdjunctOnly.is(tokens, from, k)
                        && !ReportedContent.isClauseVerb(tokens.get(k + 1));
            }
        }
        return false;
    }

    /**
     * "stated for the record that ...", "noted for the minutes that ...": the record the words were put into, where they
     * were said and no topic; "wrote for the record label" has no clause after it.
     */
    static boolean recordBeforeThat(List<Token> tokens, int from, int end) {
        return from + 3 < end && tokens.get(from).is("for") && tokens.get(from + 1).is("the")
                && RECORDS.contains(tokens.get(from + 2).lower()) && tokens.get(from + 3).is("that");
    }

    /**
     * "on national television last week", "on the convention floor": the phrase from {@code from} to {@code that}
     * ends, past a time, in a medium or a place of speaking that lower-case words may modify.
     */
    private static boolean spokenAt(List<Token> tokens, int from, int that) {
        int head = ReportedContent.beforeTimePhrase(tokens, that - 1, from);
        String w = tokens.get(head).lower();
        return head > from && (medium(w) || SPEAKING_PLACES.contains(w));
    }

    /** A medium noun right after the preposition (or its determiner), then only a date, a name or a listener. */
    private static boolean mediumFollows(List<Token> tokens, int k, int last) {
        int m = mediumAt(tokens, k, last);
        if (m < 0) {
            return false;
        }
        for (int j = m + 1; j <= last; j++) {
            Token t = tokens.get(j);
            String w = t.lower();
            if (!(t.isCapitalized() || t.type() == Token.Type.NUMBER || t.is(".") || TAIL_LINKS.contains(w)
                    || Mentions.isDateWord(w) || medium(w))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the medium noun at {@code k}, after a determiner and capitalised modifiers, up to {@code last}; or -1. */
    private static int mediumAt(List<Token> tokens, int k, int last) {
        if (k <= last && FunctionWords.DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        while (k <= last && tokens.get(k).isWord() && !medium(tokens.get(k).lower())
                && (tokens.get(k).isCapitalized() || tokens.get(k).lower().endsWith("-minute"))) {
            // "in a Facebook post", "in a CNN interview".
            k++;
        }
        return k <= last && medium(tokens.get(k).lower()) ? k : -1;
    }

    private static boolean medium(String lower) {
        return ReportedContent.MEDIA.contains(lower) || OCCASIONS.contains(lower);
    }
}
