package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description at the top of a story that the story names only further down: "a prosecutor said" in the lede of a
 * court story, "her lawyer told the court" in the paragraph after it, and "Crown prosecutor Nell Varga" or "Defence
 * lawyer Otto Brisk" below. A lede describes and the body names: such a description is the one person the story gives
 * its title, when that person is first named after it; and a definite one is the person the text sets those words in
 * apposition to anywhere ("the referee, Piet Mol,"), or a capitalised title opening with its words ("the newly appointed
 * Ambassador Extraordinary and Plenipotentiary of X to Y, Tobias Lind," for "The Ambassador"). Part of {@link ResolutionStage}.
 * Not {@link NameGivenAfter}'s job, which names a feature's person of no role ("a shop owner ... Her name is Mira
 * Lenk") and her pronouns by gender, after the pronouns are resolved: here a role's words find their holder.
 */
final class NamedLater {

    /**
     * "her lawyer" in a court story is the defence's: role-titles.txt lists the defence's titles by their owner ("his
     * lawyer"), so its holder is the one given a defence title ("defense attorney"), not a prosecutor who is also an
     * attorney ("Assistant District Attorney").
     */
    private static final String DEFENSE = "defense";
    private static final Set<String> OWNERS = Set.of("his", "her", "their");
    /** "the country's ": a place's own office, owned as "her" owns one ("the country's finance minister"). */
    private static final Pattern PLACE_OWNER = Pattern.compile("(?i)the (?:country|nation|state)['’]s ");
    /**
     * A title whose complement describes a business without naming it: "the chief executive of Norland's third-largest
     * lender", "the chairman of the state-owned carrier"; the title and the business's last word.
     */
    private static final Pattern OF_BUSINESS = Pattern.compile(
            "[Tt]he ((?:[a-z-]+ ){0,2}[a-z-]+) of (?:the )?(?:\\p{Lu}[\\p{L}-]*['’]s )?(?:[a-z-]+ ){0,2}([a-z]+)");
    /** The opening statement blocks of a story that make its lede: the first paragraph and the one after it. */
    private static final int LEDE_BLOCKS = 2;
    /** Words after the determiner: "a prosecutor", "her defence lawyer". */
    private static final int DESCRIPTION_WORDS = 3;
    /**
     * A definite description and its comma right before a name: "the referee, " of "the referee, Piet Mol,", also with the
     * body it serves ("the chief inspector of the Marine Accident Board, " in a list of witnesses); not a preposition's
     * object ("A spokesperson for the minister, Olivia Brandt,"). The lookahead first: the search tries every offset of
     * its window, and the preposition's lookbehind there cost a fifth of a long text's resolution.
     */
    private static final Pattern APPOSED = Pattern.compile(
            "(?=[Tt]he )(?<!\\b(?:of|for|to|with|by|at|from|in|on|about|against|over) )\\b([Tt]he(?: [a-z][\\p{L}-]*){1,3})"
                    + "(?: (?:of|at|for) (?:the )?\\p{Lu}[\\p{L}'’&-]*(?: (?:of|and|the|for|\\p{Lu}[\\p{L}'’&-]*))*)?, $");
    /**
     * A capitalised title set off before a name, for "the" and its first word: "the newly appointed Ambassador
     * Extraordinary and Plenipotentiary of the Kingdom of Ostria to Norland, " is "the ambassador"; failing that, for
     * its capitalised words before their complement: "the Regional Director of the Coastal Health Organization (CHO),
     * Dr. " is "the regional director". A body's acronym may close it, an honorific or a rank open the name ("Captain").
     * The lookahead first, as in {@link #APPOSED}.
     */
    private static final Pattern TITLE = Pattern.compile(
            "(?=[Tt]he )\\b[Tt]he (?:[a-z]+ ){0,2}(\\p{Lu}[\\p{L}-]+)((?: \\p{Lu}\\p{L}+)*)(?: (?:\\p{Lu}[\\p{L}-]*|and|of|the|to))*(?: \\(\\p{Lu}+\\))?, "
                    + "(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|Captain|Capt|Colonel|Col|General|Gen|Admiral|Sir|Dame)\\.? )?$");
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
    /** How far before a name the comma that sets a title off may start: ", " and "Professor. ". */
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
    private final TitledNames.Titled titled;
    private final NameIndex names;
    private final int[] unitOf;
    /** Per block, how many blocks of its story holding a statement come before it; read when the first description asks. */
    private int[] statementBlocksBefore;
    /** The one holder of each title asked for, found once: a long text may repeat a description many times. */
    private final Map<String, Holder> holders = new HashMap<>();
    /** By description in lower case, the person {@link #apposed} finds, "" for several; read when the first description asks. */
    private Map<String, String> apposedNames;
    /** By the head of those descriptions ("author" of "the lead author"), the description set off first; a person "" for several. */
    private Map<String, SetOff> apposedHeads;

    private record Holder(String person, int firstNamed) {
    }

    /** People's names in order of where they start, read when the first description asks {@link #introduced}. */
    private List<Name> people;
    /** The statements by their speaker's place; built on the first introduced name that asks. */
    private SpeakerMentions speakers;
    /** By story and head word, the person a lede's description was found to be, for the story's later descriptions. */
    private final Map<String, String> introducedByHead = new HashMap<>();

    /** A description set off with a person's name, where. */
    private record SetOff(String description, String person, int at) {
    }

    NamedLater(AnnotatedDocument doc, Lexicon lexicon, DescriptionFit fit, TitledNames.Titled titled, NameIndex names, int[] unitOf) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.fit = fit;
        this.titled = titled;
        this.names = names;
        this.unitOf = unitOf;
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
            boolean setOff = commaWithin(at, TITLE_COMMA_CHARS);
            Matcher before = setOff && doc.text.startsWith(", ", at - 2)
                    ? APPOSED.matcher(doc.text(Math.max(0, at - Windows.APPOSED_NAME_CHARS), at)) : null;
            String key = before != null && before.find() ? before.group(1).toLowerCase(Locale.ROOT) : null;
            int end = at + n.text().length();
            Matcher after = key == null && doc.text.startsWith(", ", end)
                    ? AFTER.matcher(doc.text(end, Math.min(doc.text.length(), end + Windows.APPOSED_NAME_CHARS))) : null;
            key = after != null && after.find() && lexicon.roles.contains(after.group(2)) ? after.group(1) : key;
            Matcher title = key == null && setOff ? TITLE.matcher(doc.text(Math.max(0, at - TITLE_CHARS), at)) : null;
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

    /** Whether ", " starts within {@code chars} characters before {@code at}. */
    private boolean commaWithin(int at, int chars) {
        for (int k = at - 2; k >= Math.max(0, at - chars); k--) {
            if (doc.text.startsWith(", ", k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The manager of a trampoline park told a jury ..." and a paragraph below "Dominic Orr, who managed the park from
     * 2024,": a newspaper lede speaks through a description and names its speaker as the next person it introduces (a
     * clause or an age set off after a first naming, no title); the story's later descriptions with the same head
     * ("the manager replied") are that person too. An indefinite one ("An engineer who inspected the bridge told") is
     * the next person introduced as one of its kind ("Ada Lind, a structural engineer with ..."). Not a description of
     * someone's ("his lawyer"), nor one of a role held for someone else, nor a gender the person's does not fit; null if
     * the next person named is not so introduced.
     */
    String introduced(Attribution a) {
        Mention m = a.mention;
        String head = DescriptionFit.headWord(m.text());
        boolean indefinite = FunctionWords.isIndefinite(m.text());
        if (m.hasName() || m.isPronoun() || m.kind() != SpeakerKind.PERSON
                || !m.text().regionMatches(true, 0, "the ", 0, 4) && !indefinite || m.text().contains("'s ") || m.text().contains("’s ") || !lexicon.roles.contains(head)
                || DescriptionFit.RELATIONAL.contains(head) || doc.block(a.block).kind() == Block.Kind.HEADLINE) {
            return null;
        }
        String key = unitOf[a.block] + "|" + head;
        String person = inLede(a) ? nextIntroduced(doc.block(a.block).end(), indefinite ? head : null)
                : indefinite ? null : introducedByHead.get(key);
        Gender gender = Gender.ofTitle(m.text().substring(m.text().indexOf(' ') + 1));
        if (person == null || gender != null && !gender.fits(names.gender(person))) {
            return null;
        }
        introducedByHead.putIfAbsent(key, person);
        return person;
    }

    /**
     * The first person named after {@code from} by a given name and a surname (a place's or a day's capitalised words
     * passed over), if that is the person's first naming and introduces them untitled, as one of {@code kind} when given.
     */
    private String nextIntroduced(int from, String kind) {
        if (people == null) {
            people = Name.peopleInOrder(doc);
        }
        int first = Sorted.firstAtLeast(people, Name::offset, from);
        for (int i = first; i < people.size() && i - first < Windows.NAMES_BEFORE_INTRODUCED; i++) {
            Name n = people.get(i);
            String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
            if (n.words().size() < 2 || names.gender(person) == null) {
                continue;
            }
            int end = n.offset() + n.text().length();
            if (!n.role().isEmpty() || names.firstNamed(person) != n.offset() || !subjectOrSpeaker(n)) {
                return null;
            }
            String after = doc.text(end, Math.min(doc.text.length(), end + Windows.APPOSED_NAME_CHARS));
            // An indefinite lede's kind set off after the name: ", a marine engineer with the firm".
            Pattern introducing = kind == null ? INTRODUCED : Pattern.compile("^, an? (?:[a-z-]+ ){0,2}" + Pattern.quote(kind) + "\\b");
            return introducing.matcher(after).find() ? person : null;
        }
        return null;
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
        if (speakers == null) {
            speakers = new SpeakerMentions(doc);
        }
        return speakers.firstPersonFrom(n.offset(), n.offset() + 1, Integer.MAX_VALUE) != null;
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

    /**
     * The person an indefinite or owned description at the top of its story stands for; null if none or several. "A
     * spokesperson", "an aide" are someone's, and any body's: one of them is the person the story names with the title
     * only when the description says whose ("her lawyer", "the country's finance minister", "the chief executive of
     * Norland's third-largest lender").
     */
    String holder(Attribution a) {
        Mention m = a.mention;
        // "the chief executive of Norland's third-largest lender": a wire's lede describes the business the body names.
        Matcher business = OF_BUSINESS.matcher(m.text());
        boolean ofBusiness = business.matches() && Businesses.WORDS.contains(business.group(2));
        String text = ofBusiness ? "the " + business.group(1) : m.text();
        Matcher place = PLACE_OWNER.matcher(text);
        boolean placeOwned = place.lookingAt();
        // The place's words count as one owner's word.
        List<String> words = Name.wordsWithTitles(placeOwned ? "its " + text.substring(place.end()) : text);
        String head = DescriptionFit.headWord(text);
        if (m.hasName() || words.size() < 2 || words.size() > DESCRIPTION_WORDS + 1 || !lexicon.roles.contains(head)
                || !(FunctionWords.isIndefinite(text) && oneOffice(head) || OWNERS.contains(words.get(0)) || placeOwned || ofBusiness)
                || !fit.qualifiers(text).isEmpty()
                || !inLede(a)) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String title = OWNERS.contains(words.get(0)) && lexicon.titles.roleFits(DEFENSE, lower) ? DEFENSE : head;
        Holder h = holders.computeIfAbsent(title + "|" + lower.substring(lower.indexOf(' ') + 1), k -> find(title, text));
        // The description's own words say its gender, not its owner's ("her lawyer" may be a man).
        Gender gender = Gender.ofTitle(text.substring(text.indexOf(' ') + 1));
        return h == null || h.firstNamed() <= m.start() || gender != null && !gender.fits(names.gender(h.person())) ? null : h.person();
    }

    /**
     * "A prosecutor", "a judge": a title for one office, which a story gives one person. Not a word for several offices
     * ("a campaign official", "a politician") nor one of those held for someone ("a spokesperson", "an aide").
     */
    private boolean oneOffice(String head) {
        return !DescriptionFit.RELATIONAL.contains(head) && !lexicon.titles.hasOtherTitles(head);
    }

    /** The one person the story gives the title, and where the text first names them; null if none or several. */
    private Holder find(String title, String description) {
        String found = null;
        for (Name n : titled.people()) {
            String own = ownTitle(n.role());
            if (n.kind() == SpeakerKind.PERSON && !own.isEmpty() && lexicon.titles.roleFits(title, own) && fit.holdsOffice(description, own)) {
                String person = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
                if (found != null && !found.equals(person)) {
                    return null;
                }
                found = person;
            }
        }
        if (found == null) {
            return null;
        }
        int first = Integer.MAX_VALUE;
        for (Name n : doc.names) {
            if (n.offset() < first && n.kind() == SpeakerKind.PERSON && names.expand(n.text(), SpeakerKind.PERSON, n.offset()).equals(found)) {
                first = n.offset();
            }
        }
        return new Holder(found, first);
    }

    /**
     * The title a role opens with, before its first preposition, lower case: "spokeswoman" of "spokeswoman for the
     * district attorney's office", who is no attorney.
     */
    private static String ownTitle(String role) {
        List<String> words = Name.words(role);
        int end = 0;
        while (end < words.size() && !DescriptionFit.isHeadEnder(words.get(end))) {
            end++;
        }
        return String.join(" ", words.subList(0, end));
    }

    /** Whether the statement stands in the first blocks of its story that hold statements. */
    private boolean inLede(Attribution a) {
        if (statementBlocksBefore == null) {
            statementBlocksBefore = new int[doc.blocks.size()];
            int unit = -1;
            int count = 0;
            int last = -1;
            for (Attribution b : doc.attributions) {
                if (unitOf[b.block] != unit) {
                    unit = unitOf[b.block];
                    count = 0;
                    last = -1;
                }
                if (b.block != last && doc.block(b.block).kind() != Block.Kind.HEADLINE) {
                    statementBlocksBefore[b.block] = count++;
                    last = b.block;
                }
            }
        }
        return doc.block(a.block).kind() != Block.Kind.HEADLINE && statementBlocksBefore[a.block] < LEDE_BLOCKS;
    }
}
