package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Two ports, Kelby and Dunmere, said", "Both carriers, Altair and Penn Freight, said": a count of two whose apposition
 * names both speaks as "A and B" in the order named (the settled convention for a group whose members the text names),
 * people as {@link NamedMembers#pair} writes them. Only an apposition of exactly two names right after the count: "Two
 * ports, Kelby among them, said" is no pair. A phrase that holds the count and its apposition, places after the names,
 * is one too ("Two other museums that hold such heads, the Haldor Museum in Kessberg and the Royal Collection in
 * Duvenbruck, said"). So is a "They" opening the sentence right after one that opens with such a
 * count ("Two members of the board, Mr Ode MP and Ms Varga MP, filed a minority report. They argued"), which no body
 * named in between takes. Part of {@link ResolutionStage}.
 */
final class CountedPair {

    /**
     * "Two ports", "both carriers", "the two unions", "Two other inland states": a count of two and its plural, with up
     * to three modifiers between, nothing after it.
     */
    private static final String COUNTED = "(?i:the two|two|both(?: the)?)(?: \\p{Ll}[\\p{Ll}-]*){0,3} \\p{Ll}+s";
    private static final Pattern COUNT = Pattern.compile("(?i)" + COUNTED);
    /** A relative clause on the count, before its apposition: "Two trustees who voted against it, A and B,". */
    private static final String RELATIVE = "(?: (?:that|which|who) [^,]{1,60})?";
    /**
     * ", Kelby and Dunmere," right after the count or its relative clause, a company's abbreviation with its period kept
     * ("Ostra Motor Co."); a third name ("Kelby and Dunmere and Esk") is no pair.
     */
    private static final Pattern APPOSITION = Pattern.compile(RELATIVE + ", (" + NamedMembers.NAME + "\\.?) and ("
            + NamedMembers.NAME + "\\.?),");
    /**
     * The count, a relative clause on it and the apposition all inside the speaker's phrase, each name with its article
     * and its place: "Two other museums that hold such heads, the Haldor Museum in Kessberg and the Royal Collection in
     * Duvenbruck,".
     */
    private static final Pattern WHOLE = Pattern.compile("(?i:" + COUNTED + ")" + RELATIVE + ", (?:the )?("
            + NamedMembers.NAME + ")(?: (?:in|of) " + NamedMembers.NAME + ")? and (?:the )?(" + NamedMembers.NAME + ")(?: (?:in|of) "
            + NamedMembers.NAME + ")?");
    /**
     * A sentence opening with such a count, a short of-phrase after it allowed, and two people titled or with letters
     * after the name: "Two members of the Committee, Mr Ode MP and Ms Varga MP,".
     */
    private static final String PERSON = "(?:(?:Mr|Mrs|Ms|Dr)\\.? )?(\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?: \\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,2})(?: \\p{Lu}{2,4})?";
    /**
     * "The Liberal members of the Committee", "the Green members of the panel": a definite plural of members, a party's
     * or side's word before it, whose apposition of two people titled or with letters after the name names them all.
     */
    private static final Pattern MEMBERS = Pattern.compile("(?:The|the) \\p{Lu}\\p{Ll}+ members(?: of (?:the )?[^,.;]{1,40})?");
    private static final Pattern TWO_PEOPLE = Pattern.compile(", " + PERSON + " and " + PERSON + ",");
    private static final Pattern OPENING_PAIR = Pattern.compile("(?:The two|Two|Both(?: the)?) \\p{Ll}+s(?: of [^,.;]{1,40})?, "
            + PERSON + " and " + PERSON + ",");

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
        if (m == null || m.isPronoun()) {
            return null;
        }
        if (!m.hasName() && COUNT.matcher(m.text()).matches()) {
            return both(APPOSITION.matcher(doc.text).region(m.end(), doc.text.length()));
        }
        if (!m.hasName() && MEMBERS.matcher(m.text()).matches()) {
            return both(TWO_PEOPLE.matcher(doc.text).region(m.end(), doc.text.length()));
        }
        Matcher whole = WHOLE.matcher(doc.text).region(m.start(), m.end());
        return whole.matches() ? both(whole) : null;
    }

    /**
     * "A and B" for a "They" opening the sentence after one that opens with a count of two named ({@link #OPENING_PAIR}),
     * or a document "Their" opens there ("Their lawsuit claims"): the pair's own.
     */
    String pronounAfter(Attribution a) {
        Mention m = a.mention;
        boolean theirs = m != null && (m.text().equals("They") || m.kind() == SpeakerKind.DOCUMENT && m.text().startsWith("Their "));
        int index = theirs ? doc.sentenceAtOrAfter(m.start()) : -1;
        if (index < 1 || index >= doc.sentences.size() || doc.sentences.get(index).start() != m.start()) {
            return null;
        }
        Sentence before = doc.sentences.get(index - 1);
        return both(OPENING_PAIR.matcher(doc.text).region(before.start(), before.end()));
    }

    /** The two people the matcher's groups name, if it matches where its region starts; null otherwise. */
    private String both(Matcher p) {
        if (!p.lookingAt()) {
            return null;
        }
        String people = NamedMembers.pair(doc, lexicon, names, p.group(1), p.start(1), p.group(2), p.start(2));
        return people != null ? people : p.group(1) + " and " + p.group(2);
    }
}
