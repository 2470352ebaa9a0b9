package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The panel said" after "the agency's disciplinary panel" or "A three-member panel of the tribunal dismissed the
 * appeal": a panel a body sits to decide a case speaks for that body, the one the text names as the panel's owner
 * (issue 10, round 49); part of {@link ResolutionStage}.
 */
final class BodyPanels {

    /** An owned panel's words from the possessive on: "'s disciplinary panel", "’s ethics committee", two words at most between. */
    private static final String OWNED_TAIL = "['’]s (?:[\\p{Ll}-]+ ){0,2}(?:panel|committee)\\b";
    /** "the agency's disciplinary panel", "LADA's panel": the owner's word before the possessive. */
    private static final Pattern OWNED = Pattern.compile("\\b(\\p{L}[\\p{L}-]*)" + OWNED_TAIL);
    /** Where the text has {@link #OWNED_TAIL}, {@link #OWNED} is tried in the word before it, and nowhere else. */
    private static final Pattern POSSESSIVE_TAIL = Pattern.compile(OWNED_TAIL);
    /** The words every {@link #OF} phrase starts with, the one place it is tried. */
    private static final String PANEL_OF = "(?:panel|committee) of ";
    private static final Pattern PANEL_OF_WORDS = Pattern.compile(PANEL_OF);
    /** "a panel of the tribunal", "A dispute panel of the Global Trade Council": a body's word or its capitalised name. */
    private static final Pattern OF = Pattern.compile("\\b" + PANEL_OF
            + "(?:the )?(\\p{Ll}+|\\p{Lu}[\\p{L}-]*(?: (?:of |the |for |and )*\\p{Lu}[\\p{L}-]*)*)");
    /** "The panel", "the three-member panel", "the appeals panel": a definite description the word "panel" ends. */
    private static final Pattern PANEL = Pattern.compile("(?i)the (?:[\\p{L}-]+ ){0,2}(?:panel|committee)");

    /** A decision's line listing the members who sat: "Panel: ...". */
    private static final Pattern PANEL_LINE = Pattern.compile("(?m)^Panel:");

    /** A phrase naming a panel's owner: where it starts and ends, and the owner's word ("agency", "Global Trade Council"). */
    private record Phrase(int start, int end, String owner) {
    }

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private final BodyDescriptions bodies;
    /** The text's {@link #OWNED} and {@link #OF} phrases, found at the first bare "the panel" that asks. */
    private List<Phrase> possessed;
    private List<Phrase> ofBodies;
    /** Whether the text lists a decision's panel, read at the first bare "the panel" that asks. */
    private Boolean listsPanel;
    /** By the title's word, whether the text writes "the Word": read once per document, not at every "the panel". */
    private final Map<String, Boolean> calledByWord = new HashMap<>();

    BodyPanels(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, BodyDescriptions bodies) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
        this.bodies = bodies;
    }

    /**
     * The body whose panel statement {@code a}'s unresolved mention is, or null; a mention that names the owner itself
     * ("A dispute panel of the Global Trade Council ruled") says it in full and stays.
     */
    String ownerOf(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() || !m.text().equals(a.speaker) || !PANEL.matcher(m.text()).matches()) {
            return null;
        }
        String owner = owner(Math.max(0, m.start() - ResolutionWindows.TITLED_NAME_CHARS), m.start());
        return owner != null ? owner : titledBody(m.start());
    }

    /**
     * A decision under a body's title that lists its panel ("Panel: Commissioner Ada Lind (presiding), ..."): "the panel"
     * with no owner named near it sits for the body the title names.
     */
    private String titledBody(int at) {
        if (doc.titleBlock >= 0 && listsPanel == null) {
            listsPanel = PANEL_LINE.matcher(doc.text).find();
        }
        if (doc.titleBlock < 0 || !listsPanel) {
            return null;
        }
        Block title = doc.block(doc.titleBlock);
        for (String w : doc.text(title.start(), title.end()).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (lexicon.organizations.contains(w)) {
                String named = body(w, at);
                return named != null ? named : shortName(w, at);
            }
        }
        return null;
    }

    /**
     * "The Commission" as the text calls the body its title names in capitals ("GAMING COMMISSION OF ..."), when it
     * never writes the full name in running text: the word as a name, or null when the text never capitalises it.
     */
    private String shortName(String word, int at) {
        String name = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        return calledByWord.computeIfAbsent(name, n -> Pattern.compile("\\b[Tt]he " + n + "\\b").matcher(doc.text).find())
                ? names.expand(name, SpeakerKind.ORGANIZATION, at) : null;
    }

    /**
     * The owner of the last panel the text between {@code from} and {@code to} names with one (a few paragraphs), or
     * null. The phrases are found once per document, at the first mention that asks: a regex over each mention's window
     * made a page of bare "the panel" quadratic.
     */
    private String owner(int from, int to) {
        if (possessed == null) {
            possessed = owned();
            ofBodies = panelsOf();
        }
        Phrase owned = last(possessed, from, to);
        Phrase of = last(ofBodies, from, to);
        Phrase last = of != null && (owned == null || of.start() > owned.start()) ? of : owned;
        return last == null ? null : body(last.owner(), last.start());
    }

    /**
     * The text's {@link #OWNED} phrases, as {@code find} gives them. Trying the pattern at every word's start read each
     * word twice (4 % of a page of "The panel said"); a phrase's owner is the word before a possessive the rest of the
     * phrase follows, so the pattern is tried only there, from the first letter of that word on.
     */
    private List<Phrase> owned() {
        List<Phrase> out = new ArrayList<>();
        Matcher phrase = OWNED.matcher(doc.text).useTransparentBounds(true);
        int from = 0;
        for (Matcher tail = POSSESSIVE_TAIL.matcher(doc.text); tail.find(); ) {
            for (int at = wordStart(tail.start(), from); at < tail.start(); at++) {
                if (phrase.region(at, doc.text.length()).lookingAt()) {
                    out.add(new Phrase(phrase.start(), phrase.end(), phrase.group(1)));
                    from = phrase.end();
                    break;
                }
            }
        }
        return out;
    }

    /** Where the letters and hyphens that end before {@code end} start, not before {@code from}. */
    private int wordStart(int end, int from) {
        int at = end;
        while (at > from) {
            int cp = doc.text.codePointBefore(at);
            if (!Character.isLetter(cp) && cp != '-') {
                break;
            }
            at -= Character.charCount(cp);
        }
        return Math.max(at, from);
    }

    /** The text's {@link #OF} phrases, as {@code find} gives them, the pattern tried only where its words stand. */
    private List<Phrase> panelsOf() {
        List<Phrase> out = new ArrayList<>();
        Matcher phrase = OF.matcher(doc.text).useTransparentBounds(true);
        Matcher words = PANEL_OF_WORDS.matcher(doc.text);
        for (int from = 0; from < doc.text.length() && words.find(from); ) {
            boolean found = phrase.region(words.start(), doc.text.length()).lookingAt();
            if (found) {
                out.add(new Phrase(phrase.start(), phrase.end(), phrase.group(1)));
            }
            from = found ? phrase.end() : words.start() + 1;
        }
        return out;
    }

    /** The last of {@code phrases} (in text order) that lies wholly between {@code from} and {@code to}, or null. */
    private static Phrase last(List<Phrase> phrases, int from, int to) {
        int k = Sorted.firstAtLeast(phrases, Phrase::end, to + 1) - 1;
        return k >= 0 && phrases.get(k).start() >= from ? phrases.get(k) : null;
    }

    /** "Global Trade Council" or "LADA" as the text names it in full; "agency", "tribunal" as the body it describes nearby. */
    private String body(String owner, int at) {
        if (Character.isUpperCase(owner.charAt(0))) {
            return names.expand(owner, SpeakerKind.ORGANIZATION, at);
        }
        String head = owner.toLowerCase(Locale.ROOT);
        if (!lexicon.organizations.contains(head)) {
            return null;
        }
        Name named = bodies.named(new Mention(at, at + owner.length(), "the " + owner, "", "", SpeakerKind.ORGANIZATION), head);
        return named == null ? null : names.expand(named.text(), SpeakerKind.ORGANIZATION, named.offset());
    }
}
