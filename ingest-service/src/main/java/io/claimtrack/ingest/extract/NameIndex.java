package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A document's names by each of their words and by their initials, so expansion looks only at candidates. */
final class NameIndex {

    static final Pattern HONORIFIC_PREFIX = Pattern.compile("(Mr|Mrs|Ms|Dr|Miss)\\.? ");

    /**
     * "Ready for Trump", "Friends of Clinton", "Nurses Against Holcomb": a title or a body's name, never a person's
     * fuller name.
     */
    private static final Pattern TITLE_LINK = Pattern.compile("(?i) (for|of|the|to|on|in|with|by|against) ");

    /** Words that link a body's name to what it serves, after which an "and" is inside the name. */
    private static final Set<String> LINK_WORDS = WordSet.of("of", "for", "on");

    private final Map<String, List<Name>> byKey = new HashMap<>();
    /** How often the text gives each name: the form it uses most is the person's name. */
    private final Map<String, Integer> uses = new HashMap<>();
    /** Where the text gives each name, in text order. */
    private final Map<String, List<Integer>> places = new HashMap<>();
    /**
     * Fuller names and title splits by the words asked for, which resolution asks of every name and speaker
     * again and again; neither depends on where in the text it is asked.
     */
    private final Map<String, List<Name>> fullerPersons = new HashMap<>();
    private final Map<String, List<Name>> fullerOthers = new HashMap<>();
    private final TitleSplits titleSplits;
    private final SurnameBearers bearers;
    private final Lexicon lexicon;
    private final NameGenders genders;
    /** The document's names, as the index was given them (the stages after it may add more). */
    private final List<Name> names;
    /** Where the text first names each person, by the fullest form of the name; read on the first ask. */
    private Map<String, Integer> firstNamed;

    NameIndex(List<Name> names, Lexicon lexicon) {
        this(names, lexicon, Map.of());
    }

    NameIndex(List<Name> names, Lexicon lexicon, Map<String, Gender> shown) {
        this.lexicon = lexicon;
        this.names = names;
        this.titleSplits = new TitleSplits(lexicon);
        this.bearers = new SurnameBearers(lexicon, places);
        Map<String, Name> distinct = new LinkedHashMap<>();
        for (Name n : names) {
            // A method per name: this loop runs once per document, and a body inlined here is read interpreted until
            // the JIT compiles the loop, late in the first long text.
            count(n, distinct);
        }
        genders = new NameGenders(distinct.values(), lexicon, shown);
        for (Name n : distinct.values()) {
            for (String w : n.words()) {
                byKey.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
            }
            String initials = n.initials();
            if (initials.length() > 1) {
                byKey.computeIfAbsent(initials, k -> new ArrayList<>()).add(n);
            }
        }
    }

    /** Where the text first names {@code person} (a name as {@link #expand} gives it), -1 if nowhere. */
    int firstNamed(String person) {
        if (firstNamed == null) {
            firstNamed = new HashMap<>();
            for (Name n : names) {
                if (n.kind() == SpeakerKind.PERSON) {
                    firstNamed.merge(expand(n.text(), SpeakerKind.PERSON, n.offset()), n.offset(), Math::min);
                }
            }
        }
        return firstNamed.getOrDefault(person, -1);
    }

    /** Counts a use of the name and where the text gives it; the first of each text is kept in {@code distinct}. */
    private void count(Name n, Map<String, Name> distinct) {
        distinct.putIfAbsent(n.text(), n);
        uses.merge(n.text(), 1, Integer::sum);
        places.computeIfAbsent(n.text(), k -> new ArrayList<>()).add(n.offset());
    }

    /**
     * The fullest name containing all words of {@code name}: of a person's surname several people bear, one of
     * the first-named bearer's names ({@link SurnameBearers#oneBearer}); the one the text uses most, then the longest,
     * then the nearest earlier. A person's fuller name ends as the short one does ("Medinsky" → "Vladimir
     * Medinsky"), so a title-case headline holding both words ("Clinton Cash Debunks Hillary") is none,
     * unless the short one is a first name ("Theresa" → "Theresa May").
     */
    String expand(String name, SpeakerKind kind, int offset) {
        Name best = null;
        List<Name> candidates = fuller(name, kind);
        // One candidate has no other bearer to choose from: the name's words are not needed.
        if (kind == SpeakerKind.PERSON && candidates.size() > 1) {
            candidates = bearers.oneBearer(candidates, Name.words(name));
        }
        for (Name n : candidates) {
            if (best == null || better(n, best, offset)) {
                best = n;
            }
        }
        return best == null ? name : best.text();
    }

    /**
     * As {@link #expand} for a person when the text gave one fuller name before {@code offset}; a name found through
     * its role alone ("President Obama" ... "the president") is not guessed among several ("Barack Obama",
     * "Michelle Obama") nor taken for someone named only later.
     */
    String expandIfUnique(String name, int offset) {
        Name only = null;
        for (Name n : fuller(name, SpeakerKind.PERSON)) {
            if (n.offset() <= offset) {
                if (only != null) {
                    return name;
                }
                only = n;
            }
        }
        return only != null ? only.text() : name;
    }

    /** A person's name as {@link #canonical} gives it, and the title words it took off. */
    record Canonical(String name, String title) {
    }

    /**
     * One name per person across the document: the resolved name without the capitalised words that only
     * title the person ("Actor Clint Howard", "Manhattan Supreme Court Justice Frank Nervo", "Billionaire Donald
     * Trump" → "Clint Howard", "Frank Nervo", "Donald Trump": the words before the last first name that is not
     * the surname), and without an honorific when the text also names the person without it and no one else
     * has that surname ("Mr. Obama" and "Obama" are one name; "Mrs. Clinton" beside "Bill Clinton" keeps hers,
     * and so does a "Mr. Okoro" the text never calls "Okoro"). A name that opens with a first name or an initial
     * ("C. Stewart Verdery") is left as it is, and so is what follows "of" or a particle ("Lula da Silva").
     */
    Canonical canonical(String name, int offset) {
        TitleSplits.Split split = titleSplits.of(name);
        if (split == TitleSplits.WHOLE) {
            return new Canonical(name, "");
        }
        String rest = split.rest();
        Matcher honorific = HONORIFIC_PREFIX.matcher(rest);
        if (honorific.lookingAt()) {
            String bare = rest.substring(honorific.end());
            if (Name.words(bare).size() > 1) {
                // "Dr. Connie Mariano": a full name needs no honorific.
                rest = expand(bare, SpeakerKind.PERSON, offset);
            } else if (uses.containsKey(bare) && expand(bare, SpeakerKind.PERSON, offset).equals(bare)) {
                rest = bare;
            } else if (split.cut() > 0) {
                // "Manhattan-made Mr. Holm": the one fuller name the honorific fits, if the text gives one.
                rest = expandIfUnique(rest, Integer.MAX_VALUE);
            }
        }
        return new Canonical(rest, split.title());
    }

    /** A surname the text gives two people ("Bush": "Jeb Bush", "George W. Bush"). */
    boolean shared(String name) {
        return fuller(name, SpeakerKind.PERSON).size() > 1;
    }

    /**
     * "Nordwagen" where the text also names "Nordwagen AG": the organisation's full name, unless the text
     * also names a person so ("Anna Nordwagen"); null otherwise.
     */
    String organisationOf(String name) {
        List<String> words = Name.words(name);
        if (words.isEmpty() || !fuller(name, SpeakerKind.PERSON).isEmpty()) {
            return null;
        }
        for (Name n : byKey.getOrDefault(words.get(0), List.of())) {
            if (n.kind() == SpeakerKind.ORGANIZATION && n.words().size() > words.size()
                    && n.words().subList(0, words.size()).equals(words) && ShortenedSubjects.shortens(name, n.text())
                    && (!n.words().contains("and") || innerAnd(n.words()))) {
                return n.text();
            }
        }
        return null;
    }

    /** The candidates {@link #expand} picks from; the list is shared, not to be changed. */
    private List<Name> fuller(String name, SpeakerKind kind) {
        Map<String, List<Name>> known = kind == SpeakerKind.PERSON ? fullerPersons : fullerOthers;
        List<Name> out = known.get(name);
        if (out == null) {
            out = fullerNames(name, kind);
            known.put(name, out);
        }
        return out;
    }

    private List<Name> fullerNames(String name, SpeakerKind kind) {
        List<String> words = Name.words(name);
        List<Name> out = new ArrayList<>();
        if (words.isEmpty() || kind != SpeakerKind.PERSON && lexicon.isPlace(name)) {
            // A country or state is named in full: "Mexico" is not "Mexico City", "Georgia" not "Georgia Power".
            return out;
        }
        // "Mr. Holm" is not "Kari Holm", nor "Mrs. Clinton" "Bill Clinton": the honorific's gender must fit.
        Gender own = kind == SpeakerKind.PERSON ? Gender.ofHonorific(name) : null;
        // "President Obama" where the text says "Mr. Obama": not "Michelle Obama", the one Obama named in full.
        Gender gender = own == null && kind == SpeakerKind.PERSON ? genders.ofHonorificSurname(Name.lastWord(words)) : own;
        for (Name n : byKey.getOrDefault(Name.lastWord(words), List.of())) {
            // "Trump and Clinton" names two people, neither of whom is the fuller name of "Trump".
            boolean fits = n.words().size() > words.size() && n.words().containsAll(words)
                    && (kind != SpeakerKind.PERSON || fullerPersonName(n.words(), words, name.indexOf(' ') < 0)
                            && !TITLE_LINK.matcher(n.text()).find())
                    && (!n.words().contains("and") || words.contains("and") || n.kind() == SpeakerKind.ORGANIZATION && innerAnd(n.words()))
                    || words.size() == 1 && words.get(0).length() > 1 && n.initials().equals(words.get(0));
            if (fits && (gender == null || gender.fits(genderOf(n)))) {
                out.add(n);
            }
        }
        if (gender != null && out.stream().anyMatch(n -> genderOf(n) == gender)) {
            // "Mrs. Holm" among "Kari Holm" and "Petter Holm": the name that shows her gender, not one that shows none.
            out.removeIf(n -> genderOf(n) != gender);
        }
        return out;
    }

    /**
     * "Department of Health and Human Services": an "and" after a body's head and its link word is inside one body's
     * name; "Alphabet and Facebook" names two bodies, neither of them the fuller name of "Facebook".
     */
    private boolean innerAnd(List<String> words) {
        int and = words.indexOf("and");
        for (int k = 1; k < and; k++) {
            if (LINK_WORDS.contains(words.get(k)) && lexicon.organizations.contains(lexicon.headKey(words.get(k - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** "Mrs. Clinton" is not Bill Clinton: his first name is on both lists, but the text calls him "he". */
    private Gender genderOf(Name n) {
        return gender(n.text());
    }

    /** The gender a name shows ({@link NameGenders#gender}). */
    Gender gender(String name) {
        return genders.gender(name);
    }

    /** The gender a name's words show by the lists alone ({@link NameGenders#listed}). */
    Gender listedGender(String name) {
        return genders.listed(name);
    }

    /** The gender a name's words show ({@link NameGenders#wordsGender}). */
    Gender wordsGender(String name) {
        return genders.wordsGender(name);
    }

    private boolean better(Name n, Name best, int offset) {
        int byUse = Integer.compare(uses.get(n.text()), uses.get(best.text()));
        if (byUse != 0) {
            return byUse > 0;
        }
        return n.words().size() > best.words().size()
                || n.words().size() == best.words().size() && n.offset() <= offset && n.offset() > best.offset();
    }

    /**
     * Whether {@code fuller} is a fuller form of a person's name of {@code words}; {@code oneWord} for a name written
     * as one word, a surname even when hyphenated ("Marsh-Whitby" is Helen Marsh-Whitby's, though "Marsh" is a first name).
     */
    private boolean fullerPersonName(List<String> fuller, List<String> words, boolean oneWord) {
        int end = fuller.size();
        while (end > words.size() && Name.GENERATIONS.contains(fuller.get(end - 1))) {
            end--;
        }
        if (fuller.subList(end - words.size(), end).equals(words)) {
            // Nothing stands before a first name but a title or an epithet: "Crooked Hillary Clinton".
            return words.size() == 1 || oneWord || !lexicon.isFirstName(words.get(0)) || Mentions.isConnector(words.get(0));
        }
        // "Theresa" → "Theresa May", but a title-case headline that opens with the word is no one's name.
        return words.size() == 1 && fuller.size() <= 3 && fuller.get(0).equals(words.get(0))
                && lexicon.genderOfFirstName(words.get(0)) != null;
    }
}
