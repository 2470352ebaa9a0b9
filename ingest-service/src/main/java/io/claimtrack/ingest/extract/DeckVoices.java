package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deck's lower-case bare noun for a body ("...; developer says facade will be kept") is whoever the story quotes for
 * that body (round 38's deck convention): the first of the body's own people, titled with its possessive ("Brightwater's
 * vice-president, Sandra Kowalczyk,") or the noun's ("the developer's architect"), who says below what shares a word
 * with the deck, or who holds the office that speaks for a public body ("district": its superintendent, {@link
 * PublicBodies}), unless the body itself said something first ("Company blames X" stays the body, round 40). A noun for a
 * thing whose owner or operator the text names ("The quarry's owner, Keystone Aggregates,") is that owner, as its
 * statement below is, and so is the one a statement of "its operator" below resolves; a noun for a person ("Ranger says
 * ...") is the first person below whose role it heads ("park ranger Ines Volk"). Part of {@link ResolutionStage}.
 */
final class DeckVoices {

    /** Plain verbs of saying: what a deck's "says" sums up ("has promised" is a pledge of its own). */
    private static final Set<String> SAYING = WordSet.union(List.of(FunctionWords.SAY_TELL), "added");

    /** The body that runs or owns the thing a sentence speaks of: "its operator", "its owners". */
    private static final Pattern OPERATOR = Pattern.compile("[Ii]ts (?:operator|owner)s?");

    /** "the quarry's owner, Keystone Aggregates,": the thing's word, then its owner's or operator's name. */
    private static final Pattern OWNER_NAMED = Pattern.compile("\\b[Tt]he (\\S+)['’]s (?:owner|operator), (" + NamedMembers.NAME + "),");

    /** Fewest letters a body's name word shares with a deck's noun to be its kind: "Develop" of "Developments". */
    static final int KIND_STEM_LETTERS = 5;

    private final AnnotatedDocument doc;
    private final NameIndex names;
    /**
     * By thing's noun, the first owner the text names for it ("the quarry's owner, Keystone Aggregates,"), read once:
     * a search of the text per deck noun was quadratic on a page of decks each opening with a word of its own.
     */
    private Map<String, OwnerNamed> owners;

    private record OwnerNamed(String name, int start) {
    }

    /**
     * The statements below the top lines that {@link #namedKind} and {@link #titled} may find, by the key a deck's noun
     * asks with, each list in text order; read once, as a scan below each deck was quadratic on a page of decks (with
     * one noun, "Parents say ...", or a noun each). The statements below a deck do not change while decks are read: a
     * deck names only its own speaker.
     */
    private Map<String, List<Integer>> bodiesByStem;
    private final Map<String, List<Integer>> bodiesOfKind = new HashMap<>();
    private Map<String, List<Integer>> peopleByRoleHead;
    /** The statements below the top lines of a person named, which {@link #protagonist} takes the first of. */
    private List<Integer> namedPeople;
    /** The words the story writes in lower case below its top lines, read once: "Owner" is a common noun, "Ostvaria" none. */
    private Set<String> lowerWords;
    /** Each statement's place in the document, read once rather than by a search from the list's start per deck. */
    private Map<Attribution, Integer> places;

    DeckVoices(AnnotatedDocument doc, NameIndex names) {
        this.doc = doc;
        this.names = names;
    }

    /** The speaker of deck statement {@code a} by this reading; null if it is no such deck's or nothing below says. */
    HeadlineEchoes.Speaker speakerFor(Attribution a) {
        Mention m = a.mention;
        // A deck opening with its noun capitalizes it ("Ranger says ..."), read as a name nothing below expands.
        boolean opens = m != null && m.start() == doc.block(a.block).start() && m.text().equals(a.speaker);
        if (m == null || m.hasName() && !opens || m.isPronoun() || m.text().indexOf(' ') >= 0 && bodyHead(m) == null
                || !Character.isLowerCase(m.text().charAt(0)) && !opens || !BodyDescriptions.topLine(doc, a.block) || a.speaker == null) {
            return null;
        }
        String noun = m.text().indexOf(' ') >= 0 ? bodyHead(m) : m.text().toLowerCase(Locale.ROOT);
        // "district calls it fair", no district named: the holder of its office who echoes the deck's own verb below.
        boolean unnamed = a.speaker.equals(m.text());
        if (unnamed) {
            HeadlineEchoes.Speaker owner = owner(noun);
            if (owner != null || !PublicBodies.isBody(noun)) {
                owner = owner != null ? owner : namedKind(a, noun);
                return owner != null ? owner : titled(a, noun);
            }
        }
        List<String> own = List.of(a.speaker.split(" ")[0].toLowerCase(Locale.ROOT) + "'s ", "the " + noun + "'s ");
        // The story's top, where a deck is summed up: each deck read every statement below it (a page of "City says
        // ..." decks over stories with no one for the city was quadratic).
        int from = place(a) + 1;
        int to = Math.min(doc.attributions.size(), from + ResolutionWindows.HEADLINE_ECHO_STATEMENTS);
        for (int j = from; j < to; j++) {
            Attribution o = doc.attributions.get(j);
            if (m.kind() == SpeakerKind.ORGANIZATION && !o.nested && o.mention != null && o.speaker != null
                    && !BodyDescriptions.topLine(doc, o.block) && OPERATOR.matcher(o.mention.text()).matches()
                    && !o.speaker.equals(o.mention.text())) {
                // "Hospital says ER will close" over "..., its operator announced": the body that runs the thing
                // speaks for it first ("nurses blame ..." is no thing run).
                return new HeadlineEchoes.Speaker(o.speaker, SpeakerKind.ORGANIZATION);
            }
            if (o.nested || o.mention == null || o.cue == null || BodyDescriptions.topLine(doc, o.block)
                    || !SAYING.contains(o.cue.toLowerCase(Locale.ROOT)) && !sameVerb(a.cue, o.cue)) {
                continue;
            }
            String described = o.mention.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            // "Board chair X": the office that speaks for the body, titled with the body's own word.
            boolean officer = o.kind == SpeakerKind.PERSON && (own.stream().anyMatch(described::startsWith)
                    || described.startsWith(noun + " ") && PublicBodies.headedBy(noun, o.mention.role()));
            // "town says the sign must go" over "the town's zoning administrator, X, told the owner ...": the body's
            // own officer the story first quotes saying anything speaks for an unnamed body (the fifty-ninth bullet).
            if (unnamed && !officer && !sameVerb(a.cue, o.cue)) {
                continue;
            }
            if (a.speaker.equals(o.speaker)) {
                return null;
            }
            // "district says cuts were unavoidable" over "Superintendent X told the board ...": its head speaks for it.
            if (o.kind == SpeakerKind.PERSON
                    && (officer && (unnamed || HeadlineWords.sharesWord(doc, a, o)) || PublicBodies.headedBy(noun, o.mention.role()))) {
                return new HeadlineEchoes.Speaker(o.speaker, SpeakerKind.PERSON);
            }
        }
        return null;
    }

    /**
     * "parade committee cites insurance rule", "school board says ...": a deck's two lower-case words whose head is a
     * public body of the list ({@link PublicBodies}) are that body, its chair titled by the head ("committee chair X").
     */
    private static String bodyHead(Mention m) {
        String[] words = m.text().split(" ");
        return words.length == 2 && words[0].chars().allMatch(Character::isLowerCase) && !FunctionWords.DETERMINERS.contains(words[0])
                && PublicBodies.isBody(words[1]) ? words[1] : null;
    }

    /**
     * "Developer promises to save the facade" over "Brightwater Developments has said it will keep the facade": the
     * first speaker below whose name of two words or more ends in a capitalised word of the deck noun's stem, a body of
     * that kind ("one paramedic" below "Paramedics say" is no name); null if none.
     */
    private HeadlineEchoes.Speaker namedKind(Attribution a, String noun) {
        if (bodiesByStem == null) {
            bodiesByStem = byKey(below(o -> {
                int space = o.speaker.lastIndexOf(' ');
                return space > 0 && Character.isUpperCase(o.speaker.charAt(space + 1)) && o.mention.role().isEmpty()
                        && bodyWord(o).length() >= KIND_STEM_LETTERS;
            }), o -> bodyWord(o).substring(0, KIND_STEM_LETTERS));
        }
        // Each noun's own bodies read once: a page of "Developer says" decks over "Holm Developer" statements, none of them fitting.
        List<Integer> kind = bodiesOfKind.computeIfAbsent(noun, n -> n.length() < KIND_STEM_LETTERS ? List.of()
                : bodiesByStem.getOrDefault(n.substring(0, KIND_STEM_LETTERS), List.<Integer>of()).stream().filter(k -> {
                    String last = bodyWord(doc.attributions.get(k));
                    return !last.equals(n) && WordForms.commonStart(last, n) >= Math.max(KIND_STEM_LETTERS, n.length() - 2);
                }).toList());
        int i = firstAfter(kind, place(a));
        return i < kind.size() ? new HeadlineEchoes.Speaker(doc.attributions.get(kind.get(i)).speaker, SpeakerKind.ORGANIZATION) : null;
    }

    /** The last word of a statement's speaker, in lower case: "developments" of "Brightwater Developments". */
    private static String bodyWord(Attribution o) {
        return o.speaker.substring(o.speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** The places of the statements below the top lines, not nested, with a speaker and a mention, that fit; in order. */
    private List<Integer> below(Predicate<Attribution> fits) {
        List<Integer> places = new ArrayList<>();
        for (int k = 0; k < doc.attributions.size(); k++) {
            Attribution o = doc.attributions.get(k);
            if (!o.nested && o.speaker != null && o.mention != null && !BodyDescriptions.topLine(doc, o.block) && fits.test(o)) {
                places.add(k);
            }
        }
        return places;
    }

    /** The statements at {@code places} by the key each gives, each list in order. */
    private Map<String, List<Integer>> byKey(List<Integer> places, Function<Attribution, String> keyOf) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int k : places) {
            index.computeIfAbsent(keyOf.apply(doc.attributions.get(k)), x -> new ArrayList<>()).add(k);
        }
        return index;
    }

    /** The index in {@code places} (in order) of the first place after statement {@code from}. */
    private static int firstAfter(List<Integer> places, int from) {
        return Sorted.firstAtLeast(places, Integer::intValue, from + 1);
    }

    /** A person's statement, the person named: "park ranger Ines Volk said", not "the ranger said". */
    private List<Integer> namedPeople() {
        if (namedPeople == null) {
            namedPeople = below(o -> o.kind == SpeakerKind.PERSON && !o.speaker.equals(o.mention.text()) && o.speaker.indexOf(' ') > 0);
        }
        return namedPeople;
    }

    /**
     * Whether a statement below has the deck's own verb: "board calls it a bargain" over "Chair X called the deal a
     * bargain", which sums it up as a plain verb of saying does.
     */
    private static boolean sameVerb(String deckCue, String cue) {
        String lemma = WordForms.singular(StanceVerbs.firstWord(deckCue == null ? "" : deckCue.toLowerCase(Locale.ROOT)));
        return lemma.length() > 2 && StanceVerbs.firstWord(cue.toLowerCase(Locale.ROOT)).startsWith(lemma);
    }

    /**
     * A person's noun ("ranger says ...") is the first person below whose own role it heads ("park ranger Ines Volk said")
     * and who says something; a plural ("residents") is no one person.
     */
    private HeadlineEchoes.Speaker titled(Attribution a, String noun) {
        if (WordForms.endsInSingleS(noun)) {
            return null;
        }
        if (peopleByRoleHead == null) {
            // A role's last word is the noun it ends in: "ranger" of "park ranger", not of "PolitiFact Executive Director"
            // for a deck opening "PolitiFact says", nor "author" of "the study's lead author" for "study finds".
            peopleByRoleHead = byKey(namedPeople(), o -> Name.afterLastSpace(o.mention.role()));
        }
        List<Integer> holders = peopleByRoleHead.getOrDefault(noun, List.of());
        int i = firstAfter(holders, place(a));
        return i >= holders.size() ? protagonist(a) : new HeadlineEchoes.Speaker(doc.attributions.get(holders.get(i)).speaker, SpeakerKind.PERSON);
    }

    /**
     * "Owner says rising rent forced the decision" over a story whose first named speaker, titled nowhere, says "the
     * landlord had tripled his rent": a deck's noun no one below holds, a common word the text also writes in lower case
     * ("Library says ..." over a librarian never titled so), is the person the story first quotes by name, when that one
     * says below what shares a word with the deck.
     */
    private HeadlineEchoes.Speaker protagonist(Attribution a) {
        if (a.mention.kind() != SpeakerKind.PERSON || !writtenLower(a.mention.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int i = firstAfter(namedPeople(), place(a));
        int j = i < namedPeople().size() ? namedPeople().get(i) : -1;
        return j >= 0 && HeadlineWords.sharesWord(doc, a, doc.attributions.get(j))
                ? new HeadlineEchoes.Speaker(doc.attributions.get(j).speaker, SpeakerKind.PERSON) : null;
    }

    /** Whether the story below its top lines writes {@code word} in lower case (a deck's own "defense" counts not). */
    private boolean writtenLower(String word) {
        if (lowerWords == null) {
            lowerWords = new HashSet<>();
            for (int b = 0; b < doc.blocks.size(); b++) {
                if (BodyDescriptions.topLine(doc, b)) {
                    continue;
                }
                for (int k = doc.tokenAtOrAfter(doc.block(b).start()); k < doc.tokens.size()
                        && doc.tokens.get(k).start() < doc.block(b).end(); k++) {
                    if (doc.tokens.get(k).isLowerWord()) {
                        lowerWords.add(doc.tokens.get(k).text());
                    }
                }
            }
        }
        return lowerWords.contains(word);
    }

    private int place(Attribution a) {
        if (places == null) {
            places = new IdentityHashMap<>();
            for (int i = 0; i < doc.attributions.size(); i++) {
                places.put(doc.attributions.get(i), i);
            }
        }
        return places.get(a);
    }

    /** "The mine's owner, Keystone Minerals,": the owner or operator the text names for the thing {@code noun} is. */
    private HeadlineEchoes.Speaker owner(String noun) {
        if (owners == null) {
            owners = new HashMap<>();
            // The thing's word runs to the first space, so each place the pattern tries holds one thing's word: the
            // first match for a word is where a search for that word alone would stop.
            Matcher owner = OWNER_NAMED.matcher(doc.text);
            while (owner.find()) {
                owners.putIfAbsent(owner.group(1), new OwnerNamed(owner.group(2), owner.start(2)));
            }
        }
        OwnerNamed found = owners.get(noun);
        return found == null ? null : new HeadlineEchoes.Speaker(names.expand(found.name(), SpeakerKind.ORGANIZATION, found.start()),
                SpeakerKind.ORGANIZATION);
    }
}
