package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two ports, Kelby and Dunmere, said", "Both carriers, Altair and Penn Freight, said": a count of two whose apposition
 * names both speaks as "A and B" in the order named (the settled convention for a group whose members the text names),
 * people as {@link NamedMembers#pair} writes them. Only an apposition of exactly two names right after the count: "Two
 * ports, Kelby among them, said" is no pair. Part of {@link ResolutionStage}.
 */
final class CountedPair {

    /**
     * "Two ports", "both carriers", "the two unions", "Two other inland states": a count of two and its plural, with up
     * to three modifiers between, nothing after it.
     */
    private static final Pattern COUNT = Pattern.compile("(?i)(?:the two|two|both(?: the)?)(?: \\p{Ll}[\\p{Ll}-]*){0,3} \\p{Ll}+s");
    /** ", Kelby and Dunmere," right after the count; a third name ("Kelby and Dunmere and Esk") is no pair. */
    private static final Pattern APPOSITION = Pattern.compile(", (" + NamedMembers.NAME + ") and (" + NamedMembers.NAME + "),");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;

    CountedPair(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
    }

    /** "A and B" for a statement of such a count; null otherwise. */
    String speakerFor(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() || m.isPronoun() || !COUNT.matcher(m.text()).matches()) {
            return null;
        }
        Matcher p = APPOSITION.matcher(doc.text).region(m.end(), doc.text.length());
        if (!p.lookingAt()) {
            return null;
        }
        String people = NamedMembers.pair(doc, lexicon, names, p.group(1), p.start(1), p.group(2), p.start(2));
        return people != null ? people : p.group(1) + " and " + p.group(2);
    }
}
