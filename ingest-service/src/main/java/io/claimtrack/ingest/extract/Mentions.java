package io.claimtrack.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The document's speaker noun phrases, read from the marks {@link PhraseStage} puts on tokens: finds the
 * phrase ending or starting at a token and trims what cannot open one; {@link RoleAndName} splits it. Callers ask with their own bounds
 * (the clause before a cue, the words after a quotation), and the same words are a phrase or not depending
 * on where those bounds cut them, so this answers queries over the marks rather than holding a fixed list.
 * Splits are not kept: nine in ten spans are asked for once (PolNeAR dev), so a cache would cost more.
 */
final class Mentions {

    /** A token's part in a phrase, from {@link PhraseStage}: the low two bits. */
    static final byte NOT_IN_PHRASE = 0;
    static final byte IN_PHRASE = 1;
    /** Only strictly inside a phrase: an abbreviation's period, "and" between two capitalised words. */
    static final byte INSIDE_PHRASE = 2;
    /** Only as the whole phrase: "it". */
    static final byte WHOLE_PHRASE = 3;
    private static final byte PART = 3;
    /** A word after a preposition that can be part of its object ("according to show insiders"). */
    static final byte LOOSE = 4;

    private static final Set<String> PERSON_POSSESSIVES = WordSet.of("his", "her");
    /**
     * A person's own reckoning of numbers or facts, not a document ({@link #ownFigures}): "her count", "his research";
     * also figures that back what someone said ({@link AccordingTo}).
     */
    static final Set<String> FIGURES = WordSet.of("figures", "numbers", "count", "estimate", "estimates", "calculations", "tally",
            "research", "reckoning", "findings");
    /** Lower-case words that join the parts of one name ("Ministry of Transport", "Lula da Silva"). */
    private static final Set<String> CONNECTORS = WordSet.of("of", "for", "and", "the", "de", "da", "do", "dos", "das",
            "van", "von", "der", "den", "bin", "al", "el", "la", "le", "del", "di", "du");

    /** Words of a time besides its days and months: "Monday night", "last year". */
    private static final Set<String> TIME_WORDS = WordSet.of("night", "morning", "afternoon", "evening", "week", "weekend", "month",
            "year", "last", "this", "next", "yesterday", "today", "tonight");
    private static final Set<String> DAYS = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday");
    private static final Set<String> INTENSIVES = WordSet.of("himself", "herself", "itself", "themselves");
    static final Set<String> INNER_LINKS = WordSet.of("and", "on", "at", "in", "to");

    private final AnnotatedDocument doc;
    private final List<Token> tokens;
    private final Lexicon lexicon;
    /** Each token's mark, -1 until first asked for. */
    private final byte[] words;
    private final PhraseStage marks;
    private final RoleAndName roles;
    private final WorksFor worksFor;
    private final SpeakerKinds kinds;
    private final MentionTrims trims;

    Mentions(AnnotatedDocument doc, Lexicon lexicon, PhraseStage marks) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.lexicon = lexicon;
        this.marks = marks;
        this.worksFor = new WorksFor(lexicon);
        this.kinds = new SpeakerKinds(lexicon);
        this.trims = new MentionTrims(tokens, lexicon);
        this.roles = new RoleAndName(doc, lexicon, worksFor, kinds);
        this.words = new byte[tokens.size()];
        Arrays.fill(words, (byte) -1);
    }

    /** Start index of the noun phrase ending at {@code last} (inclusive), scanning left; -1 if none. */
    int scanLeft(int last, int floor) {
        if (last >= floor && (FunctionWords.THING_PRONOUNS.contains(tokens.get(last).lower())
                || last > floor && FunctionWords.PERSON_PRONOUNS.contains(tokens.get(last).lower()) && isDateWord(tokens.get(last - 1).lower()))) {
            // "..., it said", "said Wednesday he agrees": the pronoun alone.
            return last;
        }
        int i = last;
        boolean titleChain = true;
        while (i >= floor && (last - i < Windows.PHRASE_TOKENS || titleChain && last - i < Windows.LONG_TITLE_TOKENS)) {
            Token t = tokens.get(i);
            if (!acceptable(i, floor, last)) {
                break;
            }
            // "The Acting Head of the Department of Road Facilities ... of the City of Korvask NAME": an office's
            // chain of capitalised words and connectors may run past a plain phrase's length.
            titleChain &= t.isCapitalized() || CONNECTORS.contains(t.lower());
            i--;
            if (INNER_LINKS.contains(t.lower()) || t.is("of") || t.is("for")) {
                // A connector must be followed on its left by more of the phrase.
                if (i < floor || !acceptable(i, floor, last)) {
                    i++;
                    break;
                }
            }
        }
        int start = i + 1;
        while (start <= last && (CONNECTORS.contains(tokens.get(start).lower()) && !tokens.get(start).isCapitalized()
                && !FunctionWords.DETERMINERS.contains(tokens.get(start).lower()))) {
            start++;
        }
        return start <= last ? start : -1;
    }

    /** End index (exclusive) of the noun phrase starting at {@code first}, scanning right; -1 if none. */
    int scanRight(int first, int ceiling) {
        return scanRight(first, ceiling, false);
    }

    /**
     * As {@link #scanRight(int, int)}; {@code afterPreposition} for a phrase that cannot hold its own
     * cue ("according to show insiders", "according to the report"), where cue-like nouns are words.
     */
    int scanRight(int first, int ceiling, boolean afterPreposition) {
        int i = first;
        while (i < ceiling && i - first < Windows.PHRASE_TOKENS && (acceptable(i, first, ceiling - 1)
                || afterPreposition && (mark(i) & LOOSE) != 0)) {
            i++;
        }
        while (i > first && CONNECTORS.contains(tokens.get(i - 1).lower())) {
            i--;
        }
        return i > first ? i : -1;
    }

    private byte mark(int i) {
        if (words[i] < 0) {
            words[i] = namePossessive(doc, lexicon, i) || bodyOfPlural(i) ? INSIDE_PHRASE : marks.mark(tokens, i);
        }
        return words[i];
    }

    /**
     * "The Ostland Workers' Party", "the National Farmers' Union": a plural possessive's apostrophe inside a
     * body's name, after two capitalised words and before the capitalised words that end in the body's noun. Not
     * "Reuters' Lena Holm" (a person of the outlet) nor "the Democrats' Senate campaign arm".
     */
    static boolean namePossessive(AnnotatedDocument doc, Lexicon lexicon, int i) {
        List<Token> tokens = doc.tokens;
        if (i < 2 || i + 1 >= tokens.size() || !SubjectPhrase.possessiveMark(tokens, i) || !tokens.get(i - 1).isCapitalized()
                || !tokens.get(i - 2).isCapitalized() || doc.quoteAt(tokens.get(i).start()) != null) {
            return false;
        }
        int k = i + 1;
        while (k < tokens.size() && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k > i + 1 && lexicon.organizations.contains(tokens.get(k - 1).lower());
    }

    /**
     * "the players' union", "a growers' association", "the regional fruit growers' association": a lower-case plural
     * possessive's apostrophe after an article (and up to {@link Windows#TITLE_MODIFIER_TOKENS} lower-case modifiers) and
     * before the body's noun; the whole phrase is the body, not its noun alone. So is a document of the plural's ("an
     * engineers' report"), which resolution reads as its maker's.
     */
    private boolean bodyOfPlural(int i) {
        if (i < 2 || i + 1 >= tokens.size() || !SubjectPhrase.possessiveMark(tokens, i) || tokens.get(i - 1).isCapitalized()
                || tokens.get(i + 1).isCapitalized() || !lexicon.organizations.contains(tokens.get(i + 1).lower())
                && !lexicon.documents.contains(tokens.get(i + 1).lower())
                || doc.quoteAt(tokens.get(i).start()) != null) {
            return false;
        }
        int k = i - 2;
        while (k > 0 && i - 2 - k < Windows.TITLE_MODIFIER_TOKENS && modifier(tokens.get(k))) {
            k--;
        }
        return FunctionWords.ARTICLES.contains(tokens.get(k).lower());
    }

    /** A lower-case word that may stand before a noun inside a phrase: "regional", "fruit"; no function word. */
    private static boolean modifier(Token t) {
        return t.isLowerWord() && !FunctionWords.NP_BREAKERS.contains(t.lower())
                && !FunctionWords.ARTICLES.contains(t.lower());
    }

    private boolean acceptable(int i, int floor, int last) {
        return switch (mark(i) & PART) {
            case IN_PHRASE -> true;
            case INSIDE_PHRASE -> i > floor && i < last;
            case WHOLE_PHRASE -> i == floor && i == last;
            default -> false;
        };
    }

    /** Builds a mention over tokens {@code [from, to)}, or null when they cannot name a speaker. */
    Mention build(int from, int to) {
        if (from < 0 || to <= from) {
            return null;
        }
        if (to - from > 1 && PhraseShapes.participle(tokens.get(from)) && (to - from > 2 && PhraseShapes.isArticle(tokens.get(from + 1).lower())
                || tokens.get(from + 1).isCapitalized())) {
            // "contradicting the operator's claim", "contradicting Bergen police's claim": the participle belongs
            // to the clause before the phrase.
            from++;
        }
        for (int k = to - 1; k > from; k--) {
            if (tokens.get(k).start() == tokens.get(k - 1).end() && tokens.get(k).isWord() && tokens.get(k - 1).isWord()) {
                // "ASSOCIATED PRESSOhio Gov. Ann Lind": two words with no space between were glued in the layout.
                from = k;
                break;
            }
        }
        while (from < to && PhraseShapes.sentenceOpener(doc, tokens.get(from))) {
            from++;
        }
        if (to - from > 1 && INTENSIVES.contains(tokens.get(to - 1).lower())) {
            // "Sanders himself has acknowledged": the name; the pronoun only stresses it.
            to--;
        }
        to = trims.beforeParticiple(from, to);
        if (to - from > 2 && isDateWord(tokens.get(to - 1).lower()) && trims.pastBeforeDay(tokens.get(to - 2))) {
            // "a resolution the city council passed Monday": the day closes a relative clause's verb, no name of anyone.
            to--;
        }
        if (from == to || trims.allDateWords(from, to)) {
            // "Wednesday added one more twist": a day or month is when, never who ("June", "Jun" may be people).
            return null;
        }
        List<Token> span = tokens.subList(from, to);
        String text = doc.text(span.get(0).start(), span.get(span.size() - 1).end());
        Token head = span.get(span.size() - 1);
        if (span.size() == 1 && (head.in(WordClass.PERSON_PRONOUN) || head.in(WordClass.GROUP_PRONOUN)
                || head.in(WordClass.THING_PRONOUN))) {
            return new Mention(head.start(), head.end(), text, "", "", SpeakerKind.PRONOUN);
        }
        if (PhraseShapes.notAPhrase(span)) {
            return null;
        }
        return roles.split(span, text);
    }

    /** Where the words naming whom a described speaker works for start ("a spokesman for Mayor Ivo Lunde"), or -1. */
    int complementStart(int from, int to) {
        int relation = worksFor.relation(tokens.subList(from, to));
        return relation < 0 ? -1 : from + relation + 1;
    }

    /**
     * A mention for a phrase a strong cue marks as the source ("according to federal statistics"), even
     * when it looks like no speaker on its own.
     */
    Mention describe(int from, int to) {
        Mention m = build(from, to);
        if (m != null || from < 0 || to <= from) {
            return m;
        }
        List<Token> span = tokens.subList(from, to);
        String text = doc.text(span.get(0).start(), span.get(span.size() - 1).end());
        return new Mention(span.get(0).start(), span.get(span.size() - 1).end(), text, "", "",
                kinds.descriptorKind(lexicon.headKey(span.get(span.size() - 1).lower()), span));
    }

    static boolean isWeekday(String lower) {
        return DAYS.contains(lower);
    }

    static boolean isDateWord(String lower) {
        return DAYS.contains(lower) || StructureStage.parseMonth(lower) != null && lower.length() > 2
                && !lower.equals("mar") && !lower.equals("may");
    }

    /** "Tuesday", "Monday night", "last year": a time, every word of it a day, a month or a word of time. */
    static boolean namesTime(String words) {
        for (String w : words.toLowerCase(Locale.ROOT).split(" ")) {
            if (!isDateWord(w) && !TIME_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    static boolean isConnector(String lower) {
        return CONNECTORS.contains(lower);
    }

    /**
     * "Her figures show the city overspent", "His own estimate puts it at ...", "According to his calculations": a
     * person's figures speak for the person the possessive stands for, as "by his own count" is his statement, whether
     * or not the documents list has the word.
     */
    static boolean ownFigures(Mention m) {
        List<String> words = Name.wordsWithTitles(m.text());
        return words.size() >= 2 && words.size() <= 3 && PERSON_POSSESSIVES.contains(words.get(0))
                && (words.size() == 2 || "own".equals(words.get(1))) && FIGURES.contains(Name.lastWord(words));
    }

    /** "his", "her": a possessive that stands for one person. */
    static boolean isPersonPossessive(String lower) {
        return PERSON_POSSESSIVES.contains(lower);
    }

    /** "lund's", "the board’s": a word or phrase with a possessive ending. */
    static boolean isPossessive(String word) {
        return word.endsWith("’s") || word.endsWith("'s");
    }

    static String possessiveStem(String lower) {
        if (isPossessive(lower)) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower;
    }
}
