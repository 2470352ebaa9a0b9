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
        if (m != null && m.kind() == SpeakerKind.DOCUMENT) {
            // "according to the statement" after "the companies' joint statement": the document's maker is the pair.
            return pairWord(a.speaker) ? lastPair : null;
        }
        if (m == null || m.hasName() || !pairWord(m.text())) {
            return null;
        }
        Sentence own = doc.sentenceAt(m.start());
        if (own == null) {
            return null;
        }
        String pair = pairIn(own.start(), m.start());
        for (int i = doc.sentenceAtOrAfter(own.start()) - 1, back = 0; pair == null && i >= 0 && back < ResolutionWindows.PAIR_SENTENCES; i--, back++) {
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

    /** "the companies", "both firms", "the two associations": a pair of bodies, nothing after it. */
    private boolean pairWord(String text) {
        if (text == null || !text.regionMatches(true, 0, "both ", 0, 5) && !text.regionMatches(true, 0, "the ", 0, 4)) {
            return false;
        }
        Matcher pair = PAIR.matcher(text);
        return pair.matches() && bodiesWord(pair.group(1).toLowerCase(Locale.ROOT), text);
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
            // The same body named again, shorter ("Greenbough"), is no second one; a wire's credit, "(Bloomberg) --",
            // names no party.
            if (named.stream().noneMatch(b -> b.startsWith(text) || text.startsWith(b)) && !credit(n)) {
                named.add(text);
            }
        }
        return named.size() == 2 ? named.get(0) + " and " + named.get(1) : named.size() == 1 && joinedPair(named.get(0)) ? named.get(0)
                : named.isEmpty() ? joinedNames(from, to) : null;
    }

    /**
     * "Nordby Lines and Caspar Maritime agreed to merge, the companies said": with no body named, two names of two words
     * or more joined by "and" are the pair the plural speaks of, whatever kind their words made them.
     */
    private String joinedNames(int from, int to) {
        Name before = null;
        for (int j = Name.lastBefore(doc.names, from) + 1; j < doc.names.size() && doc.names.get(j).offset() < to; j++) {
            Name n = doc.names.get(j);
            int end = before == null ? -1 : before.offset() + before.text().length();
            if (end > 0 && doc.text.startsWith(" and ", end) && end + 5 == n.offset()
                    && before.text().indexOf(' ') > 0 && n.text().indexOf(' ') > 0) {
                return before.text() + " and " + n.text();
            }
            before = n;
        }
        return null;
    }

    /** "(Reuters)", "(Bloomberg)": a name alone in brackets. */
    private boolean credit(Name n) {
        int end = n.offset() + n.text().length();
        return n.offset() > 0 && doc.text.charAt(n.offset() - 1) == '(' && end < doc.text.length() && doc.text.charAt(end) == ')';
    }

    /**
     * "Nordby Lines and Caspar Maritime agreed to merge": two bodies read as one name across "and", each of two words or
     * more; "Procter and Gamble" is one.
     */
    private static boolean joinedPair(String name) {
        int and = name.indexOf(" and ");
        return and > 0 && name.lastIndexOf(' ', and - 1) > 0 && name.indexOf(' ', and + 5) > 0 && name.indexOf(" and ", and + 5) < 0;
    }

    /** "A agreed to buy smaller rival B": a name given "rival" as its title after a body is named is a body too. */
    private static boolean rivalOf(List<String> named, Name n) {
        return !named.isEmpty() && (n.role().equalsIgnoreCase("rival") || n.role().toLowerCase(Locale.ROOT).endsWith(" rival"));
    }
}
