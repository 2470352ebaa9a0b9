package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.Set;

/** Tokens and sentences inside every block that is not noise. */
public final class SentenceStage implements Stage {

    /** Capital letters a word glued before a title-case word must have to be a word of its own ("PRESSOhio"; "GOPDebate" stays). */
    private static final int GLUED_CAPITALS = 4;
    static final String QUOTE_MARKS = "\"“”«»„‘’'‹›";
    private static final Set<String> ABBREVIATIONS = WordSet.of("mr", "mrs", "ms", "dr", "hon", "st", "gen", "sen", "rep",
            "gov", "coun", "lt", "col", "sgt", "capt", "insp", "supt", "cpl", "det", "dep", "cmdr", "adm", "maj", "prof",
            "rev", "jr", "sr", "vs", "no", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
            "inc", "corp", "co", "ltd", "n.y", "d.c", "e.g", "i.e", "approx", "est", "dept", "fig", "pres", "del");

    /** The abbreviated suffixes of a company's name: "Tarn Ltd.", "Orm Inc.". */
    private static final Set<String> COMPANY_SUFFIXES = WordSet.of("inc", "corp", "co", "ltd");
    private static final Set<String> CLOCK = WordSet.of("a.m", "p.m");
    /**
     * An ASCII mark's one-character token text and its word classes, made once: a string and a class lookup for every
     * mark of a text was 3 % of tokenizing a first long run.
     */
    private static final String[] MARKS = new String[128];
    private static final long[] MARK_CLASSES = new long[MARKS.length];

    static {
        for (char c = 0; c < MARKS.length; c++) {
            MARKS[c] = String.valueOf(c);
            MARK_CLASSES[c] = WordClass.of(MARKS[c]);
        }
    }
    private static final Set<String> TIME_ZONES = WordSet.of("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT",
            "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST");
    private static final Set<String> ZONE_NAMES = WordSet.of("eastern", "central", "mountain", "pacific", "local");

    @Override
    public void process(AnnotatedDocument doc) {
        for (int b = 0; b < doc.blocks.size(); b++) {
            Block block = doc.blocks.get(b);
            if (block.isNoise()) {
                continue;
            }
            Dateline d = doc.dateline;
            if (d != null && d.start() == block.start() && d.end() < block.end()) {
                // "BERLIN, March 12 (Reuters) -" is no part of the first sentence's subject.
                sentences(doc, b, block.start(), d.end());
                sentences(doc, b, d.end(), block.end());
            } else {
                sentences(doc, b, block.start(), block.end());
            }
        }
        doc.tokensDone();
    }

    private static void sentences(AnnotatedDocument doc, int block, int from, int to) {
        int first = doc.tokens.size();
        tokenize(doc, from, to);
        splitSentences(doc, block, first, doc.tokens.size());
    }

    static void tokenize(AnnotatedDocument doc, int from, int to) {
        String t = doc.text;
        // A method per token: this loop runs once per block, so a long block's first read would otherwise run it
        // interpreted or in profiling code until the JIT replaces it mid-loop.
        int i = Chars.skipSpace(t, from, to);
        while (i < to) {
            i = Chars.skipSpace(t, addToken(doc, t, i, to), to);
        }
    }

    /** Adds the token that starts at {@code i}, no space, and returns its end. */
    private static int addToken(AnnotatedDocument doc, String t, int i, int to) {
        char c = t.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            int j = i + 1;
            boolean digits = Character.isDigit(c);
            boolean capitals = Character.isUpperCase(c);
            while (j < to) {
                char d = t.charAt(j);
                if (capitals && j - i >= GLUED_CAPITALS && Character.isUpperCase(d) && j + 1 < to
                        && Character.isLowerCase(t.charAt(j + 1))) {
                    // "ASSOCIATED PRESSOhio Gov. Ann Lind": a photo credit glued to the caption's first word.
                    break;
                }
                if (Character.isLetterOrDigit(d)) {
                    capitals &= Character.isUpperCase(d);
                    j++;
                } else if (j + 1 < to && "'’-.&".indexOf(d) >= 0 && Character.isLetterOrDigit(t.charAt(j + 1))
                        && !(d == '.' && !digits && Character.isLowerCase(t.charAt(j + 1)) && j - i > 1)
                        && !(d == '.' && gluedSentence(t, i, j, to))) {
                    capitals = false;
                    j += 2;
                } else if ((d == ',' || d == '/') && digits && j + 1 < to && Character.isDigit(t.charAt(j + 1))) {
                    // "1,200", and "9/11", "24/7", "11/8/2016": one number, so "said 9/11 widow X" keeps its speaker.
                    j += 2;
                } else {
                    break;
                }
            }
            String text = t.substring(i, j);
            String lower = text.toLowerCase(Locale.ROOT);
            doc.tokens.add(new Token(i, j, text, lower, digits ? Token.Type.NUMBER : Token.Type.WORD, WordClass.of(lower)));
            return j;
        }
        boolean ascii = c < MARKS.length;
        String text = ascii ? MARKS[c] : String.valueOf(c);
        doc.tokens.add(new Token(i, i + 1, text, text,
                QUOTE_MARKS.indexOf(c) >= 0 ? Token.Type.QUOTE : Token.Type.PUNCT, ascii ? MARK_CLASSES[c] : WordClass.of(text)));
        return i + 1;
    }

    /**
     * "said on Wednesday.The ministry": a page whose layout was stripped glues a sentence to the next at its
     * period. A lower-case word's last letter, the stop, then a capitalised word is a boundary; initialisms
     * ("U.S.", "Ph.D") and a domain or address ("news.Google.com", "ada.Lund@") are none.
     */
    private static boolean gluedSentence(String t, int wordStart, int dot, int to) {
        if (dot - wordStart < 2 || !Character.isLowerCase(t.charAt(dot - 1)) || dot + 2 >= to
                || !Character.isUpperCase(t.charAt(dot + 1)) || !Character.isLowerCase(t.charAt(dot + 2))
                || wordStart > 0 && "./@".indexOf(t.charAt(wordStart - 1)) >= 0) {
            return false;
        }
        int k = dot + 3;
        while (k < to && Character.isLetter(t.charAt(k))) {
            k++;
        }
        return k == to || t.charAt(k) != '@' && !(t.charAt(k) == '.' && k + 1 < to && Character.isLetter(t.charAt(k + 1)));
    }

    private static void splitSentences(AnnotatedDocument doc, int block, int first, int end) {
        int start = first;
        // A method per sentence, as tokenize has one per token.
        for (int last = lastToken(doc, start, first, end); last >= 0; last = lastToken(doc, start, first, end)) {
            add(doc, block, start, last + 1);
            start = last + 1;
        }
        if (start < end) {
            add(doc, block, start, end);
        }
    }

    /**
     * The last token of the sentence that starts at token {@code start} of the block's tokens {@code [first, end)}:
     * its stop with the closing marks glued to it; -1 when the block ends first.
     */
    private static int lastToken(AnnotatedDocument doc, int start, int first, int end) {
        for (int i = start; i < end; i++) {
            Token tok = doc.tokens.get(i);
            if (!isTerminal(tok) || isAbbreviation(doc, i, first) || timeGoesOn(doc, i, end)) {
                continue;
            }
            int last = i;
            // Closing marks glued to the stop belong to this sentence; an opening mark after a space does not.
            while (last + 1 < end && doc.tokens.get(last + 1).start() == doc.tokens.get(last).end()
                    && (doc.tokens.get(last + 1).type() == Token.Type.QUOTE
                    || doc.tokens.get(last + 1).text().equals(")") || isTerminal(doc.tokens.get(last + 1)))
                    && !opensGlued(doc, last, end)) {
                last++;
            }
            if (last + 1 >= end || startsSentence(doc.tokens.get(last + 1))) {
                return last;
            }
        }
        return -1;
    }

    /**
     * "cut off.""We are not": of two marks glued after a stop, the second, glued to the next word, opens the
     * next sentence's quotation.
     */
    private static boolean opensGlued(AnnotatedDocument doc, int last, int end) {
        Token mark = doc.tokens.get(last + 1);
        if (doc.tokens.get(last).type() != Token.Type.QUOTE || mark.type() != Token.Type.QUOTE || last + 2 >= end) {
            return false;
        }
        Token next = doc.tokens.get(last + 2);
        return next.start() == mark.end() && (next.type() == Token.Type.WORD || next.type() == Token.Type.NUMBER);
    }

    private static void add(AnnotatedDocument doc, int block, int from, int to) {
        doc.sentences.add(new Sentence(block, doc.tokens.get(from).start(), doc.tokens.get(to - 1).end(), from, to));
    }

    private static boolean isTerminal(Token t) {
        return t.type() == Token.Type.PUNCT && ".!?…".contains(t.text());
    }

    private static boolean startsSentence(Token t) {
        char c = t.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || t.type() == Token.Type.QUOTE || c == '(' || c == '[';
    }

    /** A word whose period ends no sentence: "Insp", "Dr", "Corp" (in any case). */
    static boolean isAbbreviationWord(Token word) {
        return ABBREVIATIONS.contains(word.lower());
    }

    private static boolean isAbbreviation(AnnotatedDocument doc, int i, int first) {
        if (!doc.tokens.get(i).text().equals(".") || i == first) {
            return false;
        }
        Token prev = doc.tokens.get(i - 1);
        if (prev.end() != doc.tokens.get(i).start() || !prev.isWord()) {
            return false;
        }
        // Initials ("J. Smith", "J.K. Ruiz", "H.R. 2") and known abbreviations do not end a sentence; "p.m." may.
        return Character.isUpperCase(prev.text().charAt(0)) && (prev.text().length() == 1 || isInitialism(prev.text()))
                || isAbbreviationWord(prev) && !companyClosesSentence(doc, i, prev);
    }

    /**
     * "awarded the contract to Brenner Civil Ltd. Hutchings-Obi voted against": a company's suffix ends the sentence
     * when a title-case word and a lower-case one follow it, a new subject and its verb; "Tarn Ltd. Chief Executive Ada
     * Holm", "Tarn Inc. Tuesday said" and "Tarn Co. Ltd. said" go on.
     */
    private static boolean companyClosesSentence(AnnotatedDocument doc, int i, Token suffix) {
        if (!COMPANY_SUFFIXES.contains(suffix.lower()) || i + 2 >= doc.tokens.size()) {
            return false;
        }
        Token subject = doc.tokens.get(i + 1);
        String word = subject.text();
        return subject.isWord() && word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
                && !Mentions.isDateWord(subject.lower()) && !COMPANY_SUFFIXES.contains(subject.lower())
                && doc.tokens.get(i + 2).isLowerWord();
    }

    /**
     * "at about 1:40 a.m. Sunday", "at 9 p.m. EST", "10 a.m. Eastern time": the clock time's period ends no sentence
     * when a day, a month or a time zone follows it.
     */
    private static boolean timeGoesOn(AnnotatedDocument doc, int i, int end) {
        if (i == 0 || i + 1 >= end || !CLOCK.contains(doc.tokens.get(i - 1).lower())) {
            return false;
        }
        Token next = doc.tokens.get(i + 1);
        return Mentions.isDateWord(next.lower()) || TIME_ZONES.contains(next.text())
                || ZONE_NAMES.contains(next.lower()) && i + 2 < end && doc.tokens.get(i + 2).is("time");
    }

    /** Letters joined by dots, one or two per group: "U.S", "H.R", "D.C". */
    private static boolean isInitialism(String word) {
        int group = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.') {
                if (group == 0) {
                    return false;
                }
                group = 0;
            } else if (!Character.isLetter(c) || ++group > 2) {
                return false;
            }
        }
        return group > 0 && word.indexOf('.') > 0;
    }
}
