package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a text makes a business's, whatever their words: introduced with a word for one ("Oil producer Tarrant
 * Energy", "Freshway Markets, the region's grocery chain,") or traded ("shares of Tolvane Telecom"); part of
 * {@link BodyDescriptions}. A thing's operator, owner or maker ("operated by Grey Plover Lines", "Corran Rail, which built
 * the trams,") is one too.
 */
final class Businesses {

    /** Descriptions of a business, and the words that make a name a business's. */
    static final Set<String> WORDS = WordSet.of("company", "firm", "carmaker", "automaker", "lender", "insurer",
            "retailer", "grocer", "grocers", "airline", "carrier", "manufacturer", "operator", "group", "maker", "giant", "conglomerate", "bank",
            "startup", "chain", "producer", "corporation", "corp", "co", "inc", "ag", "ltd", "llc", "plc", "sa", "gmbh", "nv",
            "se", "ab", "asa", "holdings", "airlines", "airways", "ferries", "motors", "foods", "analytics", "electronics", "laboratories", "utility", "hydro", "railroad", "railway", "owner", "landlord", "industries", "mining", "power", "platform", "builder", "seller", "vendor", "supplier", "wireless", "telecom", "communications", "systems", "technologies");

    /**
     * The words of {@link #WORDS} for a trade that no list of bodies holds, since a modifier makes some a person's ("a
     * mail carrier"), but that name a business when bare ("the carrier said"): not "the platform", "the chain", "the
     * owner", "the producer", which are often a party's, a shop's or a person's.
     */
    static final Set<String> BARE = WordSet.of("carrier", "grocer", "startup", "conglomerate");

    /** The words of {@link #WORDS} that say only that a body is a business, whatever its trade. */
    static final Set<String> GENERIC = WordSet.of("company", "firm", "group", "corporation", "conglomerate", "giant");

    /**
     * The lower-case word right before a name, or before the comma of an apposition: "producer " in "Oil producer
     * Tarrant Energy", "operator, " in "the private operator, Clearline Water Services".
     */
    private static final Pattern WORD_BEFORE = Pattern.compile("\\b([a-z]+),? $");
    /**
     * The head word of a description whose contact clause a pronoun opens, set off before a name: "company" in "the
     * company they built, Parcelwise"; read within {@link ResolutionWindows#CLAUSE_BEFORE_CHARS}.
     */
    private static final Pattern CLAUSE_BEFORE = Pattern.compile("\\b(?:the|a|an) ([a-z]+) (?:they|she|he|we|I) [a-z]+, $");
    /**
     * The head word of an apposition right after a name, ending at its comma or, a definite one, its relative clause:
     * "chain" in "Freshway Markets, the region's third-largest grocery chain, said", "Orvane, Kestria's largest drugmaker,"
     * or "..., the family-owned chain that has sold groceries since 1947,"; read within {@link ResolutionWindows#APPOSITION_AFTER_CHARS}.
     */
    private static final Pattern APPOSITION_AFTER = Pattern.compile("^, (?:(?:a|an|\\p{Lu}[\\p{L}-]*['’]s) [^,.\"]*?\\b([a-z]+),|the [^,.\"]*?\\b([a-z]+)(?:,| (?:that|which) ))");
    /** The head word of an apposition right after a name that names its trade with "of": "maker" in "Vantix, a maker of door locks,". */
    private static final Pattern TRADE_OF_AFTER = Pattern.compile("^, (?:a|an|the) (?:[a-z’'-]+ ){0,3}?([a-z]+) of [^,.\"]*,");
    /** The trade word whose compounds name a trade too: "drugmaker", "chipmaker", "toymaker". */
    private static final String MAKER = "maker";
    /** Between two names a plural apposition introduces together: "A and B, the two carriers that". */
    private static final String AND = " and ";

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    /** The business names and each shortened by its last words; found on the first description that asks. */
    private Set<String> names;
    /** How many times the text gives each name; counted on the first business asked whether it is named again. */
    private Map<String, Integer> times;
    /** The trade names ({@link BodyKinds#tradeName}) and each shortened by its last words; found on the first that asks. */
    private Set<String> tradeShortenings;

    Businesses(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /**
     * "Oil producer Tarrant Energy fell", "shares of retailer Fenwick & Dale", "the operator, Clearline Water": a name
     * the text introduces with a word for a business, or whose shares it speaks of, is one, whatever its words, wherever
     * the text names it again ("packaged-food maker Dunmore Foods" in the lede, "Dunmore Foods shares tumbled" paragraphs
     * down), or shortened ("Clearline"); not a person's ("film producer Hal Dorn"), nor a place's ("shares in Europe").
     */
    boolean contains(Name n) {
        if (names == null) {
            names = new HashSet<>();
            Set<String> full = introducedAs(WORDS);
            full.addAll(TradedNames.of(doc, lexicon));
            Set<String> surnames = surnames();
            names.addAll(new ShortenedSubjects(doc, lexicon).before(GENERIC, surnames));
            names.addAll(ShortenedSubjects.withShortenings(full, surnames));
            names.addAll(lengthened(full));
        }
        return names.contains(n.text());
    }

    /**
     * "Halvard Copper said ... Shares in Halvard fell ... accused Halvard of": a business the text names more than once,
     * in full or shortened by its last words; "shipping group Nordlys Lines" named once in passing is not.
     */
    boolean namedAgain(Name n) {
        if (!contains(n)) {
            return false;
        }
        if (times == null) {
            times = new HashMap<>();
            for (Name m : doc.names) {
                times.merge(m.text(), 1, Integer::sum);
            }
        }
        String text = n.text();
        int named = 0;
        for (int space = text.length(); space > 0; space = text.lastIndexOf(' ', space - 1)) {
            named += times.getOrDefault(text.substring(0, space), 0);
        }
        return named > 1;
    }

    /**
     * "Halvard Copper said ... Shares in Halvard fell": a name the text gives in full whose first words alone it makes a
     * business's ({@code shortNames}) is that business's full name; not a person's ("Shares in Lund" beside "Lund Berg").
     */
    private Set<String> lengthened(Set<String> shortNames) {
        Set<String> out = new HashSet<>();
        for (Name n : doc.names) {
            String text = n.text();
            int space = text.indexOf(' ');
            if (space <= 0 || !n.role().isEmpty() || lexicon.isFirstName(n.words().get(0))) {
                continue;
            }
            for (; space > 0; space = text.indexOf(' ', space + 1)) {
                if (shortNames.contains(text.substring(0, space))) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    /**
     * "Vantage's engineer said" after "Vantage Wireless" in the lede: a trade name shortened by its last words is the
     * business's too, though the text introduces it with no word for one; not a place's nor a person's surname.
     */
    boolean shortensTradeName(Name n, BodyKinds kinds) {
        if (tradeShortenings == null) {
            Set<String> full = new HashSet<>();
            for (Name m : doc.names) {
                if (kinds.tradeName(m)) {
                    full.add(m.text());
                }
            }
            tradeShortenings = ShortenedSubjects.withShortenings(full, surnames());
        }
        return tradeShortenings.contains(n.text()) && !lexicon.isFirstName(n.words().get(0)) && !lexicon.isPlace(n.text());
    }

    /**
     * The names the text introduces anywhere with one of {@code words} right before them or heading their
     * apposition ("Freshway Markets, the region's grocery chain,"), not a person's; a plural apposition after two names
     * joined by "and" introduces both ("Skellan Air and Bluewater Connect, the two small carriers that").
     */
    Set<String> introducedAs(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (int j = 0; j < doc.names.size(); j++) {
            Name n = doc.names.get(j);
            Matcher before = WORD_BEFORE.matcher(doc.text(Math.max(0, n.offset() - ResolutionWindows.WORD_BEFORE_CHARS), n.offset()));
            Matcher clause = CLAUSE_BEFORE.matcher(doc.text(Math.max(0, n.offset() - ResolutionWindows.CLAUSE_BEFORE_CHARS), n.offset()));
            int end = n.offset() + n.text().length();
            String head = appositionHead(end);
            Name next = j + 1 < doc.names.size() ? doc.names.get(j + 1) : null;
            if (head == null && next != null && next.offset() - end == AND.length() && doc.text.startsWith(AND, end)) {
                String pair = appositionHead(next.offset() + next.text().length());
                head = pair != null && pair.endsWith("s") ? pair : null;
            }
            // A word the name reader took as its role ("the asset manager Tollway Capital") introduces it as one before it would.
            String role = Name.afterLastSpace(n.role()).toLowerCase(Locale.ROOT);
            if ((before.find() && trade(words, before.group(1)) || clause.find() && trade(words, clause.group(1)) || trade(words, role)
                    || head != null && (trade(words, head) || trade(words, WordForms.singular(head))) || trade(words, tradeOfHead(end)))
                    && !lexicon.isFirstName(n.words().get(0))) {
                out.add(n.text());
            }
        }
        out.addAll(describedAfter(words));
        return out;
    }

    /** Whether {@code word} is one of {@code words}, or a compound of its "maker" ("drugmaker", "chipmaker"). */
    private static boolean trade(Set<String> words, String word) {
        return words.contains(word) || words.contains(MAKER) && word.length() > MAKER.length() && word.endsWith(MAKER);
    }

    /**
     * "Tessly Foods will shut its Orvik bakery, the company said": the name that opens what a definite description after
     * it says, headed by one of {@code words}, is the body it describes, not a person's ("Anna Berg will lead the unit,
     * the company said", nor "Berg" of a person named in full) nor a place's; a name with a business's word ("Halberd
     * Foods Inc.") is found by that word, and its shortenings are left to name the business where the text does so.
     */
    Set<String> describedAfter(Set<String> words) {
        Set<String> out = new HashSet<>();
        Set<String> surnames = surnames();
        for (Attribution a : doc.attributions) {
            Mention m = a.mention;
            if (m == null || m.hasName() || m.start() < a.contentEnd || !m.text().toLowerCase(Locale.ROOT).startsWith("the ")
                    || !words.contains(DescriptionHeads.headWord(m.text()))) {
                continue;
            }
            int j = Name.lastBefore(doc.names, a.contentStart + 1);
            Name n = j >= 0 ? doc.names.get(j) : null;
            if (n != null && n.offset() == a.contentStart && n.role().isEmpty() && capitalisedWords(n) && n.words().stream().noneMatch(WORDS::contains)
                    && !lexicon.isFirstName(n.words().get(0)) && !lexicon.isPlace(n.text()) && !surnames.contains(n.text())
                    && !placeModifier(n)) {
                out.add(n.text());
            }
        }
        return out;
    }

    /**
     * "The Westport-based carrier", "The Harbor City-owned line": a name ending in a place and a participle joined by a
     * hyphen describes the business by where it sits or who owns it; the name is the business's own, not this.
     */
    private static boolean placeModifier(Name n) {
        String last = Name.afterLastSpace(n.text());
        int hyphen = last.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < last.length() && Character.isLowerCase(last.charAt(hyphen + 1)) && last.endsWith("ed");
    }

    /**
     * A name of two words or more, each capitalised: a word that opens a sentence alone ("None", "Deliveries") or with a
     * lower-case word ("Shares of Halberd") is read as a name only because it opens the sentence.
     */
    private boolean capitalisedWords(Name n) {
        String text = n.text();
        if (n.words().size() < 2) {
            return false;
        }
        for (int at = text.indexOf(' ') + 1; at > 0; at = text.indexOf(' ', at) + 1) {
            if (!Character.isUpperCase(text.charAt(at))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index among the document's names of the one name the text introduces with {@code word} ("Lead insurer Pembry"
     * for "insurer"), at its first mention; -1 if it introduces none or several.
     */
    int onlyIntroducedAs(String word) {
        Set<String> introduced = WORDS.contains(word) ? introducedAs(Set.of(word)) : Set.of();
        if (introduced.size() != 1) {
            return -1;
        }
        String only = introduced.iterator().next();
        for (int j = 0; j < doc.names.size(); j++) {
            if (doc.names.get(j).text().equals(only)) {
                return j;
            }
        }
        return -1;
    }

    /** The head word before "of" of the apposition right after a name ending at {@code end}; "" when none. */
    private String tradeOfHead(int end) {
        Matcher after = TRADE_OF_AFTER.matcher(doc.text(end, Math.min(doc.text.length(), end + ResolutionWindows.APPOSITION_AFTER_CHARS)));
        return after.find() ? after.group(1) : "";
    }

    /** The head word of the apposition right after a name ending at {@code end}; null when none. */
    private String appositionHead(int end) {
        Matcher after = APPOSITION_AFTER.matcher(doc.text(end, Math.min(doc.text.length(), end + ResolutionWindows.APPOSITION_AFTER_CHARS)));
        return after.find() ? after.group(after.group(1) != null ? 1 : 2) : null;
    }

    /** "Fenwick & Dale": a name joined to the next by an ampersand is one firm's. */
    static Name withPartners(AnnotatedDocument doc, int j) {
        Name n = doc.names.get(j);
        int end = n.offset() + n.text().length();
        while (j + 1 < doc.names.size()) {
            Name next = doc.names.get(j + 1);
            if (!doc.text(end, next.offset()).strip().equals("&")) {
                break;
            }
            end = next.offset() + next.text().length();
            j++;
        }
        return end == n.offset() + n.text().length() ? n : new Name(doc.text(n.offset(), end), SpeakerKind.ORGANIZATION, "", n.offset());
    }

    /**
     * Whether a plural is of a word for a business ("carriers", "companies"), or "businesses" ("a family business" is
     * too loose a word to make a name a business's, so it is no word of {@link #WORDS}).
     */
    static boolean isPlural(String word) {
        return WORDS.contains(WordForms.singular(word)) || word.equals("businesses");
    }

    /**
     * The last words of the names the text gives with a first name: people's surnames, whatever kind the name was read
     * as ("Michael R. Bloomberg" beside the outlet "Bloomberg").
     */
    private Set<String> surnames() {
        Set<String> out = new HashSet<>();
        for (Name n : doc.names) {
            List<String> words = n.words();
            if (words.size() > 1 && lexicon.isFirstName(words.get(0))) {
                out.add(Name.afterLastSpace(n.text()));
            }
        }
        return out;
    }
}
