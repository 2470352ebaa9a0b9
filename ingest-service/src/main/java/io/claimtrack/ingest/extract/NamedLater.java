package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description of a role that the story names only elsewhere: a definite one is the person the text sets those words
 * in apposition to anywhere ("the referee ruled" and below "the referee, Piet Mol,"), or a capitalised title opening
 * with its words ("the newly appointed Ambassador Extraordinary and Plenipotentiary of X to Y, Tobias Lind," for "The
 * Ambassador"); one at the top of a story ("The manager of a trampoline park told a jury") is the next person the
 * story introduces ("Dominic Orr, who managed the park"). Part of {@link ResolutionStage}; a lede's indefinite or owned
 * description given by title further down ("a prosecutor", "her lawyer") is {@link LedeTitleHolder}'s. Not
 * {@link NameGivenAfter}'s job, which names a feature's person of no role ("a shop owner ... Her name is Mira Lenk")
 * and her pronouns by gender, after the pronouns are resolved: here a role's words find their holder.
 */
final class NamedLater {

    /**
     * A definite description and its comma right before a name: "the referee, " of "the referee, Piet Mol,", also with the
     * body it serves ("the chief inspector of the Marine Accident Board, " in a list of witnesses); not a preposition's
     * object ("A spokesperson for the minister, Olivia Brandt,"). The lookahead first: the search tries every offset of
     * its window, and the preposition's lookbehind there cost a fifth of a long text's resolution.
     */
    private static final Pattern APPOSED = Pattern.compile(
            "(?=[Tt]he )(?<!\\b(?:of|for|to|with|by|at|from|in|on|about|against|over) )\\b([Tt]he(?: [a-z][\\p{L}-]*){1,3})"
                    + "(?: (?:of|at|for) (?:the )?\\p{Lu}[\\p{L}'’&-]*(?: (?:of|and|the|for|\\p{Lu}[\\p{L}'’&-]*))*)?, $");
    /** The comma that sets a name off after its title, an honorific or a rank after it: ", " and ", Dr. ". */
    private static final String NAME_COMMA = ", (?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Captain|Capt|Colonel|Col|General|Gen|Admiral|Sir|Dame)\\.? )?";
    /** {@link #NAME_COMMA} alone, matched from the last comma before a name before {@link #TITLE} searches its window. */
    private static final Pattern TITLE_COMMA = Pattern.compile(NAME_COMMA);
    /**
     * A capitalised title set off before a name, for "the" and its first word: "the newly appointed Ambassador
     * Extraordinary and Plenipotentiary of the Kingdom of Ostria to Norland, " is "the ambassador"; failing that, for
     * its capitalised words before their complement: "the Regional Director of the Coastal Health Organization (CHO),
     * Dr. " is "the regional director". A body's acronym may close it, an honorific or a rank open the name ("Captain").
     * The lookahead first, as in {@link #APPOSED}.
     */
    private static final Pattern TITLE = Pattern.compile(
            "(?=[Tt]he )\\b[Tt]he (?:[a-z]+ ){0,2}(\\p{Lu}[\\p{L}-]+)((?: \\p{Lu}\\p{L}+)*)(?: (?:\\p{Lu}[\\p{L}-]*|and|of|the|to))*(?: \\(\\p{Lu}+\\))?"
                    + NAME_COMMA + "$");
    /**
     * A body's chair named by its participle ("The Committee, chaired by Deputy Helga Lind,"; "a panel chaired by former
     * judge Ann Berg"): up to three words of title between "by" and the name.
     */
    private static final Pattern CHAIRED = Pattern.compile("\\bchaired by (?:[\\p{L}.]+ ){0,3}$");
    /** The descriptions a chair named by "chaired by" stands for. */
    private static final List<String> CHAIR_KEYS = List.of("the chair", "the chairman", "the chairwoman", "the chairperson");
    /** How far before a name "chaired by" and its title may start. */
    private static final int CHAIRED_CHARS = 60;
    /** A description owned by a thing, "the report's co-author": the owner, and what follows it. */
    private static final Pattern OWNED = Pattern.compile("the ([\\p{L}-]+)['’]s ([\\p{L} -]+)");
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
    /** How far before a name {@link #NAME_COMMA} may start: ", Professor. ". */
    private static final int TITLE_COMMA_CHARS = 14;
    /** The longest such title read before a name. */
    private static final int TITLE_CHARS = 160;
    /**
     * A definite description set off right after a name, which refers back to someone the story has described:
     * ", the inspector who wrote that email", ", the author,"; its words and its head.
     */
    private static final Pattern AFTER = Pattern.compile("^, (the (?:[a-z][\\p{L}-]* ){0,2}?([a-z]+))(?:,| who\\b| that\\b)");
    /** A description of lower-case words: "the lead author", "a parking enforcement inspector". */
    private static final Pattern PLAIN = Pattern.compile("(?:the|a|an) (?:[a-z][a-z-]* ){0,2}([a-z]+)");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final DescriptionFit fit;
    private final NameIndex names;
    private final int[] unitOf;
    private final LedeBlocks lede;
    /** By description in lower case, the person {@link #apposed} finds, "" for several; read when the first description asks. */
    private Map<String, String> apposedNames;
    /** By the head of those descriptions ("author" of "the lead author"), the description set off first; a person "" for several. */
    private Map<String, SetOff> apposedHeads;


    /** People's names in order of where they start, read when the first description asks {@link #introduced}. */
    private List<Name> people;
    /** The statements by their speaker's place; built on the first introduced name that asks. */
    private SpeakerMentions speakers;
    /** By story and head word, the person a lede's description was found to be, for the story's later descriptions. */
    private final Map<String, String> introducedByHead = new HashMap<>();
    /** The text's capitalised words, read when the first description owned by one asks {@link #placeOwned}. */
    private Set<String> capitalised;

    /** A description set off with a person's name, where. */
    private record SetOff(String description, String person, int at) {
    }

    NamedLater(AnnotatedDocument doc, Lexicon lexicon, DescriptionFit fit, NameIndex names, int[] unitOf, LedeBlocks lede) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.fit = fit;
        this.names = names;
        this.unitOf = unitOf;
        this.lede = lede;
    }

    /**
     * "the referee ruled that ..." and further down "the referee, Piet Mol, had applied the laws": a definite description
     * of a role (not "the book") the text sets, in the same words, in apposition to one person's name anywhere is that person; null if it sets
     * them to none or to several.
     */
    String apposed(Mention m) {
        String head = DescriptionFit.headWord(m.text());
        if (m.hasName() || m.kind() != SpeakerKind.PERSON || !lexicon.roles.contains(head)) {
            return null;
        }
        if (apposedNames == null) {
            indexApposed();
        }
        String lower = m.text().toLowerCase(Locale.ROOT);
        boolean definite = lower.startsWith("the ");
        String person = definite ? apposedNames.get(lower) : null;
        Matcher owned = definite && person == null ? OWNED.matcher(lower) : null;
        if (owned != null && owned.matches() && !lexicon.roles.contains(owned.group(1)) && !PossessedRoles.KIN.contains(owned.group(1))) {
            // "The report's co-author said ..." and below "The co-author, Petra Lind,": the thing's owner goes without
            // saying; a person's ("the landlord's lawyer") tells one lawyer from another.
            lower = "the " + owned.group(2);
            person = apposedNames.get(lower);
        }
        if (person == null) {
            person = byHead(lower, m.start(), definite);
        }
        return person == null || person.isEmpty() ? null : person;
    }

    /**
     * "the lead author" of "The author, Lucia Brand,", "A parking inspector wrote" of "Ann Lind, the inspector who wrote
     * that email,": the one person set off with the description's head, when either's other words make no other office
     * of it ("the deputy director" is not "the director, X,"); an indefinite one only by a name set off after it.
     */
    private String byHead(String lower, int start, boolean definite) {
        Matcher plain = PLAIN.matcher(lower);
        SetOff set = plain.matches() ? apposedHeads.get(plain.group(1)) : null;
        if (set == null || !definite && set.at() < start) {
            return null;
        }
        return fit.holdsOffice(lower, set.description()) && fit.holdsOffice(set.description(), lower) ? set.person() : null;
    }

    /** Reads every description set off before or after a person's name, once. */
    private void indexApposed() {
        apposedNames = new HashMap<>();
        apposedHeads = new HashMap<>();
        for (Name n : doc.names) {
            int at = n.kind() == SpeakerKind.PERSON ? doc.text.indexOf(n.text(), n.offset()) : -1;
            if (at < 0) {
                continue;
            }
            // Both patterns end in the comma that sets the name off; most names have none, and the patterns' searches
            // over their windows cost more than the rest of this loop.
            Matcher before = doc.text.startsWith(", ", at - 2)
                    ? APPOSED.matcher(doc.text(Math.max(0, at - ResolutionWindows.APPOSED_NAME_CHARS), at)) : null;
            String key = before != null && before.find() ? before.group(1).toLowerCase(Locale.ROOT) : null;
            int end = at + n.text().length();
            Matcher after = key == null && doc.text.startsWith(", ", end)
                    ? AFTER.matcher(doc.text(end, Math.min(doc.text.length(), end + ResolutionWindows.APPOSED_NAME_CHARS))) : null;
            key = after != null && after.find() && lexicon.roles.contains(after.group(2)) ? after.group(1) : key;
            Matcher title = key == null && titleComma(at) ? TITLE.matcher(doc.text(Math.max(0, at - TITLE_CHARS), at)) : null;
            List<String> keys = key != null ? List.of(key) : title != null && title.find()
                    ? titleKeys(title.group(1).toLowerCase(Locale.ROOT), title.group(2).toLowerCase(Locale.ROOT))
                    : chairedBefore(at) ? CHAIR_KEYS : List.of();
            if (keys.isEmpty()) {
                continue;
            }
            String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
            for (String k : keys) {
                apposedNames.merge(k, person, (x, y) -> x.equals(y) ? x : "");
            }
            if (key != null) {
                apposedHeads.merge(DescriptionFit.headWord(key), new SetOff(key, person, at),
                        (x, y) -> x.person().equals(y.person()) ? (x.at() <= y.at() ? x : y) : new SetOff(x.description(), "", 0));
            }
        }
    }

    /** Whether "chaired by" and a title end at {@code at}; the plain search first, as few names have one before them. */
    private boolean chairedBefore(int at) {
        String window = doc.text(Math.max(0, at - CHAIRED_CHARS), at);
        return window.contains("chaired by ") && CHAIRED.matcher(window).find();
    }

    /**
     * Whether {@link #TITLE}'s comma ends at {@code at}: nothing in {@link #NAME_COMMA} after its ", " holds a comma, so
     * it is the last ", " before the name, and most names' last comma is no title's ("the fees will rise, and Lund").
     */
    private boolean titleComma(int at) {
        for (int k = at - 2; k >= Math.max(0, at - TITLE_COMMA_CHARS); k--) {
            if (doc.text.startsWith(", ", k)) {
                return TITLE_COMMA.matcher(doc.text).region(k, at).matches();
            }
        }
        return false;
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
        String head = DescriptionFit.headWord(m.text());
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
            if (title != null && title.find() && lexicon.roles.contains(DescriptionFit.headWord(title.group(1)))
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

    /**
     * The descriptions a capitalised title set off before a name stands for: "the ambassador" by its first word if that
     * is a role, and "the regional director", "the executive secretary" by the capitalised words up to the last, a role.
     */
    private List<String> titleKeys(String first, String rest) {
        String run = first + rest;
        boolean byFirst = lexicon.roles.contains(first);
        boolean byRun = !rest.isEmpty() && lexicon.roles.contains(run.substring(run.lastIndexOf(' ') + 1));
        return byFirst && byRun ? List.of("the " + first, "the " + run) : byFirst ? List.of("the " + first)
                : byRun ? List.of("the " + run) : List.of();
    }
}
