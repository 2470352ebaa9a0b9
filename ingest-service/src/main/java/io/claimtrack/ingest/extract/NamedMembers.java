package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Her sons, Anselm and Tobiah, grew up ... The brothers said", "His brothers, Tom and Eli Ruiz, said", "The victim's
 * parents, Ana and Rui Soto," ... "the victim's parents said", "The owners of the bakery, Ada and Tor Varn, said", "Ada and Lise Varn, sisters who ... The two sisters
 * said", "Ola Dahl and Kari Sunde, the defence lawyers, ... The lawyers said", "Lund's daughters, Ada and Liv," and
 * "Ada and Tor Varn, a couple who ... The couple said", "Ada Varn, 63, and her husband, Tor, ... The couple said", "Ada
 * and Tor Varn opened ... The Varns said" and "Judges Ada
 * Roe and Tor Lind dissented ... The dissenting judges said": a group the text names as two people in
 * apposition, or by their one surname or one title, speaks as them, "A and B" in the order named (the settled convention for a group whose members the
 * document names). Only the apposition names the pair: two people a sentence merely talks about are no group ("The two
 * lawmakers" after a sentence naming two people is often someone else). Read once per document, when a mention of a
 * group first asks; part of {@link ResolutionStage}.
 */
final class NamedMembers {

    static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2}";
    /** A group's word: a plural ("sons", "defence lawyers") or a word for two people ("couple"). */
    private static final String PLURAL = "((?:\\p{Ll}+ )?\\p{Ll}+s|couple|pair|duo)";
    /**
     * Whose the group is, after its plural: " of the bakery", " of the 12-year-old keeper" in "The owners of the bakery,
     * Ada and Tor Varn,"; a few lower-case words.
     */
    private static final String OF_WHOM = "(?: of (?:the |a |an )?(?:[\\p{Ll}\\d-]+ ){0,3}[\\p{Ll}\\d-]+)?";
    /**
     * "Her sons, Anselm and Tobiah,", "Lund's daughters, Ada and Liv,", "The Varn twins, Ada and Liv,": the group, then
     * its two members set off.
     */
    private static final Pattern GROUP_FIRST = Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he(?: \\p{Lu}[\\p{L}-]+| \\p{Ll}+['’]s)?|\\p{Lu}[\\p{L}-]*(?:'s|’s|'|’))(?: two)? "
            + PLURAL + OF_WHOM + ", (" + NAME + ") and (" + NAME + ")[,.]");
    /** "Ada and Lise Varn, sisters who", "Ola Dahl and Kari Sunde, the defence lawyers,", "..., a couple who": the members, then the group. */
    private static final Pattern MEMBERS_FIRST = Pattern.compile("(?<![\\p{L}'’-])(" + NAME + ") and (" + NAME
            + "), (?:the (?:two )?|both |a )?" + PLURAL + "\\b");
    /**
     * "The brothers", "the two sisters", "Both lawyers", "The couple", "His brothers" (set off with their names, or after
     * them), "the victim's parents": the group and nothing else.
     */
    private static final Pattern MENTION = Pattern.compile("(?i)(?:the|both|his|her|their)(?: \\p{L}+['’]s)?(?: two)? ((?:\\p{L}+ )?[\\p{L}-]+s|couple|pair|duo)"
            + "(?-i:" + OF_WHOM + ")");
    /**
     * "Tomas and Greta Lind": two first names sharing the surname after the second, a family pair ("The Linds"); also as
     * owners, "Tomas and Greta Lind's farm", the possessive no part of the name.
     */
    private static final Pattern FAMILY = Pattern.compile("(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]+) and (\\p{Lu}[\\p{L}'’-]+ (\\p{Lu}[\\p{L}'’-]+?))(?:['’]s)?(?![\\p{L}'’-]| \\p{Lu})");
    /** "Judge Ada Roe and Judge Tor Lind", "Judges Ada Roe and Tor Lind": two people of one title, whom "the judges" stands for. */
    private static final Pattern TITLED = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+?)(?:s (" + NAME + ") and | (" + NAME + ") and \\1 )(" + NAME + ")\\b");
    /**
     * "Her mother, Ada Lind, a nurse, says ... His father, Tor Berg, says": a mother and a father each set off after a
     * possessive, whom "the parents" later stands for.
     */
    private static final Pattern PARENT = Pattern.compile("\\b(?:[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}[\\p{L}-]*(?:'s|’s)) (mother|father), ("
            + NAME + ")[,.]");
    /**
     * "Ada Lind, 63, and her husband, Tor, 66,", "Tor Lind and his wife, Ada,": a person and the spouse set off after
     * them, whom "the couple" later stands for.
     */
    private static final Pattern SPOUSES = Pattern.compile("(?<![\\p{L}'’-])(" + NAME + ")(?:, \\d{1,3},)? and (?:his|her) (?:husband|wife), ("
            + NAME + ")(?:, \\d{1,3})?[,.]");
    /** Words for two people together: "a couple who", "the twins". */
    private static final Set<String> TWO = WordSet.of("couple", "pair", "duo", "twins");
    /** Sons of one parent are brothers, daughters sisters. */
    private static final Map<String, String> KIN = Map.of("sons", "brothers", "daughters", "sisters");

    private static final Set<String> RELATIVE = WordSet.of("who", "whose", "which", "that", "where", "when", "as");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    /** By group, its two members; null until a mention of a group asks (its patterns read every stretch a pair can be named in). */
    private Map<String, String> pairs;
    private final Set<String> ambiguous = new HashSet<>();
    /** Where each group is first named: a mention before it is someone else's. */
    private final Map<String, Integer> namedAt = new HashMap<>();

    private NamedMembers(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
    }

    static NamedMembers of(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        return new NamedMembers(doc, lexicon, names);
    }

    private Map<String, String> pairs() {
        if (pairs == null) {
            pairs = new HashMap<>();
            List<int[]> stretches = stretches(doc.text);
            each(GROUP_FIRST, stretches, m -> add(m.group(1), m.start(), m.group(2), m.start(2), m.group(3), m.start(3)));
            each(MEMBERS_FIRST, stretches, m -> add(m.group(3), m.start(), m.group(1), m.start(1), m.group(2), m.start(2)));
            each(FAMILY, stretches, m -> {
                String pair = pair(doc, lexicon, names, m.group(1), m.start(1), m.group(2), m.start(2));
                String surname = m.group(3).toLowerCase(Locale.ROOT);
                if (pair != null && lexicon.isFirstName(m.group(1).toLowerCase(Locale.ROOT))) {
                    // The family's plural: "Lind" -> "the Linds", "Ruiz" -> "the Ruizes".
                    put(surname + "s", m.start(), pair);
                    put(surname + "es", m.start(), pair);
                }
            });
            parents();
            each(SPOUSES, stretches, m -> {
                String pair = pair(doc, lexicon, names, m.group(1), m.start(1), m.group(2), m.start(2));
                if (pair != null) {
                    put("couple", m.start(), pair);
                }
            });
            each(TITLED, stretches, m -> {
                String title = m.group(1).toLowerCase(Locale.ROOT);
                int first = m.group(2) != null ? 2 : 3;
                String pair = lexicon.isPersonNoun(title) ? pair(doc, lexicon, names, m.group(first), m.start(first), m.group(4), m.start(4)) : null;
                if (pair != null) {
                    put(title + "s", m.start(), pair);
                }
            });
        }
        return pairs;
    }

    /** Every match of a pair's pattern, in the text's order: those in the stretches are all there are. */
    private void each(Pattern pattern, List<int[]> stretches, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(doc.text).useTransparentBounds(true);
        for (int[] stretch : stretches) {
            m.region(stretch[0], stretch[1]);
            while (m.find()) {
                onMatch.accept(m);
            }
        }
    }

    /**
     * The stretches of text a pair can be named in: no pair's match holds a line break, or a period but as its last
     * character, and each holds " and " before a capital (the second name) or "his "/"her " (a spouse). Each pattern is
     * tried at every word, and nine tenths of a news text hold no such " and ". Each character is read once.
     */
    static List<int[]> stretches(String text) {
        List<int[]> stretches = new ArrayList<>();
        int floor = 0;
        for (int and = text.indexOf(" and ", floor); and >= 0; and = text.indexOf(" and ", Math.max(floor, and + 1))) {
            int next = and + " and ".length();
            if (next >= text.length() || !Character.isUpperCase(text.codePointAt(next))
                    && !text.startsWith("his ", next) && !text.startsWith("her ", next)) {
                continue;
            }
            int start = and;
            while (start > floor && !endsStretch(text.charAt(start - 1))) {
                start--;
            }
            int end = next;
            while (end < text.length() && !endsStretch(text.charAt(end))) {
                end++;
            }
            floor = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
            stretches.add(new int[] {start, floor});
        }
        return stretches;
    }

    private static boolean endsStretch(char c) {
        return c == '.' || c == '\n';
    }

    /** The one mother and the one father named apart, as "parents" in the order named; none when either is named twice over. */
    private void parents() {
        // Every match holds one of these: most texts have neither, and the pattern is tried at every word.
        if (!doc.text.contains("mother, ") && !doc.text.contains("father, ")) {
            return;
        }
        Map<String, String> named = new HashMap<>();
        Map<String, Integer> at = new HashMap<>();
        Matcher m = PARENT.matcher(doc.text);
        while (m.find()) {
            String before = named.putIfAbsent(m.group(1), m.group(2));
            at.putIfAbsent(m.group(1), m.start(2));
            if (before != null && !before.equals(m.group(2))) {
                return;
            }
        }
        if (named.size() == 2) {
            boolean motherFirst = at.get("mother") < at.get("father");
            String first = motherFirst ? "mother" : "father";
            String second = motherFirst ? "father" : "mother";
            String pair = pair(doc, lexicon, names, named.get(first), at.get(first), named.get(second), at.get(second));
            if (pair != null) {
                put("parents", at.get(second), pair);
            }
        }
    }

    private void add(String group, int at, String first, int firstAt, String second, int secondAt) {
        if (RELATIVE.contains(group.substring(0, Math.max(0, group.indexOf(' '))))) {
            // "Ola Dahl and Kari Sunde, whose sons": a clause on them, no group.
            return;
        }
        String head = head(group);
        if (!ofPeople(head)) {
            return;
        }
        String pair = pair(doc, lexicon, names, first, firstAt, second, secondAt);
        if (pair != null) {
            put(head, at, pair);
        }
    }

    /** Whether a group's head word names people: kin, a word for two, or a plural of a person's noun. */
    private boolean ofPeople(String head) {
        return KIN.containsKey(head) || KIN.containsValue(head) || TWO.contains(head)
                || lexicon.isPersonNoun(head.substring(0, head.length() - 1));
    }

    private void put(String head, int at, String pair) {
        String before = pairs.putIfAbsent(head, pair);
        namedAt.putIfAbsent(head, at);
        if (before != null && !before.equals(pair)) {
            ambiguous.add(head);
        }
    }

    /**
     * Two people named together as one speaker, "A and B" in the order named, each in the fullest form the text gives;
     * null unless both are people.
     */
    static String pair(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, String first, int firstAt, String second, int secondAt) {
        if (!person(doc, lexicon, first, firstAt) || !person(doc, lexicon, second, secondAt)) {
            return null;
        }
        String a = names.expand(first, SpeakerKind.PERSON, firstAt);
        String b = names.expand(second, SpeakerKind.PERSON, secondAt);
        if (first.indexOf(' ') < 0 && a.equals(first) && second.indexOf(' ') > 0) {
            // "Ada and Lise Varn": the first name shares the surname after the second.
            a = first + second.substring(second.lastIndexOf(' '));
        }
        return a + " and " + b;
    }

    /** A person's name: the text's own name of a person there, or a first name on the shipped lists. */
    private static boolean person(AnnotatedDocument doc, Lexicon lexicon, String text, int offset) {
        int j = Name.lastBefore(doc.names, offset + 1);
        Name n = j >= 0 ? doc.names.get(j) : null;
        if (n != null && n.offset() <= offset && offset < n.offset() + n.text().length()) {
            return n.kind() == SpeakerKind.PERSON;
        }
        return lexicon.isFirstName(text.split(" ")[0].toLowerCase(Locale.ROOT));
    }

    /** The group's head word, a kin word as the word for their relation to each other ("sons" → "brothers"). */
    private static String head(String group) {
        String w = Name.afterLastSpace(group).toLowerCase(Locale.ROOT);
        return KIN.getOrDefault(w, w);
    }

    /**
     * "The new owners, Hal and Rena Tisdale, plan to turn the barn into a theatre, they said": a "they" after the
     * content, which opens by naming the group's two members, is that pair.
     */
    String namedInContent(Attribution a) {
        Mention m = a.mention;
        if (m == null || !m.text().equalsIgnoreCase("they") || m.start() < a.contentEnd || a.contentStart < 0) {
            return null;
        }
        Matcher g = GROUP_FIRST.matcher(doc.text).region(a.contentStart, a.contentEnd);
        return g.lookingAt() && ofPeople(head(g.group(1)))
                ? pair(doc, lexicon, names, g.group(2), g.start(2), g.group(3), g.start(3)) : null;
    }

    /** The two people for a mention of their group after it was named; null otherwise. */
    String speakerFor(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.isPronoun()) {
            return null;
        }
        Matcher g = MENTION.matcher(m.text());
        // "The Linds" is a name's plural, the family; any other name is no group.
        if (!g.matches() || m.hasName() && !g.group(1).equals(m.name()) || pairs().isEmpty()) {
            return null;
        }
        String head = head(g.group(1));
        Integer at = namedAt.get(head);
        return at == null || at > m.start() || ambiguous.contains(head) ? null : pairs.get(head);
    }
}
