package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A has agreed to be bought by B for $640 million, the two companies announced": a merger story's "the two companies"
 * (or "both firms", "the two banks", "the companies", and "the two associations" of a guild and an association) are the two bodies its sentence names before it, or the last
 * sentence before it that names two (a paragraph or two up: "A and B will merge. ¶ The two carriers said"), and speak
 * as "A and B" in the order named, as the settled convention gives a group whose members the text names; part of
 * {@link ResolutionStage}. A name the text calls a body's "rival" ("agreed to buy smaller rival Osprey Air") is the
 * other body, whatever its words. A pair named so once stays that pair: "The companies said" at the story's end, under
 * paragraphs that name one or three bodies, is the pair an earlier "the two companies" was.
 */
final class TwoBodies {

    /** "The two companies", "both firms", "the two operators", "the companies": a pair of businesses, nothing after it. */
    private static final Pattern PAIR = Pattern.compile("(?i)(?:both(?: the)?|the(?: two)?) (\\p{Ll}+s)");

    /** "the parties" of a deal the text named: "Norvik Air's proposed acquisition of Skylane Regional". */
    private static final Pattern PARTIES = Pattern.compile("(?i)the parties");
    private static final String NAME = "\\p{Lu}[\\p{L}&.-]*(?: \\p{Lu}[\\p{L}&.-]*){0,3}";
    /** A deal between two named bodies: "A's proposed acquisition of B", "A' takeover of B" ("Tarn Coaches'"). */
    private static final Pattern DEAL = Pattern.compile("(" + NAME + ")(?:['’]s|(?<=s)['’]) (?:proposed |planned )?(?:acquisition|takeover|purchase) of ("
            + NAME + ")");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final BodyDescriptions bodies;
    /** The deals the text names, by where each starts; read when "the parties" first asks. */
    private TreeMap<Integer, String> deals;
    /** The pair the last such statement was given, asked of the statements in the text's order; null before one. */
    private String lastPair;

    TwoBodies(AnnotatedDocument doc, Lexicon lexicon, BodyDescriptions bodies) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.bodies = bodies;
    }

    /**
     * "A and B" for a statement of such a pair; the pair named before when neither its sentence nor one of the few before
     * names two bodies; null when no pair was named.
     */
    String speakerFor(Attribution a) {
        Mention m = a.mention;
        // The pattern's first word, asked first: a matcher per statement ("he", "the minister") was 1 % of a long
        // text's first read.
        if (m != null && PARTIES.matcher(m.text()).matches()) {
            return dealBefore(m.start());
        }
        Matcher pairWord = m == null || m.hasName() || !opensPair(m.text()) ? null : PAIR.matcher(m.text());
        if (pairWord == null || !pairWord.matches() || !bodiesWord(pairWord.group(1).toLowerCase(Locale.ROOT), m.text())) {
            return null;
        }
        Sentence own = doc.sentenceAt(m.start());
        if (own == null) {
            return null;
        }
        String pair = pairIn(own.start(), m.start());
        for (int i = doc.sentenceAtOrAfter(own.start()) - 1, back = 0; pair == null && i >= 0 && back < Windows.PAIR_SENTENCES; i--, back++) {
            pair = pairIn(doc.sentences.get(i).start(), doc.sentences.get(i).end());
        }
        lastPair = pair != null ? pair : lastPair;
        return lastPair;
    }

    /**
     * "the two companies" and any plural of a business word; "the two associations", "both unions" and any counted plural
     * of a body's head word ("Traders' Guild" and "Fishermen's Association" are two associations).
     */
    private boolean bodiesWord(String plural, String mention) {
        boolean counted = !mention.regionMatches(true, 0, "the " + plural, 0, plural.length() + 4);
        return Businesses.isPlural(plural) || counted && lexicon.organizations.contains(WordForms.singular(plural));
    }

    /**
     * "The Commission approved Norvik Air's proposed acquisition of Skylane Regional. ... The parties argued": the two
     * bodies of the last deal named before {@code at}, buyer first; null if none.
     */
    private String dealBefore(int at) {
        if (deals == null) {
            // Read once: a treaty's many "the parties" would each scan the text again.
            deals = new TreeMap<>();
            for (Matcher d = DEAL.matcher(doc.text); d.find(); ) {
                deals.put(d.start(), d.group(1) + " and " + d.group(2));
            }
        }
        Map.Entry<Integer, String> deal = deals.lowerEntry(at);
        return deal == null ? null : deal.getValue();
    }

    private static boolean opensPair(String text) {
        return text.regionMatches(true, 0, "both ", 0, 5) || text.regionMatches(true, 0, "the ", 0, 4);
    }

    /**
     * The two bodies named between {@code from} and {@code to}, joined by "and"; null unless exactly two. A business the
     * text introduces with a word for one ("Marrow Markets, the grocery chain,") is a body however its name was read.
     */
    private String pairIn(int from, int to) {
        List<String> named = new ArrayList<>();
        for (int j = Name.lastBefore(doc.names, from) + 1; j < doc.names.size() && doc.names.get(j).offset() < to; j++) {
            Name n = doc.names.get(j);
            if (n.kind() != SpeakerKind.ORGANIZATION && !bodies.isBusiness(n) && !rivalOf(named, n) || lexicon.isPlace(n.text())) {
                continue;
            }
            String text = n.text();
            // The same body named again, shorter ("Greenbough"), is no second one.
            if (named.stream().noneMatch(b -> b.startsWith(text) || text.startsWith(b))) {
                named.add(text);
            }
        }
        return named.size() == 2 ? named.get(0) + " and " + named.get(1) : null;
    }

    /** "A agreed to buy smaller rival B": a name given "rival" as its title after a body is named is a body too. */
    private static boolean rivalOf(List<String> named, Name n) {
        return !named.isEmpty() && (n.role().equalsIgnoreCase("rival") || n.role().toLowerCase(Locale.ROOT).endsWith(" rival"));
    }
}
