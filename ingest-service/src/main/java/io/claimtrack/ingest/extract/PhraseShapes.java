package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the words of a capitalised run say about its shape, for {@link Mentions}: whether it names anyone at
 * all, where a titled name starts, whether it names several people.
 */
final class PhraseShapes {

    /** Words that must be followed by their noun ("some" and "one" may speak alone). */
    private static final Set<String> ARTICLES = WordSet.union(List.of(FunctionWords.ARTICLES_OR_POSSESSIVES),
            "this", "these");
    private static final Set<String> CONJUNCTIONS = WordSet.of("and", "or", "but", "nor");
    private static final Set<String> CONTRACTING_PLURALS = WordSet.of("they", "we", "i", "you");
    /** The auxiliaries that irregular negative contractions stem from: "won't", "can't". */
    private static final Map<String, String> CONTRACTED_STEMS = Map.of("wo", "will", "ca", "can");
    /** Before one plural name, words that make it several people: "the Houthis", "many Canadians". */
    private static final Set<String> GROUP_DETERMINERS = WordSet.of("the", "many", "some", "most", "several", "few", "both",
            "these", "all");
    private static final Set<String> TIME_ADVERBS = WordSet.of("yesterday", "today", "tonight", "tomorrow");
    private static final Pattern CONTRACTION = Pattern.compile("(i|we|you|they|let)['’](ve|m|d|ll|re|s)");
    /**
     * What follows a participle or a past that opens no speaker phrase: "sponsored by", "compared to", a relative
     * clause's verb ("the ferry that sank off Holm").
     */
    private static final Set<String> PARTICIPLE_OBJECTS = WordSet.of("by", "to", "with", "from", "in", "on", "at", "for",
            "of", "into", "near", "off", "onto");

    private PhraseShapes() {
    }

    /**
     * "he’s", "they’ve", "she'd": a subject pronoun with a contracted auxiliary, one token; the pronoun's length,
     * or 0. "it’s" is left out: as a speaker "it" is too often the dummy subject ("it’s said that").
     */
    static int contractedPronoun(Token t) {
        String w = t.lower().replace('’', '\'');
        int apostrophe = w.indexOf('\'');
        if (apostrophe < 1 || !t.isWord()) {
            return 0;
        }
        String pronoun = w.substring(0, apostrophe);
        String rest = w.substring(apostrophe + 1);
        boolean singular = pronoun.equals("he") || pronoun.equals("she");
        boolean ok = switch (rest) {
            case "s" -> singular;
            case "ve", "re" -> CONTRACTING_PLURALS.contains(pronoun);
            case "d", "ll" -> singular || CONTRACTING_PLURALS.contains(pronoun);
            default -> false;
        };
        return ok ? apostrophe : 0;
    }

    /** "ll" of "they'll", "d" of "she’d", "ve" of "we’ve": the auxiliary after a contracted pronoun, or "". */
    static String contractedAuxiliary(Token t) {
        int pronoun = contractedPronoun(t);
        return pronoun > 0 ? t.lower().substring(pronoun + 1) : "";
    }

    /** The words of tokens {@code [from, to)} as written, one space between them: "New Jersey". */
    static String words(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(tokens.get(k).text());
        }
        return b.toString();
    }

    /** "the", "his": a word that must be followed by its noun. */
    static boolean isArticle(String lower) {
        return ARTICLES.contains(lower);
    }

    /**
     * Word runs that name no one: a phrase ending in a determiner or connector ("Following a"), one opening
     * with a conjunction ("and encourage Americans"), or with a participle before its preposition ("sponsored
     * by NBC News", "compared to 11%", "including ones").
     */
    static boolean notAPhrase(List<Token> span) {
        Token first = span.get(0);
        Token last = span.get(span.size() - 1);
        if (ARTICLES.contains(last.lower()) && !last.isAllCaps()
                || span.size() > 1 && Mentions.isConnector(last.lower()) && !last.isCapitalized()) {
            return true;
        }
        if (first.isCapitalized()) {
            return false;
        }
        String w = first.lower();
        boolean byWhom = (participle(first) || Lexicon.get().isIrregularPast(w)) && span.size() > 1 && PARTICIPLE_OBJECTS.contains(span.get(1).lower());
        return CONJUNCTIONS.contains(w) || w.equals("including") || byWhom;
    }

    /**
     * A word capitalised only because it opens the sentence, a bracket or a quotation, and never part of a
     * name: "Even Norway said", "(Having said that", "''Did Holm know".
     */
    static boolean sentenceOpener(AnnotatedDocument doc, Token t) {
        if (!t.isCapitalized() || t.isAllCaps() || !t.in(WordClass.SENTENCE_OPENER) && !maybeAdverb(t.lower())) {
            // Most capitalised words are no opener whatever surrounds them: no search for their sentence.
            return false;
        }
        Sentence s = doc.sentenceAt(t.start());
        if (s == null) {
            return false;
        }
        int k = doc.tokenAtOrAfter(t.start());
        Token before = k > s.firstToken() ? doc.tokens.get(k - 1) : null;
        if (before != null && before.type() != Token.Type.QUOTE && !before.is("(")) {
            return false;
        }
        Token after = k + 1 < s.endToken() ? doc.tokens.get(k + 1) : null;
        return FunctionWords.SENTENCE_OPENERS.contains(t.lower())
                || after != null && adverbBeforeSubject(t.lower(), after);
    }

    /**
     * "Recently she announced", "Yesterday Halvorsen said": an -ly adverb before a pronoun, or a time adverb
     * before a pronoun or a name. An -ly word before a capitalised word stays: first names end in -ly too
     * ("Vitaly", "Beverly") and no list holds them all. "Young said" and "Early said" keep their word.
     */
    private static boolean adverbBeforeSubject(String w, Token after) {
        if (TIME_ADVERBS.contains(w)) {
            return FunctionWords.SUBJECT_PRONOUNS.contains(after.lower())
                    || after.isCapitalized() && !after.isAllCaps();
        }
        return w.length() > 5 && w.endsWith("ly") && !Lexicon.get().isFirstName(w)
                && FunctionWords.SUBJECT_PRONOUNS.contains(after.lower());
    }

    /** A time adverb or a longer -ly word: what {@link #adverbBeforeSubject} can take for one. */
    private static boolean maybeAdverb(String w) {
        return TIME_ADVERBS.contains(w) || w.length() > 5 && w.endsWith("ly");
    }

    /** "I've", "Let's", "We're": a pronoun and its verb, never a name's word. */
    static boolean contraction(Token t) {
        // The pattern only on a short word with an apostrophe: every word of a phrase is asked.
        String w = t.lower();
        return t.isWord() && w.length() <= 7 && (w.indexOf('\'') > 0 || w.indexOf('’') > 0) && CONTRACTION.matcher(w).matches();
    }

    /** "didn't", "hasn’t", "won't": a verb with its negation, either apostrophe. */
    static boolean negativeContraction(String lower) {
        return lower.endsWith("n't") || lower.endsWith("n’t");
    }

    /**
     * The token after a negated auxiliary at {@code k}, one of {@code auxiliaries} (lower case): "will not", "didn't",
     * "won't", "cannot"; -1 if none.
     */
    static int afterNegatedAuxiliary(List<Token> t, int k, int end, Set<String> auxiliaries) {
        String w = t.get(k).lower();
        if (auxiliaries.contains(w)) {
            return k + 1 < end && t.get(k + 1).is("not") ? k + 2 : -1;
        }
        String stem = w.equals("cannot") ? "can" : negativeContraction(w) ? w.substring(0, w.length() - 3) : null;
        return stem != null && auxiliaries.contains(CONTRACTED_STEMS.getOrDefault(stem, stem)) ? k + 1 : -1;
    }

    /** A lower-case past form, regular or irregular: "announced", "held". */
    static boolean pastForm(Token t, Lexicon lexicon) {
        return t.isLowerWord() && pastShape(t.lower(), lexicon);
    }

    /** A past form whatever its case, regular or irregular: "announced", "Held" opening a headline. */
    static boolean pastShape(String lower, Lexicon lexicon) {
        return lower.endsWith("ed") || lexicon.isIrregularPast(lower);
    }

    /** A lower-case "-ed" or "-ing" word: "sponsored", "including", "contradicting". */
    static boolean participle(Token t) {
        return t.isLowerWord() && (t.lower().endsWith("ed") || t.lower().endsWith("ing"));
    }

    /** Index just before the span's last two words; an initial ("John F. Kerry") goes with the word after it. */
    static int beforeLastTwoWords(List<Token> span) {
        int words = 0;
        for (int k = span.size() - 1; k >= 0; k--) {
            if (fullWord(span.get(k)) && ++words == 2) {
                return k - 1;
            }
        }
        return span.size() - 3;
    }

    /** The words of {@code span}, an initial ("G.") not counted. */
    static int words(List<Token> span) {
        int words = 0;
        for (Token t : span) {
            words += fullWord(t) ? 1 : 0;
        }
        return words;
    }

    private static boolean fullWord(Token t) {
        return t.isWord() && !(t.text().length() == 1 && t.isCapitalized());
    }

    /**
     * "the Houthis", "the Lakers", "many Canadians", "The Saudis": one plural name after "the" or a quantifier is a
     * group. A long name in "-is" is a plural there too ("Saudis", "Israelis"), not "Paris".
     */
    static boolean pluralName(List<Token> span, int nameFrom) {
        String w = span.get(span.size() - 1).lower();
        return nameFrom == span.size() - 1 && nameFrom > 0 && GROUP_DETERMINERS.contains(span.get(nameFrom - 1).lower())
                && (WordForms.pluralShape(w) && w.length() > 3 || w.endsWith("is") && w.length() > 5);
    }

    /** "Donald Trump and Hillary Clinton": two people speaking together. */
    static boolean joinsNames(List<Token> span, int nameFrom) {
        for (int k = Math.max(nameFrom, 0); k < span.size(); k++) {
            if (span.get(k).is("and")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word {@code words} holds stands among the words from token {@code from} before {@code to}, before any
     * mark: "jury" in "A Wendmoor County jury on Thursday", not in "A man, a jury member,".
     */
    static boolean wordInRun(List<Token> t, int from, int to, Predicate<String> words) {
        for (int k = from; k < to; k++) {
            if (words.test(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }
}
