package io.claimtrack.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        // "judged that" is the past only: the verb's other forms are the noun ("the judge", "the judges’ statement").
        boolean pastOnly = complements.contains(ObjectComplement.PAST_ONLY);
        List<String> forms = new ArrayList<>(pastOnly ? List.of(past)
                : List.of(lemma, WordForms.thirdPerson(lemma), past, WordForms.gerund(lemma, past)));
        if (!pastOnly) {
            addCue(lemma, particles, false, false);
            addCue(WordForms.thirdPerson(lemma), particles, false, false);
        }
        addCue(past, particles, false, true);
        if (!pastOnly) {
            addCue(WordForms.gerund(lemma, past), particles, true, false);
        }
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

    /**
     * A name's words each read by {@link #bodyWord}; the list itself when none is a body word in another language, as
     * nearly every name's: resolution asks this of each body named near each description of one.
     */
    List<String> bodyWords(List<String> words) {
        for (String w : words) {
            if (bodyWords.containsKey(w)) {
                return words.stream().map(this::bodyWord).toList();
            }
        }
        return words;
    }

    /** Whether a word (lower case) is a body's head word in another language: "zoologique", "banque". */
    boolean isForeignBodyWord(String lower) {
        return !bodyWord(lower).equals(lower);
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
