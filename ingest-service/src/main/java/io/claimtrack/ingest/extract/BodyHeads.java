package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the head of the Agency", "the Agency's head": whoever the text sets in apposition to heading the body it names in
 * full ("The chief inspector and head of the Coastal Safety Agency, Rina Holt, said"; "Rina Holt, who heads the Coastal
 * Safety Agency,"); its one holder, or null when the text gives that head to two people or to none. A longer title
 * that only contains the body ("the head of the Agency's legal unit, Ivo Lund") heads something else. Part of
 * {@link OfficeHolders}; the pairs are read once per document, when a description first asks.
 */
final class BodyHeads {

    /** "the head of the Agency" or "the Agency's head": group 1 or 2, the body's short name. */
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)the head of the (.+)|the (.+?)['’]s head");
    /** Text right before a body's name that makes someone its head: "and head of the ", "who heads the ". */
    private static final Pattern HEADING = Pattern.compile("(?i)\\b(?:head of|heads|headed) the $");
    /** Between a person's name and the heading words after it: ", ", ", who ", ", the chief doctor and ". */
    private static final Pattern NAME_BEFORE = Pattern.compile("^, (?:who |[\\p{Ll} ]{0,40}\\b(?:and|the) )?$");
    /** Between a body's name and the person's name after it: the comma, an honorific. */
    private static final Pattern NAME_AFTER = Pattern.compile("^, (?:(?:Dr|Mr|Mrs|Ms|Prof)\\.? )?$");
    /** How far before a body's name its heading words may start. */
    private static final int HEADING_CHARS = 80;

    /** A body's name, padded with spaces, and the person the text gives as its head. */
    private record Head(String body, String person) {
    }

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private List<Head> heads;

    BodyHeads(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
    }

    /** The one person heading the body {@code m} names by its short name; null if none or several. */
    String holder(Mention m) {
        if (m.hasName() || m.kind() != SpeakerKind.PERSON) {
            return null;
        }
        Matcher d = DESCRIPTION.matcher(m.text());
        if (!d.matches()) {
            return null;
        }
        String body = d.group(1) != null ? d.group(1) : d.group(2);
        List<String> words = List.of(body.split(" "));
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (!words.stream().allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
                || !lexicon.organizations.contains(lexicon.headKey(last))) {
            return null;
        }
        String holder = null;
        for (Head h : heads()) {
            if (h.body().contains(" " + body + " ")) {
                if (holder != null && !holder.equals(h.person())) {
                    return null;
                }
                holder = h.person();
            }
        }
        return holder;
    }

    private List<Head> heads() {
        if (heads == null) {
            heads = new ArrayList<>();
            List<Name> all = doc.names;
            for (int j = 0; j < all.size(); j++) {
                Name n = all.get(j);
                if (n.kind() == SpeakerKind.ORGANIZATION
                        && HEADING.matcher(doc.text(Math.max(0, n.offset() - HEADING_CHARS), n.offset())).find()) {
                    Name person = person(all, j);
                    if (person != null) {
                        heads.add(new Head(" " + n.text() + " ", names.expand(person.text(), SpeakerKind.PERSON, person.offset())));
                    }
                }
            }
        }
        return heads;
    }

    /** The person set in apposition to the heading of the {@code j}th name, a body's: named right after it, else right before. */
    private Name person(List<Name> all, int j) {
        Name body = all.get(j);
        int end = body.offset() + body.text().length();
        if (j + 1 < all.size() && all.get(j + 1).kind() == SpeakerKind.PERSON
                && NAME_AFTER.matcher(doc.text(end, Math.max(end, all.get(j + 1).offset()))).matches()) {
            return all.get(j + 1);
        }
        if (j == 0 || all.get(j - 1).kind() != SpeakerKind.PERSON) {
            return null;
        }
        Name before = all.get(j - 1);
        int from = before.offset() + before.text().length();
        Matcher heading = HEADING.matcher(doc.text(from, body.offset()));
        return from < body.offset() && heading.find()
                && NAME_BEFORE.matcher(doc.text(from, from + heading.start())).matches() ? before : null;
    }
}
