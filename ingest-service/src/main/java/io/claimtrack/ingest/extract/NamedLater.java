package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description of a role at the top of a story that the story names only further down ("The manager of a trampoline
 * park told a jury") is the next person the story introduces ("Dominic Orr, who managed the park"); the one set in
 * apposition to a name anywhere ("the referee, Piet Mol,") is {@link ApposedDescriptions}'s. Part of
 * {@link ResolutionStage}; a lede's indefinite or owned description given by title further down ("a prosecutor", "her
 * lawyer") is {@link LedeTitleHolder}'s. Not {@link NameGivenAfter}'s job, which names a feature's person of no role
 * ("a shop owner ... Her name is Mira Lenk") and her pronouns by gender, after the pronouns are resolved: here a role's
 * words find their holder.
 */
final class NamedLater {

    /** A person introduced by a clause or an age set off after the name: ", who managed the park", ", 58, who". */
    private static final Pattern INTRODUCED = Pattern.compile("^,(?: \\d{1,3},)? who\\b");
    /** A description owned by a place's one capitalised word: "Kestria's special envoy for the region", the place. */
    private static final Pattern PLACE_OWNED = Pattern.compile("(\\p{Lu}\\p{L}+)['’]s [a-z].*");
    /** A person introduced by a title of their own set off after the name: ", a former Kestrian foreign minister". */
    private static final Pattern TITLE_SET_OFF = Pattern.compile("^, an? ((?:[\\p{L}-]+ ){0,3}[a-z]+)\\b");
    /** A description owned by a thing named in lower case, "the food bank's executive director": the owner's last word. */
    private static final Pattern THING_OWNED = Pattern.compile("[Tt]he (?:[a-z][\\p{L}-]* ){0,2}([a-z][\\p{L}-]*)['’]s [a-z].*");
    /**
     * A name given with nothing to say who it is, an age at most: "X said", "X told reporters", "said X, 62."; not "X of
     * the union", "X and her brother".
     */
    private static final Pattern BARE = Pattern.compile("^(?:, \\d{1,3}(?=[.!?;]))?(?:[.!?;]| (?!(?:of|from|at|with|for|and|or|who)\\b)[a-z])");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private final int[] unitOf;
    private final LedeBlocks lede;
    /** People's names in order of where they start, read when the first description asks {@link #introduced}. */
    private List<Name> people;
    /** The statements by their speaker's place; built on the first introduced name that asks. */
    private SpeakerMentions speakers;
    /** By story and head word, the person a lede's description was found to be, for the story's later descriptions. */
    private final Map<String, String> introducedByHead = new HashMap<>();
    /** The text's capitalised words, read when the first description owned by one asks {@link #placeOwned}. */
    private Set<String> capitalised;

    NamedLater(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, int[] unitOf, LedeBlocks lede) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
        this.unitOf = unitOf;
        this.lede = lede;
    }

    /**
     * "The manager of a trampoline park told a jury ..." and a paragraph below "Dominic Orr, who managed the park from
     * 2024,": a newspaper lede speaks through a description and names its speaker as the next person it introduces (a
     * clause or an age set off after a first naming, no title); the story's later descriptions with the same head
     * ("the manager replied") are that person too. An indefinite one ("An engineer who inspected the bridge told") is
     * the next person introduced as one of its kind ("Ada Lind, a structural engineer with ..."). One owned by a thing
     * ("the shelter's operations manager said") is also the next person named bare in the next paragraph ("Marguerite
     * Lind said"), as the story never says who that new name is. Not a description of someone's ("his lawyer"), nor one
     * of a role held for someone else, nor a gender the person's does not fit; null if the next person named is not so
     * introduced.
     */
    String introduced(Attribution a) {
        Mention m = a.mention;
        String head = DescriptionHeads.headWord(m.text());
        boolean indefinite = FunctionWords.isIndefinite(m.text());
        boolean inLede = lede.holds(a);
        boolean placeOwned = inLede && placeOwned(m.text());
        boolean thingOwned = !placeOwned && thingOwned(m.text());
        if (m.hasName() || m.isPronoun() || m.kind() != SpeakerKind.PERSON
                || !placeOwned && !thingOwned && (!m.text().regionMatches(true, 0, "the ", 0, 4) && !indefinite || m.text().contains("'s ") || m.text().contains("’s "))
                || !lexicon.roles.contains(head) || DescriptionFit.RELATIONAL.contains(head) || doc.block(a.block).kind() == Block.Kind.HEADLINE) {
            return null;
        }
        if (!inLede && (indefinite || introducedByHead.isEmpty())) {
            // Below the ledes only a head a lede found is read again: most descriptions of a long text.
            return null;
        }
        String key = unitOf[a.block] + "|" + head;
        String person = inLede ? nextIntroduced(doc.block(a.block).end(), indefinite ? head : null, placeOwned, thingOwned ? a.block + 1 : -1) : introducedByHead.get(key);
        if (person == null) {
            return null;
        }
        Gender gender = Gender.ofTitle(m.text().substring(m.text().indexOf(' ') + 1));
        if (gender != null && !gender.fits(names.gender(person))) {
            return null;
        }
        introducedByHead.putIfAbsent(key, person);
        return person;
    }

    /**
     * "Kestria's special envoy for the region": a description owned by a place, which the text tells by its people's
     * adjective ("Kestrian") used elsewhere; a person's or a firm's name has none.
     */
    private boolean placeOwned(String description) {
        Matcher owned = PLACE_OWNED.matcher(description);
        if (!owned.matches()) {
            return false;
        }
        if (capitalised == null) {
            capitalised = new HashSet<>();
            for (Token t : doc.tokens) {
                if (t.isWord() && t.isCapitalized()) {
                    capitalised.add(t.text());
                }
            }
        }
        return PlacesByUse.demonyms(owned.group(1)).stream().anyMatch(capitalised::contains);
    }

    /**
     * "the food bank's executive director", "the club's owner": owned by a thing, no person ("the landlord's lawyer"),
     * kin or group, so the holder is no one else's and may be named next as a lede's plain description is.
     */
    private boolean thingOwned(String description) {
        Matcher owned = THING_OWNED.matcher(description);
        return owned.matches() && !lexicon.roles.contains(owned.group(1)) && !PossessedRoles.KIN.contains(owned.group(1))
                && !lexicon.groups.contains(owned.group(1));
    }

    /**
     * The first person named after {@code from} by a given name and a surname (a place's or a day's capitalised words
     * passed over), if that is the person's first naming and introduces them untitled, as one of {@code kind} when given,
     * or by the name alone in block {@code bareBlock} when that is no -1 (then a given name of no known gender if the
     * name speaks);
     * for a place's office ({@code titled}), also by a title of their own set off after the name ("Wilhelmina Sorrel, a
     * former Kestrian foreign minister who ..." of "Kestria's special envoy for the region said").
     */
    private String nextIntroduced(int from, String kind, boolean titled, int bareBlock) {
        if (people == null) {
            people = Name.peopleInOrder(doc);
        }
        int first = Sorted.firstAtLeast(people, Name::offset, from);
        for (int i = first; i < people.size() && i - first < ResolutionWindows.NAMES_BEFORE_INTRODUCED; i++) {
            Name n = people.get(i);
            String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
            if (n.words().size() < 2) {
                continue;
            }
            int end = n.offset() + n.text().length();
            String after = doc.text(end, Math.min(doc.text.length(), end + ResolutionWindows.APPOSED_NAME_CHARS));
            if (names.gender(person) == null) {
                // A given name of no known gender may be a place's word; one named bare that speaks is a person, and so
                // is one introduced by its "who" ("Priya Castellano-Brandt, who bought ...").
                if (newAndBare(n, person, after, bareBlock) && speaks(n)) {
                    return person;
                }
                if (kind != null || !INTRODUCED.matcher(after).find()) {
                    continue;
                }
            }
            Matcher title = titled ? TITLE_SET_OFF.matcher(after) : null;
            if (title != null && title.find() && lexicon.roles.contains(DescriptionHeads.headWord(title.group(1)))
                    && names.firstNamed(person) == n.offset() && subjectOrSpeaker(n)) {
                return person;
            }
            if (!n.role().isEmpty() || names.firstNamed(person) != n.offset() || !subjectOrSpeaker(n)) {
                return null;
            }
            if (newAndBare(n, person, after, bareBlock)) {
                // A new name the story does not say who it is: the one it has just described.
                return person;
            }
            // An indefinite lede's kind set off after the name: ", a marine engineer with the firm".
            Pattern introducing = kind == null ? INTRODUCED : Pattern.compile("^, an? (?:[a-z-]+ ){0,2}" + Pattern.quote(kind) + "\\b");
            return introducing.matcher(after).find() ? person : null;
        }
        return null;
    }

    /**
     * Whether the name is the person's first naming, in block {@code bareBlock} (the paragraph right after the
     * description's: "Ola Berg fired back" two paragraphs down answers someone), with no title before it and nothing but
     * an age after it.
     */
    private boolean newAndBare(Name n, String person, String after, int bareBlock) {
        Sentence s = bareBlock < 0 ? null : doc.sentenceAt(n.offset());
        return s != null && s.block() == bareBlock && n.role().isEmpty() && names.firstNamed(person) == n.offset()
                && BARE.matcher(after).find();
    }

    /** Whether a statement's speaker is named by {@code n}. */
    private boolean speaks(Name n) {
        if (speakers == null) {
            speakers = new SpeakerMentions(doc);
        }
        return speakers.firstPersonFrom(n.offset(), n.offset() + 1, Integer.MAX_VALUE) != null;
    }

    /**
     * Whether the name opens its sentence or speaks: "The board's new chair is X, who ..." names someone the lede's
     * speaker told, not the speaker.
     */
    private boolean subjectOrSpeaker(Name n) {
        Sentence s = doc.sentenceAt(n.offset());
        if (s != null && doc.text(s.start(), n.offset()).isBlank()) {
            return true;
        }
        return speaks(n);
    }
}
