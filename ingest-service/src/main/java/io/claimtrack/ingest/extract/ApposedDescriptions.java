package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definite description of a role that the text sets, in the same words, in apposition to a person's name anywhere
 * ("the referee ruled" and below "the referee, Piet Mol,"), or a capitalised title opening with its words ("the newly
 * appointed Ambassador Extraordinary and Plenipotentiary of X to Y, Tobias Lind," for "The Ambassador"). Part of
 * {@link ResolutionStage}, beside {@link NamedLater}, which names a lede's description by the next person introduced.
 */
final class ApposedDescriptions {

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
    /** How far before a name {@link #NAME_COMMA} may start: ", Professor. ". */
    private static final int TITLE_COMMA_CHARS = 14;
    /** The shortest role read as the last noun of a closed compound: "teacher" of "schoolteacher". */
    private static final int COMPOUND_HEAD_CHARS = 5;
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
    /** By description in lower case, the person {@link #person} finds, "" for several; read when the first description asks. */
    private Map<String, String> apposedNames;
    /** By the head of those descriptions ("author" of "the lead author"), the description set off first; a person "" for several. */
    private Map<String, SetOff> apposedHeads;

    /** A description set off with a person's name, where. */
    private record SetOff(String description, String person, int at) {
    }

    ApposedDescriptions(AnnotatedDocument doc, Lexicon lexicon, DescriptionFit fit, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.fit = fit;
        this.names = names;
    }

    /**
     * "the referee ruled that ..." and further down "the referee, Piet Mol, had applied the laws": a definite description
     * of a role (not "the book") the text sets, in the same words, in apposition to one person's name anywhere is that person; null if it sets
     * them to none or to several.
     */
    String person(Mention m) {
        String head = DescriptionHeads.headWord(m.text());
        String lower = m.text().toLowerCase(Locale.ROOT);
        boolean definite = lower.startsWith("the ");
        // "A retired welder who ... said" and below "The welder, Oskar Lind,": a trade no list knows, set off after
        // in the same head, names the one described; a definite description only when its head is a role.
        if (m.hasName() || m.kind() != SpeakerKind.PERSON || definite && !lexicon.roles.contains(head)) {
            return null;
        }
        if (apposedNames == null) {
            indexApposed();
        }
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
        SetOff set = plain.matches() ? setOffByHead(plain.group(1)) : null;
        if (set == null || !definite && set.at() < start) {
            return null;
        }
        return fit.holdsOffice(lower, set.description()) && fit.holdsOffice(set.description(), lower) ? set.person() : null;
    }

    /**
     * The description set off with {@code head}, or with the role that ends a closed compound: "a retired
     * schoolteacher" and below "The teacher, Ada Lind,".
     */
    private SetOff setOffByHead(String head) {
        SetOff set = apposedHeads.get(head);
        for (int i = 1; set == null && head.length() - i >= COMPOUND_HEAD_CHARS; i++) {
            String last = head.substring(i);
            set = lexicon.roles.contains(last) ? apposedHeads.get(last) : null;
        }
        return set;
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
                apposedHeads.merge(DescriptionHeads.headWord(key), new SetOff(key, person, at),
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
     * The descriptions a capitalised title set off before a name stands for: "the ambassador" by its first word if that
     * is a role, and "the regional director", "the executive secretary" by the capitalised words up to the last, a role.
     */
    private List<String> titleKeys(String first, String rest) {
        String run = first + rest;
        boolean byFirst = lexicon.roles.contains(first);
        boolean byRun = !rest.isEmpty() && lexicon.roles.contains(Name.afterLastSpace(run));
        return byFirst && byRun ? List.of("the " + first, "the " + run) : byFirst ? List.of("the " + first)
                : byRun ? List.of("the " + run) : List.of();
    }
}
