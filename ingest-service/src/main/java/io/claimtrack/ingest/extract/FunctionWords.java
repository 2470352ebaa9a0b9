package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closed word classes of English the stages share, spelt here rather than loaded: pronouns, determiners,
 * auxiliaries and modals, conjunctions, number words, dashes. The open lists of lexicon/*.txt are {@link Lexicon}'s.
 */
public final class FunctionWords {

    public static final Set<String> PERSON_PRONOUNS = WordSet.of("he", "she");
    public static final Set<String> GROUP_PRONOUNS = WordSet.of("they", "we");
    /** A speaker's own first person as a subject: "We express our condolences", "I regret". */
    public static final Set<String> FIRST_PERSON_SUBJECTS = WordSet.of("i", "we");
    /** Words of a speaker's own voice: "we", "our specialists", "I", "my ministry". */
    public static final Set<String> FIRST_PERSON_WORDS = WordSet.union(List.of(FIRST_PERSON_SUBJECTS), "me", "us", "my", "our",
            "ours", "myself", "ourselves");
    /** The plainest verbs of saying: never nouns, never passive in a headline, never a mere topic. */
    public static final Set<String> SAY_TELL = WordSet.of("said", "says", "say", "told", "tells", "tell");
    /** Verbs whose object is only the one spoken to, never part of what was said: "told the board", "assured Holm". */
    public static final Set<String> ADDRESSEE_VERBS = WordSet.of("told", "tells", "tell", "telling", "informed", "informs",
            "assured", "assures");
    /** Verbs whose object is the one told: "told the board", "asked reporters", "warned Holm". */
    public static final Set<String> TELL_VERBS = WordSet.union(List.of(ADDRESSEE_VERBS), "warned", "warns", "reminded",
            "reminds", "urged", "urges", "asked", "asks", "advised", "advises");
    /** "The navy said ... It added": an organisation or document referred back to. */
    public static final Set<String> THING_PRONOUNS = WordSet.of("it");
    /** The clock's short units: "a third five minutes later", "you have ten minutes". */
    public static final Set<String> CLOCK_UNITS = WordSet.of("minute", "minutes", "second", "seconds");
    /** Possessive determiners as the subject pronoun they stand for: "his claim that" is what he claimed. */
    public static final Map<String, String> POSSESSIVE_PRONOUNS = Map.of("his", "he", "her", "she", "their", "they",
            "its", "it", "our", "we", "my", "i", "your", "you");
    /** Possessive determiners: "his claim", "our plan". */
    public static final Set<String> POSSESSIVES = POSSESSIVE_PRONOUNS.keySet();
    /** Pronouns that stand for someone who speaks: "he said", "we believe"; "it" and "you" rarely do. */
    public static final Set<String> SPEAKING_PRONOUNS = WordSet.union(List.of(PERSON_PRONOUNS, GROUP_PRONOUNS), "i");
    /** Pronouns that open a clause as its subject; "you" and "it" are object forms too ("told you", "said it"). */
    public static final Set<String> SUBJECT_PRONOUNS = WordSet.union(List.of(SPEAKING_PRONOUNS, THING_PRONOUNS), "you");
    /** Reflexive pronouns: "drew attention to himself", "found herself" say nothing of what was said. */
    public static final Set<String> REFLEXIVE_PRONOUNS = WordSet.of("himself", "herself", "itself", "themselves",
            "ourselves", "myself", "yourself");
    /** Object pronouns of people: the one spoken to ("told him", "assured us"). */
    public static final Set<String> OBJECT_PRONOUNS = WordSet.of("him", "her", "them", "me", "us", "you");
    /** "a", "an": a noun phrase that brings in a thing or someone new. */
    public static final Set<String> INDEFINITE_ARTICLES = WordSet.of("a", "an");
    public static final Set<String> ARTICLES = WordSet.union(List.of(INDEFINITE_ARTICLES), "the");
    /** The small words inside a body's full name: "of the Committee on Transport and Public Works", "Free the Herd". */
    public static final Set<String> NAME_LINKS = WordSet.of("the", "of", "on", "for", "and");
    public static final Set<String> DEMONSTRATIVES = WordSet.of("this", "that", "these", "those");
    /** The relative words of a thing: "a banner that read", "the memoir which she is writing". */
    public static final Set<String> THING_RELATIVES = WordSet.of("that", "which");
    /** Determiners that bring in someone new: "a senior official", "another aide", "one source". */
    private static final Set<String> INDEFINITES = WordSet.union(List.of(INDEFINITE_ARTICLES), "another", "one", "some");
    /**
     * The indefinites' first letters and longest length: resolution asks this of every earlier speaker a description
     * passes, and most phrases ("The senator") are told apart without a lower-case copy of their first word.
     */
    private static final String INDEFINITE_INITIALS = INDEFINITES.stream().map(w -> w.substring(0, 1)).distinct().collect(Collectors.joining());
    private static final int INDEFINITE_LONGEST = INDEFINITES.stream().mapToInt(String::length).max().orElse(0);
    /** Number words that count more than one: "two goals", "three in 10". */
    public static final Set<String> NUMBER_WORDS = WordSet.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    /** Figures written out past ten: "Sixty percent", "Forty-one percent". */
    public static final Set<String> TENS = WordSet.of("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    /** Currency signs written before their figure: "$1 million", "£40". */
    public static final Set<String> CURRENCY = WordSet.of("$", "€", "£", "¥");
    /** Currencies named after their figure: "2 billion dollars", "3.1 million crowns". */
    public static final Set<String> CURRENCY_NAMES = WordSet.of("dollars", "euros", "pounds", "crowns", "francs", "yen",
            "rupees", "pesos", "kronor", "kroner", "dinars", "shillings", "rand", "lira", "lire", "zloty", "forints");
    /** Dashes that are never a hyphen: "WASHINGTON — ...". */
    public static final Set<String> LONG_DASHES = WordSet.of("—", "–", "―");
    /** Words that join a second clause after a comma: its subject may start a statement of its own. */
    public static final Set<String> COORDINATORS = WordSet.of("though", "although", "but", "and", "while", "whereas", "yet");
    /** Words after a verb that name its topic, not what was said: "reported on the talks". */
    public static final Set<String> TOPIC_PREPOSITIONS = WordSet.of("on", "about", "of", "with", "for", "from");
    /** Quantifiers that may float after the subject they count: "Holm and Lind each touting", "the senators all said". */
    public static final Set<String> FLOATING_QUANTIFIERS = WordSet.of("each", "both", "all");
    /**
     * Participles that put a document out under its maker's name: "a report published by the board", "a statement
     * posted on the club's website", "a letter sent by the union" ({@link DocumentMaker}, {@link ChannelOwner}).
     */
    public static final Set<String> PUBLISHING_PARTICIPLES = WordSet.of("compiled", "published", "released", "conducted",
            "prepared", "issued", "produced", "written", "drafted", "carried", "gathered", "collected", "made", "posted",
            "kept", "put", "shared", "uploaded", "filed", "sent", "submitted", "lodged");
    /** Dashes that sign a headline or a quotation: "... — Kremlin aide". */
    public static final Set<String> DASHES = WordSet.union(List.of(LONG_DASHES), "-");
    /** A noun phrase's article or possessive: "the physio", "a fee", "her bonus", "your claim". */
    public static final Set<String> ARTICLES_OR_POSSESSIVES = WordSet.union(List.of(ARTICLES, POSSESSIVES));
    public static final Set<String> DETERMINERS = WordSet.union(List.of(ARTICLES_OR_POSSESSIVES), "another", "one", "some",
            "several", "many", "two", "three", "other", "both", "most", "this", "these");
    /** Determiners, and "others", which stands for people alone as "many" can: "Others say", no one's name when capitalised. */
    public static final Set<String> DETERMINERS_OR_OTHERS = WordSet.union(List.of(DETERMINERS), "others");
    /** After "asked": a question put to someone ("asked whether ..."), not an assertion. */
    public static final Set<String> QUESTION_WORDS = WordSet.of("whether", "if", "why", "how", "what", "when", "who", "where");
    /** A question's first word, "which" too: "Asked which", "Pressed on why". */
    public static final Set<String> QUESTION_OPENERS = WordSet.union(List.of(QUESTION_WORDS), "which");
    /**
     * Conjunctions that open an adverbial clause with its own subject and verb: "because the pier closed", "although
     * talks stalled", "until the vote is held"; "as" is left to each stage (a comparison, a time, a role).
     */
    public static final Set<String> SUBORDINATORS = WordSet.of("although", "though", "when", "while", "after", "before",
            "if", "unless", "because", "since", "once", "until", "whereas");
    /**
     * Modals of possibility or duty: what they bind is imagined or demanded ("might mention", "should explain"), where
     * "will" and "would" tell of something to come or shifted into the past.
     */
    public static final Set<String> POSSIBILITY_OR_DUTY_MODALS = WordSet.of("could", "should", "may", "might", "must");
    /** Modal verbs, each followed by a bare verb: "would meet", "must go"; a new modal is added here (or to the subset above) only. */
    public static final Set<String> MODALS = WordSet.union(List.of(POSSIBILITY_OR_DUTY_MODALS), "will", "would", "can", "shall");
    /** The finite forms of "be", "have" and "do", which open a verb group as auxiliaries or stand alone. */
    public static final Set<String> BE_FORMS = WordSet.of("is", "are", "was", "were");
    public static final Set<String> HAVE_FORMS = WordSet.of("has", "have", "had");
    public static final Set<String> DO_FORMS = WordSet.of("do", "does", "did");
    /** The finite auxiliaries: a clause's verb group opens with one ("is", "had", "would", "did"). */
    public static final Set<String> FINITE_AUXILIARIES = WordSet.union(List.of(MODALS, BE_FORMS, HAVE_FORMS, DO_FORMS));
    /** Words between a speaker and its cue that belong to neither ("Lavrov also condemned"). */
    public static final Set<String> ADVERBS = WordSet.union(List.of(FINITE_AUXILIARIES), "also", "further", "repeatedly", "earlier", "previously", "later", "reportedly", "then", "once", "again", "recently", "publicly", "even", "still", "already", "separately", "subsequently", "never", "not", "often", "always", "allegedly", "perhaps", "probably", "first", "last", "now", "just", "long", "both", "personally", "openly", "specifically", "directly", "immediately", "been", "being");
    /**
     * Verbs and adjectives that take the cue as an infinitive between subject and cue ("continues to insist",
     * "went on to say", "seemed to suggest", "was quick to point out").
     */
    public static final Set<String> CATENATIVES = WordSet.of("continue", "continues", "continued", "continuing", "seem",
            "seems", "seemed", "appear", "appears", "appeared", "began", "begin", "begins",
            "begun", "start", "starts", "started", "decided", "decide", "decides", "chose", "chosen", "need", "needs",
            "needed", "have", "has", "had", "used", "quick", "eager", "went", "go", "goes", "gone", "going");
    /**
     * Capitalised only because they open the sentence, never part of a name: "Despite Cruz's lead", "Even Norway,
     * a close partner, said", "Everything Holm says", "Having said that", "Say the port closed", "Here is the transcript".
     */
    public static final Set<String> SENTENCE_OPENERS = WordSet.of("despite", "unlike", "beyond", "amid", "among", "like",
            "following", "meanwhile", "however", "instead", "besides", "asked", "still", "yet", "even", "only", "later",
            "earlier", "shortly", "now", "then", "last", "next", "everything", "nothing", "something", "anything",
            "having", "rather", "did", "does", "say", "suppose", "perhaps", "maybe", "indeed", "nor", "here");
    /** Words that cannot be inside a speaker noun phrase; they end the backward scan. */
    public static final Set<String> NP_BREAKERS = WordSet.of("that", "which", "who", "whom", "whose", "when", "while", "because", "after", "before", "if", "as", "but", "or", "so", "than", "then", "where", "why", "how", "what", "to", "it", "there", "this", "is", "are", "was", "were", "be", "been", "in", "on", "at", "by", "with", "from", "into", "about", "over", "under", "against", "between", "since", "until", "during", "without", "through", "not", "no", "yet", "also", "although", "though", "unless", "i", "you", "me", "us", "him", "them", "has", "have", "had", "will", "would", "could", "should");

    private FunctionWords() {
    }

    /** A pronoun speaker's word as its subject form: "his" -> "he", "according to him" -> "he". */
    public static String subjectPronoun(String lower) {
        return "him".equals(lower) ? "he" : POSSESSIVE_PRONOUNS.getOrDefault(lower, lower);
    }

    /** Whether a phrase opens with an indefinite determiner ("A senior official", "another aide"). */
    static boolean isIndefinite(String phrase) {
        int space = phrase.indexOf(' ');
        int length = space < 0 ? phrase.length() : space;
        // Lower case never shortens a word, and keeps an ASCII letter ASCII.
        if (length == 0 || length > INDEFINITE_LONGEST
                || phrase.charAt(0) < 0x80 && INDEFINITE_INITIALS.indexOf(Character.toLowerCase(phrase.charAt(0))) < 0) {
            return false;
        }
        return INDEFINITES.contains((space < 0 ? phrase : phrase.substring(0, space)).toLowerCase(Locale.ROOT));
    }
}
