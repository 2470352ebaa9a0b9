package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A body described by whom it represents: "the union representing the city's tram drivers said" is the body the text
 * names, before or after, as the one "which represents 700 drivers" ("The Tramway Staff Guild, which represents 700
 * drivers,"): the same members named; so is a headline's bare plural of its members or of what they own ("drivers
 * threaten strike", round 41's workers and their union; "cab owners vow appeal" over "which represents 300 cabs").
 * Part of {@link BodyDescriptions}.
 */
final class RepresentedBodies {

    /** A description's members within it: "the union representing its pilots", "the group that represents nurses". */
    private static final Pattern WITHIN = Pattern.compile("\\b(?:representing|(?:that|which) represents) ([^,.;:]+)$");
    /** A description's members right after it, where the mention ends before them: "The union| representing its drivers". */
    private static final Pattern AFTER = Pattern.compile("^ (?:representing|(?:that|which) represents) ([^,.;:]+)");
    /** What a name set off by a comma represents: ", which represents Tarnock's 3,800 pilots" (up to the clause's end; "3,800" has no space after its comma). */
    private static final Pattern NAMED = Pattern.compile("^,? (?:which|that) represents ([^.;:!?]+?)(?:, |$|[.;:!?])");

    private final AnnotatedDocument doc;
    /** The bodies named with a "which represents" clause, in text order; read on the first description that asks. */
    private List<Represented> represented;

    RepresentedBodies(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /**
     * The one body named with a "which represents" clause whose members (its last word: "pilots" of "Tarnock's 3,800
     * pilots") the description names in its first few words after "representing", or a headline's bare plural names, or
     * null: when it names none, or two bodies represent them.
     */
    Name named(Mention description) {
        // Asked of every description and pronoun: the document's few "which represents" clauses answer most at once.
        if (represented().isEmpty()) {
            return null;
        }
        Matcher d = WITHIN.matcher(description.text());
        boolean members = d.find();
        if (!members) {
            d = AFTER.matcher(doc.text(description.end(), Math.min(doc.text.length(), description.end() + ResolutionWindows.APPOSITION_AFTER_CHARS)));
            members = d.find();
        }
        List<String> described = members ? Name.words(d.group(1)) : headlineMembers(description);
        if (described.isEmpty()) {
            return null;
        }
        described = described.subList(0, Math.min(described.size(), ResolutionWindows.REPRESENTED_MEMBERS_WORDS));
        Name found = null;
        for (Represented r : represented) {
            if (described.contains(r.members()) || !members && described.contains(WordForms.singular(r.members()))) {
                if (found != null && !found.text().equals(r.name().text())) {
                    return null;
                }
                found = r.name();
            }
        }
        return found;
    }

    /**
     * A headline's or deck's bare plural ("pilots threaten strike", "truck owners vow to fight ban"): its words, which
     * name the members themselves or what they own ("41 trucks"); none for any other description.
     */
    private List<String> headlineMembers(Mention description) {
        String text = description.text();
        Sentence s = doc.sentenceAt(description.start());
        List<String> words = Name.words(text);
        if (s == null || doc.block(s.block()).kind() != Block.Kind.HEADLINE || words.size() > 2
                || !text.equals(text.toLowerCase(Locale.ROOT)) || !WordForms.pluralShape(Name.lastWord(words))) {
            return List.of();
        }
        return words;
    }

    private record Represented(Name name, String members) {
    }

    private List<Represented> represented() {
        if (represented == null) {
            represented = new ArrayList<>();
            // NAMED needs the word: without it, no name's clause is read.
            for (Name n : doc.text.contains(" represents ") ? doc.names : List.<Name>of()) {
                if (n.kind() != SpeakerKind.ORGANIZATION) {
                    continue;
                }
                // The offset is the phrase's, "The" included when the name has one.
                int end = doc.text.indexOf(n.text(), n.offset()) + n.text().length();
                Matcher m = NAMED.matcher(doc.text(end, Math.min(doc.text.length(), end + ResolutionWindows.APPOSITION_AFTER_CHARS)));
                if (m.find()) {
                    List<String> members = Name.words(m.group(1));
                    represented.add(new Represented(n, members.get(members.size() - 1)));
                }
            }
        }
        return represented;
    }
}
