package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A description set off before the name it describes: "said the study's lead author, Dr. Ann Lind, an
 * epidemiologist", "The first witness, fire marshal investigator Ann Lind, testified", "The province's chief medical
 * officer of health, Dr. Ann Lind, said". The speaker phrase may stop at the description (or before its complement);
 * the person named right after its comma is who it is, and the pronouns and quotes that follow are that person's; a
 * body's likewise ("The junior coalition partner, the Rural League, has said"; "The pilots' union, the Coastal Pilots
 * Association, said"). Part of {@link ResolutionStage}, {@link PronounResolver} and {@link AccordingTo}.
 */
final class ApposedName {

    /**
     * What may stand between a description and the name in apposition to it: the rest of its complement ("of
     * health", a committee's name that lists with commas: "of the Committee on Housing, Land and Planning"), the comma
     * or dash, an honorific and a few lower-case words of occupation ("fire marshal investigator"); or, right after a
     * description with no complement, one capitalised rank or title written as part of the name ("the helicopter
     * commander, Captain Ann Lind").
     */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?: (?:of|for|at|in|with|on) (?:[\\p{L}’'.& -]|, (?=\\p{Lu})){1,60}?)?(?:,| [—–]) (?:(?:Dr|Mr|Mrs|Ms|Prof)\\.? )?((?:[a-z][\\p{L}-]* ){0,4})"
                    + "|(?:,| [—–]) (\\p{Lu}[a-z]+ )");
    /**
     * A body's name set off after a description: "the" alone between, after a comma or a dash ("The junior partner, the
     * Rural League,"; "The nurses' union — the Harwenne Nurses Federation —").
     */
    private static final Pattern BODY_BETWEEN = Pattern.compile("(?:,| [—–]) the ");
    /** As {@link #BODY_BETWEEN} after a body's or group's description, its complement left out of it ("A trade group for millers, the"). */
    private static final Pattern GROUP_BODY_BETWEEN = Pattern.compile("(?: (?:of|for|representing) [\\p{L}’'.& -]{1,60}?)?(?:,| [—–]) the ");
    /** A body's name set off after any description by a comma or a dash. */
    private static final Pattern SET_OFF = Pattern.compile("(?:,| [—–]) ");
    /** What a body's name set off after any description opens with: its comma or dash, and "the" or nothing. */
    private static final Pattern BODY_OPENING = Pattern.compile("(?:,| [—–]) (?:the )?");
    /**
     * The apposition closes after the name: a comma, a dash, a bracket ("deputy Ann Lind (Centre),") or the sentence's
     * end, not more of a longer phrase.
     */
    private static final Pattern CLOSE = Pattern.compile("[,.;)]|\\s[—–(-]|$");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    /**
     * Each person's or body's name in order of where it starts (of two at one offset, the first found first), read once:
     * every description asks for the first after it, by a binary search rather than a tree of boxed offsets.
     */
    private final List<Name> named = new ArrayList<>();

    ApposedName(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        for (Name n : doc.names) {
            if (n.kind() == SpeakerKind.PERSON || n.kind() == SpeakerKind.ORGANIZATION) {
                named.add(n);
            }
        }
        named.sort(Comparator.comparingInt(Name::offset));
    }

    /**
     * The name in apposition right after a description {@code m}, or null: a person's after a person's description, or
     * a body's after "the" ("The junior coalition partner, the Rural League, has said"), which no person's name takes.
     */
    Name after(Mention m) {
        // "One of them, Ms. Ada Kerr, testified": a partitive names one person, whom the apposition names.
        boolean one = m.kind() == SpeakerKind.GROUP && !DescriptionHeads.partitiveMember(m.text()).isEmpty();
        // "A trade group for bus operators, the Coach Carriers Council, said": a group's description is the body
        // whose name "the" sets off after it.
        boolean collective = m.kind() == SpeakerKind.GROUP && !one;
        if (m.hasName() || m.isPronoun()
                || m.kind() != SpeakerKind.PERSON && m.kind() != SpeakerKind.ORGANIZATION && !one && !collective) {
            return null;
        }
        int i = Sorted.firstAtLeast(named, Name::offset, m.end() + 1);
        Apposition next = apposition(m, i);
        if ((collective || m.kind() == SpeakerKind.ORGANIZATION) && next != null
                && GROUP_BODY_BETWEEN.matcher(next.between()).matches() && CLOSE.matcher(next.close()).lookingAt()) {
            return new Name(next.name().text(), SpeakerKind.ORGANIZATION, "", next.name().offset());
        }
        if (collective) {
            return null;
        }
        Name set = next == null ? null : apposed(m, next);
        while (set == null && next != null && m.kind() == SpeakerKind.PERSON && !fullName(next.name())) {
            // "The chair of the Committee on Roads, deputy Ann Lind,": a body's or place's name inside the description's
            // complement comes first; the apposed name is the first person's full name that fits, within the window.
            next = apposition(m, ++i);
            set = next == null || !fullName(next.name()) ? null : apposed(m, next);
        }
        return set;
    }

    /** A person's name of two words or more, which no body or place in a description's complement is read as. */
    static boolean fullName(Name n) {
        return n.kind() == SpeakerKind.PERSON && n.words().size() > 1;
    }

    /** The name of {@code next} when it stands in apposition to description {@code m}, or null. */
    private Name apposed(Mention m, Apposition next) {
        if (!CLOSE.matcher(next.close()).lookingAt()) {
            return null;
        }
        Name n = next.name();
        String between = next.between();
        if (BODY_BETWEEN.matcher(between).matches()) {
            // However its words were read, a name "the" opens is a body's.
            return new Name(n.text(), SpeakerKind.ORGANIZATION, "", n.offset());
        }
        if (m.kind() == SpeakerKind.ORGANIZATION) {
            // "The carrier, Harbor Airways, said": a body's name right after a body's description.
            return SET_OFF.matcher(between).matches() && n.kind() == SpeakerKind.ORGANIZATION ? n : null;
        }
        Matcher b = BETWEEN.matcher(between);
        return b.matches() && occupation(b.group(1) != null ? b.group(1) : b.group(2)) ? n : null;
    }

    /**
     * "The junior coalition partner, the Fenland League, has said": whether a body's name stands in apposition right
     * after description {@code m}, closed by a comma, so that no "he" or "she" can take the description; a body's name
     * may be read as a person's, whose last word then says it is a body's ("League"). Part of {@link PronounResolver}.
     */
    boolean bodyFollows(Mention m) {
        Apposition next = next(m);
        if (next == null) {
            return false;
        }
        Name n = next.name();
        return (n.kind() == SpeakerKind.ORGANIZATION || lexicon.organizations.contains(Name.lastWord(n.words())))
                && BODY_OPENING.matcher(next.between()).matches() && (next.close().startsWith(",") || next.close().matches(" [—–]"));
    }

    /** The first person's or body's name within reach after a description, the text between and the two characters after it. */
    private record Apposition(Name name, String between, String close) {
    }

    private Apposition next(Mention m) {
        return apposition(m, Sorted.firstAtLeast(named, Name::offset, m.end() + 1));
    }

    /** The {@code next}th name as an apposition to description {@code m}, or null past the window. */
    private Apposition apposition(Mention m, int next) {
        if (next == named.size() || named.get(next).offset() - m.end() > ResolutionWindows.APPOSED_NAME_CHARS) {
            return null;
        }
        Name n = named.get(next);
        // A name's offset is where its role starts ("investigator Ann Lind"): the words before the name itself count.
        int nameStart = doc.text.indexOf(n.text(), n.offset());
        if (nameStart < 0 || nameStart - m.end() > ResolutionWindows.APPOSED_NAME_CHARS) {
            return null;
        }
        int nameEnd = nameStart + n.text().length();
        return new Apposition(n, doc.text(m.end(), nameStart), doc.text(nameEnd, Math.min(doc.text.length(), nameEnd + 2)));
    }

    /** No words, or words that end in a role ("fire marshal investigator", "Captain"), not a clause ("adding that"). */
    private boolean occupation(String words) {
        String w = words.strip().toLowerCase(Locale.ROOT);
        return w.isEmpty() || lexicon.roles.contains(lexicon.headKey(Name.afterLastSpace(w)));
    }
}
