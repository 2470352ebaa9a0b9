package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The two sisters said", "Both men", "the couple" just after a sentence that names two people ("Dana and Rita Szabadi,
 * sisters who ..."): the two, as "Dana Szabadi and Rita Szabadi". Not when the sentence before names more or fewer
 * people than two, nor for a group of things ("the two companies"). Asked by {@link JointSides} for a group it does
 * not resolve; reads two sentences per statement.
 */
final class NamedPair {

    /** "The two sisters", "Both the men", "the couple": a group of two people, and its head. */
    private static final Pattern PAIR = Pattern.compile("(?i)(?:the two|both(?: the)?) (\\p{L}+)|the couple");
    /** "Ada and Mette Rosvall": a first name sharing the next name's surname. */
    private static final Pattern SHARED_SURNAME = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{L}+) and $");
    private static final int SHARED_SURNAME_CHARS = 30;
    /** Most names the two sentences may hold, people or not. */
    private static final int MOST_NAMES = 12;
    /** The longest title before a name, and the name. */
    private static final int TITLE_CHARS = 300;
    /** People's plural heads that no role list holds. */
    private static final List<String> PEOPLE = List.of("men", "women", "people");

    private NamedPair() {
    }

    /** The two people the sentence before the mention names, for a mention of two people; null otherwise. */
    static String speakerFor(AnnotatedDocument doc, Mention m, NameIndex names, Lexicon lexicon) {
        Matcher pair = PAIR.matcher(m.text());
        if (!pair.matches() || pair.group(1) != null && !people(pair.group(1).toLowerCase(Locale.ROOT), lexicon)) {
            return null;
        }
        int at = doc.sentenceAtOrAfter(m.start() + 1) - 1;
        if (at < 1) {
            return null;
        }
        Sentence before = doc.sentences.get(at - 1);
        List<String> two = new ArrayList<>();
        int first = Name.lastBefore(doc.names, before.start()) + 1;
        // Past three people the answer is no; the bound keeps a long sentence of names from being read per statement.
        for (int j = first; j < doc.names.size() && j < first + MOST_NAMES && two.size() <= 2 && doc.names.get(j).offset() < m.start(); j++) {
            Name n = doc.names.get(j);
            if (n.kind() != SpeakerKind.PERSON) {
                continue;
            }
            String full = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
            if (Name.words(full).size() < 2) {
                continue;
            }
            // The name's offset is its mention's, title included ("Coach Piet Allgaard").
            int start = n.offset() + Math.max(0, doc.text(n.offset(), Math.min(doc.text.length(), n.offset() + TITLE_CHARS)).indexOf(n.text()));
            Matcher sibling = SHARED_SURNAME.matcher(doc.text(Math.max(before.start(), start - SHARED_SURNAME_CHARS), start));
            if (sibling.find() && lexicon.isFirstName(sibling.group(1).toLowerCase(Locale.ROOT))) {
                add(two, sibling.group(1) + full.substring(full.lastIndexOf(' ')));
            }
            add(two, full);
        }
        return two.size() == 2 && (first + MOST_NAMES >= doc.names.size() || doc.names.get(first + MOST_NAMES).offset() >= m.start())
                ? two.get(0) + " and " + two.get(1) : null;
    }

    private static void add(List<String> people, String person) {
        if (!people.contains(person)) {
            people.add(person);
        }
    }

    /** A plural head of people: "sisters", "leaders", "men". */
    private static boolean people(String head, Lexicon lexicon) {
        return PEOPLE.contains(head) || WordForms.pluralShape(head)
                && (lexicon.isRoleWord(head.substring(0, head.length() - 1)) || Gender.ofWord(head.substring(0, head.length() - 1)) != null);
    }
}
