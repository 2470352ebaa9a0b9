package io.claimtrack.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Word lists the stages share, loaded once from {@code /lexicon/*.txt}; immutable and thread-safe. */
public final class Lexicon {

    public enum CueKind { VERB, ACCORDING_TO }

    /** A cue as a sequence of lower-case words, e.g. ["pointed", "out"]; {@code gerund} for "saying". */
    public record CueForm(List<String> words, boolean gerund, boolean past) {
    }

    private static final Lexicon DEFAULT = new Lexicon();

    private final Map<String, List<CueForm>> cuesByFirstWord = new HashMap<>();
    /** Cue participles that are no past form ("sworn", "written"): without an auxiliary, adjectives or passives. */
    private final Set<String> participlesOnly = new HashSet<>();
    /** For a verb form that is a cue only before a complement ("sees X as"), the words that may open it. */
    private final Map<String, Set<String>> complementsByForm = new HashMap<>();
    private final Map<String, Set<String>> complementsByCue = new HashMap<>();
    public final Set<String> roles = load("roles");
    public final Set<String> roleModifiers = load("role-modifiers");
    /** A body's head word in another language ("banca", "banque"), to the English word first on its line. */
    private final Map<String, String> bodyWords = new HashMap<>();
    public final Set<String> organizations = spellings("organizations", bodyWords);
    public final Set<String> documents = load("documents");
    /** Kinds of work whose quoted title may follow them: "book", "anthem", "show". */
    public final Set<String> works = load("works");
    public final Set<String> statementNouns = load("statement-nouns");
    private final Set<String> cueCompounds = load("cue-compounds");
    /** The first word of each compound: most word pairs are turned down before their text is built. */
    private final Set<String> cueCompoundFirstWords = firstWords(cueCompounds);
    public final Set<String> anonymous = load("anonymous");
    public final Set<String> groups = load("groups");
    public final List<String> noise = List.copyOf(load("noise"));
    public final Set<String> labels = load("labels");
    /** Participles of saying that stand apart after a comma: ", citing its low cost" (object-participles.txt). */
    public final Set<String> objectParticiples = load("object-participles");
    /** Results of a game or a company's books ("win", "earnings"): after "post" or "add", an outcome. */
    public final Set<String> results = load("results");
    /** What a declaration brings into force ("emergency", "bankruptcy"): after "declare", an act. */
    public final Set<String> declaredActs = load("declared-acts");
    /** Written works ("letter", "commentary"): as the only object of "write", an act. */
    public final Set<String> writtenWorks = load("written-works");
    /** What crews answer ("call", "fire", "crash"): after "respond to", an act. */
    public final Set<String> emergencies = load("emergencies");
    /** Irregular past forms ("sent", "gave"): a verb, where a subject noun phrase ends. */
    private final Set<String> irregularPasts = pastForms(false);
    /** Those that are never a noun or an adjective ("came", not "paid"): no part of any speaker phrase. */
    final Set<String> verbOnlyPasts = pastForms(true);
    private final Set<String> femaleNames = load("first-names-female");
    private final Set<String> maleNames = load("first-names-male");
    private final Set<String> eitherNames = load("first-names-either");
    public final Set<String> outlets = load("outlets");
    /** One-word names of parties and armed groups ("Hamas", "Labour"): organisations, never people. */
    public final Set<String> movements = load("movements");
    /** Countries, US states and continents: a speaker so named is an organisation. */
    private final Set<String> places = load("places");
    /** The fields offices are for ("environment", "defence"), each spelling to the first on its line. */
    private final Map<String, String> roleFields = new HashMap<>();
    /** The titles role-titles.txt gives each role word. */
    final RoleTitles titles = new RoleTitles();

    public static final Set<String> PERSON_PRONOUNS = WordSet.of("he", "she");
    public static final Set<String> GROUP_PRONOUNS = WordSet.of("they", "we");
    /** Words of a speaker's own voice: "we", "our specialists", "I", "my ministry". */
    public static final Set<String> FIRST_PERSON_WORDS = WordSet.of("i", "we", "me", "us", "my", "our", "ours", "myself",
            "ourselves");
    /** The plainest verbs of saying: never nouns, never passive in a headline, never a mere topic. */
    public static final Set<String> SAY_TELL = WordSet.of("said", "says", "say", "told", "tells", "tell");
    /** Verbs whose object is the one told: "told the board", "asked reporters", "warned Holm". */
    public static final Set<String> TELL_VERBS = WordSet.of("told", "tells", "tell", "telling", "informed", "informs",
            "assured", "assures", "warned", "warns", "reminded", "reminds", "urged", "urges", "asked", "asks", "advised", "advises");
    /** "The navy said ... It added": an organisation or document referred back to. */
    public static final Set<String> THING_PRONOUNS = WordSet.of("it");
    /** A pronoun speaker's word as its subject form: "his" -> "he", "according to him" -> "he". */
    public static String subjectPronoun(String lower) {
        return "him".equals(lower) ? "he" : POSSESSIVE_PRONOUNS.getOrDefault(lower, lower);
    }

    /** Possessive determiners as the subject pronoun they stand for: "his claim that" is what he claimed. */
    public static final Map<String, String> POSSESSIVE_PRONOUNS = Map.of("his", "he", "her", "she", "their", "they",
            "its", "it", "our", "we", "my", "i", "your", "you");
    /** Possessive determiners: "his claim", "our plan". */
    public static final Set<String> POSSESSIVES = POSSESSIVE_PRONOUNS.keySet();
    /** Pronouns that stand for someone who speaks: "he said", "we believe"; "it" and "you" rarely do. */
    public static final Set<String> SPEAKING_PRONOUNS = words(List.of(PERSON_PRONOUNS, GROUP_PRONOUNS), "i");
    /** Pronouns that open a clause as its subject; "you" and "it" are object forms too ("told you", "said it"). */
    public static final Set<String> SUBJECT_PRONOUNS = words(List.of(SPEAKING_PRONOUNS, THING_PRONOUNS), "you");
    /** Reflexive pronouns: "drew attention to himself", "found herself" say nothing of what was said. */
    public static final Set<String> REFLEXIVE_PRONOUNS = WordSet.of("himself", "herself", "itself", "themselves",
            "ourselves", "myself", "yourself");
    /** Object pronouns of people: the one spoken to ("told him", "assured us"). */
    public static final Set<String> OBJECT_PRONOUNS = WordSet.of("him", "her", "them", "me", "us", "you");
    public static final Set<String> ARTICLES = WordSet.of("the", "a", "an");
    public static final Set<String> DEMONSTRATIVES = WordSet.of("this", "that", "these", "those");
    /** Determiners that bring in someone new: "a senior official", "another aide", "one source". */
    private static final Set<String> INDEFINITES = WordSet.of("a", "an", "another", "one", "some");
    /** Number words that count more than one: "two goals", "three in 10". */
    public static final Set<String> NUMBER_WORDS = WordSet.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten");
    /** Figures written out past ten: "Sixty percent", "Forty-one percent". */
    public static final Set<String> TENS = WordSet.of("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety");
    /** Currency signs written before their figure: "$1 million", "£40". */
    public static final Set<String> CURRENCY = WordSet.of("$", "€", "£", "¥");
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
     * posted on the club's website" ({@link DocumentMaker}, {@link ChannelOwner}).
     */
    public static final Set<String> PUBLISHING_PARTICIPLES = WordSet.of("compiled", "published", "released", "conducted",
            "prepared", "issued", "produced", "written", "drafted", "carried", "gathered", "collected", "made", "posted",
            "kept", "put", "shared", "uploaded");
    /** Dashes that sign a headline or a quotation: "... — Kremlin aide". */
    public static final Set<String> DASHES = words(List.of(LONG_DASHES), "-");
    /** A noun phrase's article or possessive: "the physio", "a fee", "her bonus", "your claim". */
    public static final Set<String> ARTICLES_OR_POSSESSIVES = words(List.of(ARTICLES, POSSESSIVES));
    public static final Set<String> DETERMINERS = words(List.of(ARTICLES_OR_POSSESSIVES), "another", "one", "some",
            "several", "many", "two", "three", "other", "both", "most", "this", "these");

    /** Whether a phrase opens with an indefinite determiner ("A senior official", "another aide"). */
    static boolean isIndefinite(String phrase) {
        int space = phrase.indexOf(' ');
        return INDEFINITES.contains((space < 0 ? phrase : phrase.substring(0, space)).toLowerCase(Locale.ROOT));
    }

    /** A stage's own word list made of shared word classes and words of its own. */
    static Set<String> words(List<Set<String>> classes, String... more) {
        Set<String> all = new HashSet<>(Arrays.asList(more));
        classes.forEach(all::addAll);
        return WordSet.copyOf(all);
    }

    /** A stage's own word list: a shared word class but the words the stage must not take. */
    static Set<String> without(Set<String> words, String... less) {
        Set<String> all = new HashSet<>(words);
        Arrays.asList(less).forEach(all::remove);
        return WordSet.copyOf(all);
    }
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
    public static final Set<String> MODALS = words(List.of(POSSIBILITY_OR_DUTY_MODALS), "will", "would", "can", "shall");
    /** The finite forms of "be", "have" and "do", which open a verb group as auxiliaries or stand alone. */
    public static final Set<String> BE_FORMS = WordSet.of("is", "are", "was", "were");
    public static final Set<String> HAVE_FORMS = WordSet.of("has", "have", "had");
    public static final Set<String> DO_FORMS = WordSet.of("do", "does", "did");
    /** The finite auxiliaries: a clause's verb group opens with one ("is", "had", "would", "did"). */
    public static final Set<String> FINITE_AUXILIARIES = words(List.of(MODALS, BE_FORMS, HAVE_FORMS, DO_FORMS));
    /** Words between a speaker and its cue that belong to neither ("Lavrov also condemned"). */
    public static final Set<String> ADVERBS = words(List.of(FINITE_AUXILIARIES), "also", "further", "repeatedly", "earlier", "previously", "later", "reportedly", "then", "once", "again", "recently", "publicly", "even", "still", "already", "separately", "subsequently", "never", "not", "often", "always", "allegedly", "perhaps", "probably", "first", "last", "now", "just", "long", "both", "personally", "openly", "specifically", "directly", "immediately", "been", "being");
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

    public static Lexicon get() {
        return DEFAULT;
    }

    /** "Norway", "the United States", "North Korea's": a place that speaks through its government. */
    public boolean isPlace(String name) {
        String lower = Mentions.possessiveStem(name.toLowerCase(Locale.ROOT));
        return places.contains(lower.startsWith("the ") ? lower.substring(4) : lower);
    }

    private Lexicon() {
        for (String line : readLines("role-fields")) {
            String[] spellings = line.split("=");
            for (String spelling : spellings) {
                roleFields.put(spelling.strip(), spellings[0].strip());
            }
        }
        for (String line : readLines("cues")) {
            addCueForms(line, Set.of());
        }
        for (String line : readLines("complement-cues")) {
            String[] parts = line.split(">", 2);
            addCueForms(parts[0].strip(), Set.of(parts[1].strip().split(" +")));
        }
        addCue("according", List.of("to"), false, false);
    }

    /** Every form of one cue line ("think/thought", "point out"), each needing one of {@code complements} if any. */
    private void addCueForms(String line, Set<String> complements) {
        String[] words = line.split(" ");
        String[] head = words[0].split("/");
        String lemma = head[0];
        String past = head.length > 1 ? head[1] : WordForms.regularPast(lemma);
        List<String> particles = List.of(words).subList(1, words.length);
        List<String> forms = new ArrayList<>(List.of(lemma, WordForms.thirdPerson(lemma), past, WordForms.gerund(lemma, past)));
        addCue(lemma, particles, false, false);
        addCue(WordForms.thirdPerson(lemma), particles, false, false);
        addCue(past, particles, false, true);
        addCue(WordForms.gerund(lemma, past), particles, true, false);
        if (head.length > 2) {
            // "has shown", "had written": a participle that is not the past form.
            addCue(head[2], particles, false, true);
            forms.add(head[2]);
            participlesOnly.add(head[2]);
        }
        if (!complements.isEmpty()) {
            String tail = particles.isEmpty() ? "" : " " + String.join(" ", particles);
            forms.forEach(f -> complementsByForm.put(f, complements));
            forms.forEach(f -> complementsByCue.put(f + tail, complements));
        }
    }

    /** Whether {@code lower} is a cue's participle that is not its past form: "sworn", "written", "shown". */
    public boolean participleOnly(String lower) {
        return participlesOnly.contains(lower);
    }

    /** The words one of which must follow the object of this verb form for it to be a cue; empty for most cues. */
    public Set<String> complementsOf(String lowerFirstWord) {
        return complementsByForm.getOrDefault(lowerFirstWord, Set.of());
    }

    /**
     * The same for one cue form, its particles included: "ruled" needs "that", "ruled out" (a cue line of its own)
     * needs nothing.
     */
    public Set<String> complementsOfCue(String lowerWords) {
        return complementsByCue.getOrDefault(lowerWords, Set.of());
    }

    private void addCue(String first, List<String> particles, boolean gerund, boolean past) {
        List<String> words = new ArrayList<>();
        words.add(first);
        words.addAll(particles);
        List<CueForm> forms = cuesByFirstWord.computeIfAbsent(first, k -> new ArrayList<>());
        CueForm form = new CueForm(List.copyOf(words), gerund, past);
        if (!forms.contains(form)) {
            forms.add(form);
            // Longest first, so "pointed out" wins over a bare "pointed".
            forms.sort((a, b) -> b.words().size() - a.words().size());
        }
    }

    /**
     * "saying", "telling reporters": a cue whose first word is the gerund of a cue verb; or of a verb in no list,
     * as in "making the point that" ({@link LightVerbCue}).
     */
    public boolean isGerund(Cue cue) {
        // The first word alone lowered: this is asked of a cue several times, and a split made an array each time.
        String first = StanceVerbs.firstWord(cue.text()).toLowerCase(Locale.ROOT);
        List<CueForm> forms = cuesStartingWith(first);
        return first.endsWith("ing") && (forms.isEmpty() || forms.get(0).gerund());
    }

    /** Whether two lower-case words make a compound noun with a cue word in it: "roll call", "email servers". */
    public boolean isCueCompound(String first, String second) {
        return cueCompoundFirstWords.contains(first) && WordForms.inSetOrPlural(cueCompounds, first + " " + second);
    }

    /** Cue forms starting with this lower-case word, longest first; empty when it is no cue. */
    public List<CueForm> cuesStartingWith(String lower) {
        return cuesByFirstWord.getOrDefault(lower, List.of());
    }

    /** The words a cue can start with. */
    Set<String> cueFirstWords() {
        return Collections.unmodifiableSet(cuesByFirstWord.keySet());
    }

    /** The gender of a first name (lower case) on the shipped name lists; null when unknown or on both. */
    Gender genderOfFirstName(String lower) {
        return femaleNames.contains(lower) ? Gender.FEMALE : maleNames.contains(lower) ? Gender.MALE : null;
    }

    /** Whether a word (lower case) is the past form of a verb that does not end in "-ed". */
    boolean isIrregularPast(String lower) {
        return irregularPasts.contains(lower);
    }

    /** Whether a word (lower case) is a first name on the shipped lists, of either gender. */
    boolean isFirstName(String lower) {
        return femaleNames.contains(lower) || maleNames.contains(lower) || eitherNames.contains(lower);
    }

    /** The field an office is for that this word (lower case) names, in one spelling ("defense" → "defence"); null if none. */
    String roleField(String lower) {
        return roleFields.get(lower);
    }

    /** A body's head word (lower case) in English: "bank" for "banque" in "Banque Nationale de Norvella"; the word itself if none. */
    String bodyWord(String lower) {
        return bodyWords.getOrDefault(lower, lower);
    }

    public boolean isRoleWord(String lower) {
        return roles.contains(lower) || roleModifiers.contains(lower);
    }

    /** The word as the lexicons list it: no possessive, and "ex-adviser" looked up as "adviser". */
    String headKey(String lower) {
        String w = Mentions.possessiveStem(lower);
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash < w.length() - 1 && !roles.contains(w)) {
            return w.substring(dash + 1);
        }
        return w;
    }

    /** Whether a noun (lower case, singular) names a person: a role, or one of a group ("supporter", "voter"). */
    boolean isPersonNoun(String lower) {
        // A noun's plural is spelled as a verb's third person: "witnesses", "allies".
        return roles.contains(lower) || anonymous.contains(lower)
                || lower.length() > 1 && groups.contains(WordForms.thirdPerson(lower));
    }

    /** A word that can head a speaker description: a role, group, source, body or document. */
    boolean isSpeakerNoun(Token t) {
        String w = headKey(t.lower());
        return roles.contains(w) || groups.contains(w) || anonymous.contains(w)
                || organizations.contains(w) || documents.contains(w);
    }

    /** The irregular-pasts list; {@code verbOnly} leaves out the forms marked "noun" on their line. */
    private static Set<String> pastForms(boolean verbOnly) {
        return WordSet.copyOf(readLines("irregular-pasts").stream().map(line -> line.split("\\s+"))
                .filter(fields -> !verbOnly || fields.length == 1).map(fields -> fields[0])
                .collect(Collectors.toList()));
    }

    private static Set<String> firstWords(Set<String> phrases) {
        Set<String> words = new HashSet<>();
        for (String phrase : phrases) {
            words.add(StanceVerbs.firstWord(phrase));
        }
        return Collections.unmodifiableSet(words);
    }

    /** The words of a list whose line may give one word in several spellings, "a = b = c"; {@code toFirst} maps each to "a". */
    private static Set<String> spellings(String name, Map<String, String> toFirst) {
        List<String> words = new ArrayList<>();
        for (String line : readLines(name)) {
            String[] forms = line.split("=");
            for (String form : forms) {
                words.add(form.strip());
                toFirst.put(form.strip(), forms[0].strip());
            }
        }
        return WordSet.copyOf(words);
    }

    private static Set<String> load(String name) {
        return WordSet.copyOf(readLines(name));
    }

    static List<String> readLines(String name) {
        String path = "/lexicon/" + name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon resource " + path);
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null;) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
