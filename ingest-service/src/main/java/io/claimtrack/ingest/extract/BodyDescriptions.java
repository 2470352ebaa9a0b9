package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "The company said", "the agency added": a description of an organisation stands for the body of that
 * kind the text named last, nearby ("Nordwagen AG is recalling ... The carmaker said"; "Norway ... The
 * country said").
 */
final class BodyDescriptions {

    /** Descriptions of a public body that oversees something, any one for any other. */
    private static final Set<String> OVERSIGHT = WordSet.of("agency", "authority", "regulator", "watchdog", "commission",
            "bureau", "inspectorate");

    /** Words that make a bank's name a central bank's: "European Central Bank", "Federal Reserve". */
    private static final Set<String> CENTRAL = WordSet.of("central", "reserve");

    /**
     * The words that introduce an investor a later "the fund" describes, though its name has no such word: "its largest
     * holder, the asset manager Tollway Capital, ... the fund said".
     */
    private static final Set<String> FUND = WordSet.of("fund", "investor", "manager", "shareholder", "holder");

    /**
     * Head words of a civic body's name, which "the group" describes though its name has no business word: "Helpers from
     * the Larkspur Aid Collective ... The group said". Not a university, a union or a public body, which "group" does not
     * describe ("students at Marrow University ... the group" are the students).
     */
    private static final Set<String> CIVIC = WordSet.of("network", "alliance", "coalition", "collective", "association",
            "federation", "society", "league", "campaign", "movement", "foundation");

    /** A body's own voice: "press service", "press office". */
    private static final Set<String> PRESS = WordSet.of("service", "office");

    /** Descriptions of a country or state: "the country said" is the place named last. */
    private static final Set<String> COUNTRY = WordSet.of("country", "nation");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final Businesses businesses;
    /** By description head word ("club", "fund"), the names the document introduces anywhere with a word of its kind. */
    private final Map<String, Set<String>> introduced = new HashMap<>();
    /** By description head word, the one body of its kind the document names, or none; found on the first that asks. */
    private final Map<String, Optional<Name>> only = new HashMap<>();
    private final ModifiedBodies modified;
    private final RepresentedBodies represented;
    private final TeamNames teams;
    /** Whether the text speaks of a central bank anywhere; found on the first description that asks. */
    private Boolean centralBank;

    BodyDescriptions(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.businesses = new Businesses(doc, lexicon);
        this.modified = new ModifiedBodies(doc, lexicon);
        this.represented = new RepresentedBodies(doc);
        this.teams = new TeamNames(doc, lexicon);
    }

    /**
     * The organisation named last within a few paragraphs before the description that it can describe, or null; a press
     * service speaks as its body, so "the operator's press service" is the operator.
     */
    Name named(Mention description, String head) {
        String owner = PRESS.contains(head) ? ResolutionStage.possessor(description) : null;
        if (owner != null && owner.indexOf(' ') < 0 && capitalisedDescription(owner.toLowerCase(Locale.ROOT))) {
            head = owner.toLowerCase(Locale.ROOT);
        }
        Name introducedAhead = introducedAhead(description, head);
        if (introducedAhead != null) {
            return introducedAhead;
        }
        List<Name> names = doc.names;
        for (int j = Name.lastBefore(names, description.start());
                j >= 0 && description.start() - names.get(j).offset() < Windows.TITLED_NAME_CHARS; j--) {
            Name n = names.get(j);
            // A name of the description's word alone ("Police", "the Commission") says no more than it does.
            if (n.kind() == SpeakerKind.ORGANIZATION && !descriptionOnly(n) && (describes(head, n.words()) || COUNTRY.contains(head) && lexicon.isPlace(n.text())
                    || regulates(head, n.words())) && !n.words().equals(List.of(head))) {
                return n;
            }
            if ((Businesses.WORDS.contains(head) && (isBusiness(n) || tradeName(n)) || introduced(head).contains(n.text()) || civicGroup(head, n))
                    && nearby(doc, n, description)) {
                return withPartners(doc, j);
            }
        }
        Name team = TeamNames.CLUB.contains(head) ? teams.nicknamed(description) : null;
        Name ahead = team != null ? team : ahead(description, head);
        String kind = head;
        Name one = ahead != null ? ahead : only.computeIfAbsent(kind, this::onlyOfKind).or(() -> namedUnion(kind, description)).orElse(null);
        // Not for a business, whose word a name of another kind may take ("the Hartwell company").
        if (one != null || Businesses.WORDS.contains(head)) {
            return one;
        }
        Name introduced = modified.introducedWith(description, head);
        return introduced != null ? introduced : modified.sharingModifier(description, head);
    }

    /**
     * Whether the text names the body in a sentence before the description's: "The union, which the Coastal Pilots
     * Association joined," is another union.
     */
    private boolean namedBefore(Name n, Mention description) {
        Sentence own = doc.sentenceAt(description.start());
        int first = doc.text.indexOf(n.text());
        return own == null || first >= 0 && first < own.start();
    }

    /** "the union representing its pilots": the body the text names as the one representing them ({@link RepresentedBodies}), or null. */
    Name representing(Mention description) {
        return represented.named(description);
    }

    /**
     * "Utility says it will cut power" over "Northgate Power said it would ...": a headline's or deck's description of a
     * body the story introduces with no such word ({@link #introducedAhead}) is the first body of its kind its story
     * names in the few paragraphs under it; so is the lede's ("..., their union said." over "The Harwenne Nurses
     * Federation said"), named after the lede's sentence: a body in that sentence is no apposition of it ("The union,
     * which the Coastal Pilots Association joined,"). Null if none.
     */
    private Name ahead(Mention description, String head) {
        Sentence own = doc.sentenceAt(description.start());
        if (own == null) {
            return null;
        }
        if (topLine(own.block())) {
            return below(description.end(), head, own.block());
        }
        return own.block() == doc.firstParagraph(0) ? below(own.end(), head, own.block()) : null;
    }

    /**
     * "Insurer says claim likely to exceed ..." over "Lead insurer Pembry & Tolk said", however far down, before any
     * other business the headline or lede names: the one body the story introduces with a headline's or deck's word.
     */
    private Name introducedAhead(Mention description, String head) {
        Sentence own = doc.sentenceAt(description.start());
        int introduced = own == null || !topLine(own.block()) ? -1 : businesses.onlyIntroducedAs(head);
        return introduced >= 0 ? withPartners(doc, introduced) : null;
    }

    /** The first body of the description's kind named from {@code from} in the few paragraphs under the line {@code block}. */
    private Name below(int from, String head, int block) {
        int paragraphs = 0;
        for (int j = Name.lastBefore(doc.names, from) + 1; j < doc.names.size(); j++) {
            Name n = doc.names.get(j);
            if (n.offset() - from > Windows.TITLED_NAME_CHARS) {
                return null;
            }
            Sentence s = doc.sentenceAt(n.offset());
            for (; s != null && block < s.block(); block++) {
                Block.Kind kind = doc.block(block + 1).kind();
                // The next story's headline, or past the lede's few paragraphs: no longer this headline's story.
                if (kind == Block.Kind.HEADLINE && paragraphs > 0 || kind == Block.Kind.PARAGRAPH && ++paragraphs > Windows.HEADLINE_LEDE_BLOCKS) {
                    return null;
                }
            }
            if (n.kind() == SpeakerKind.ORGANIZATION && !descriptionOnly(n) && describes(head, n.words()) || Businesses.WORDS.contains(head) && isBusiness(n)) {
                return n;
            }
        }
        return null;
    }

    /**
     * "the local said" in a story that names one union local and no other union ("Local 412 of the Dockers' Union"): that
     * local, though "a local" is someone who lives there; null for any other mention.
     */
    Name local(Mention m) {
        return !m.hasName() && "the local".equalsIgnoreCase(m.text()) ? only.computeIfAbsent("union", this::onlyOfKind).orElse(null) : null;
    }

    /** "the union" of a story that names one union local and no other union: that local, wherever the text names it. */
    private Optional<Name> onlyOfKind(String head) {
        return "union".equals(head) ? Optional.ofNullable(LocalUnions.only(doc)) : onlyNamed(head);
    }

    /**
     * "The stoppage was called by the Federation of Harbour Workers ... [two thousand characters on] ... The union said":
     * the one union the lede names, named before the description's sentence ("The union, which the Coastal Pilots
     * Association joined," is another).
     */
    private Optional<Name> namedUnion(String head, Mention description) {
        return "union".equals(head) ? only.computeIfAbsent("named union", h -> onlyNamed(head)).filter(n -> namedBefore(n, description))
                : Optional.empty();
    }

    /**
     * "Company blames higher grain costs", "Utility says it will cut power", "* Regulator cites ...": a business's, union's
     * or public body's description that a headline or its deck capitalises as the first word of its line or of a clause
     * after a semicolon ("...; Union Says ..."), read as a name; the description's lower-case word, or null. Not in a
     * related story's teaser, whose speaker is found within it.
     */
    String openingWord(Mention m) {
        String lower = headlineWord(m);
        return lower != null && capitalisedDescription(lower) && !doc.isRelated(doc.sentenceAt(m.start()).block()) ? lower : null;
    }

    /**
     * A one-word mention a headline or its deck capitalises as the first word of its line or of a clause after a
     * semicolon, in lower case ("Company", "Defense"); null if it is longer or stands elsewhere.
     */
    String headlineWord(Mention m) {
        Sentence s = doc.sentenceAt(m.start());
        if (m.text().indexOf(' ') >= 0 || s == null || !topLine(s.block())) {
            return null;
        }
        int t = doc.tokenAtOrAfter(m.start());
        return s.start() == m.start() || t > s.firstToken() && doc.tokens.get(t - 1).is(";") ? m.text().toLowerCase(Locale.ROOT) : null;
    }

    /**
     * A headline, or a bullet of its deck: a bullet among the document's first blocks with no paragraph above it
     * ("* Company says pause is precautionary" between a wire's headline and its byline).
     */
    private boolean topLine(int block) {
        return topLine(doc, block);
    }

    static boolean topLine(AnnotatedDocument doc, int block) {
        Block.Kind kind = doc.block(block).kind();
        if (kind != Block.Kind.BULLET || block >= Windows.TOP_BLOCKS) {
            return kind == Block.Kind.HEADLINE;
        }
        for (int b = block - 1; b >= 0; b--) {
            if (doc.block(b).kind() == Block.Kind.PARAGRAPH) {
                return false;
            }
        }
        return true;
    }

    /**
     * A one-word name that is a body's description ("Utility" opening a headline) names no body; nor does a public body's
     * word a headline or deck capitalises ("* Regulator cites ..."), though "the Commission" in prose may.
     */
    private boolean descriptionOnly(Name n) {
        if (n.words().size() != 1) {
            return false;
        }
        String word = n.words().get(0);
        Sentence s;
        return isBodyWord(word) || OVERSIGHT.contains(word) && (s = doc.sentenceAt(n.offset())) != null && topLine(s.block());
    }

    /**
     * A one-word mention that is a body's description, read as a name only because a headline or deck capitalises it
     * ("Regulator cites ..."): a headline's description of a body is no such word's but the body's the story names.
     */
    static boolean bodyDescription(Mention m) {
        return m.text().indexOf(' ') < 0 && capitalisedDescription(m.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether two descriptions' head words name bodies of one kind: "the agency" and "Regulator", "the firm" and "Company";
     * two businesses' words only when one says no more than that ("the company" and "Insurer"), not two trades ("the
     * carrier" and a deck's "Insurer" are two firms).
     */
    static boolean sameKind(String head, String other) {
        return head.equals(other) || OVERSIGHT.contains(head) && OVERSIGHT.contains(other)
                || Businesses.WORDS.contains(head) && Businesses.WORDS.contains(other)
                && (Businesses.GENERIC.contains(head) || Businesses.GENERIC.contains(other));
    }

    private static boolean capitalisedDescription(String word) {
        return isBodyWord(word) || OVERSIGHT.contains(word);
    }

    private static boolean isBodyWord(String word) {
        return Businesses.WORDS.contains(word) || "union".equals(word);
    }

    /**
     * "Harlow Foods Inc. said ... [two thousand characters on] ... the company said": the description of a business
     * (or a union) named nowhere near stands for the one the story is about, named in its headline or lede, when the
     * whole document names no other; not a "group" (an advocacy group, a research group), which any body may be.
     */
    private Optional<Name> onlyNamed(String head) {
        if (!Businesses.WORDS.contains(head) && !"union".equals(head) || "group".equals(head)) {
            return Optional.empty();
        }
        Name found = null;
        // "Tessly Foods will shut its Orvik bakery, the company said": a name the text itself calls a company, whatever its words.
        Set<String> called = Businesses.GENERIC.contains(head) ? businesses.describedAfter(Businesses.GENERIC) : Set.of();
        for (Name n : doc.names) {
            if ((n.kind() == SpeakerKind.ORGANIZATION && !descriptionOnly(n) && describes(head, n.words()) || called.contains(n.text()))
                    && !n.words().equals(List.of(head))) {
                // The same body named again, shorter ("Harlow Foods"), is no second one.
                if (found != null && !found.text().startsWith(n.text()) && !n.text().startsWith(found.text())) {
                    return Optional.empty();
                }
                found = found == null || n.text().length() > found.text().length() ? n : found;
            }
        }
        return found != null && inLede(found.text()) ? Optional.of(found) : Optional.empty();
    }

    /** Whether the text names {@code name} in its first {@link Windows#TOP_BLOCKS} blocks. */
    private boolean inLede(String name) {
        int b = Math.min(doc.blocks.size(), Windows.TOP_BLOCKS) - 1;
        return b >= 0 && doc.text(0, doc.block(b).end()).contains(name);
    }

    /** Whether the text makes the name a business's ({@link Businesses}). */
    boolean isBusiness(Name n) {
        return businesses.contains(n);
    }

    /**
     * "Harrow Bay Power & Light", "Kelton Foods": a name of several words, not a person's nor a place's, whose later word
     * is a business's names one, whatever kind the name reader guessed for it; asked only of a name near the description.
     */
    private boolean tradeName(Name n) {
        List<String> words = n.words();
        return words.size() > 1 && words.subList(1, words.size()).stream().anyMatch(Businesses.WORDS::contains)
                && !lexicon.isFirstName(words.get(0)) && !lexicon.isPlace(n.text());
    }

    /** "his club Atletico Brava", "the asset manager Tollway Capital": the names introduced with a word of the description's kind. */
    private Set<String> introduced(String head) {
        Set<String> words = TeamNames.CLUB.contains(head) ? TeamNames.CLUB : "fund".equals(head) ? FUND : Set.of();
        return words.isEmpty() ? words : introduced.computeIfAbsent(head, h -> businesses.introducedAs(words));
    }

    /** "the group" for a civic body's name: "the Kestrel Valley Alliance", "the Larkspur Aid Collective". */
    private static boolean civicGroup(String head, Name n) {
        return "group".equals(head) && n.kind() == SpeakerKind.ORGANIZATION && n.words().stream().anyMatch(CIVIC::contains);
    }

    /** A name the text gives no business word of its own is the description's only in its paragraph or the one before. */
    private static boolean nearby(AnnotatedDocument doc, Name n, Mention description) {
        Sentence named = doc.sentenceAt(n.offset());
        Sentence described = doc.sentenceAt(description.start());
        return named != null && described != null && described.block() - named.block() <= 1;
    }

    /** "Fenwick & Dale": a name joined to the next by an ampersand is one firm's. */
    private static Name withPartners(AnnotatedDocument doc, int j) {
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
     * "The Bank of Raskovia kept its key rate ..., the regulator said": a central bank is a regulator, by its
     * name ("Reserve Bank of Ostrava") or, a bank of a place ("Bank of X", "National Bank of X"), in a text that
     * speaks of "the central bank"; "Bank of Holm" in a text that speaks of none is a lender.
     */
    private boolean regulates(String head, List<String> name) {
        if (!"regulator".equals(head) || !name.contains("bank")) {
            return false;
        }
        if (name.stream().anyMatch(CENTRAL::contains)) {
            return true;
        }
        if (centralBank == null) {
            centralBank = doc.text.toLowerCase(Locale.ROOT).contains("central bank");
        }
        int bank = name.indexOf("bank");
        return centralBank && bank == name.size() - 3 && name.get(bank + 1).equals("of");
    }

    private boolean describes(String head, List<String> written) {
        // "the bank" for the "Banque Nationale de Norvella": a body named in its own language.
        List<String> name = written.stream().map(lexicon::bodyWord).toList();
        int at = name.indexOf(head);
        if (at >= 0) {
            // "the ministry" for "the Interior Ministry"; not "the airline" for the "Airline Pilots Association", a body of
            // another kind, whose word follows before any complement ("the council" is the "Council of the Union").
            for (int k = at + 1; k < name.size() && !"of".equals(name.get(k)) && !"for".equals(name.get(k)); k++) {
                if (lexicon.organizations.contains(name.get(k)) && !Businesses.WORDS.contains(name.get(k))) {
                    return false;
                }
            }
            return true;
        }
        if (Businesses.WORDS.contains(head)) {
            return name.stream().anyMatch(Businesses.WORDS::contains);
        }
        if ("union".equals(head)) {
            return UnionNames.isUnion(name);
        }
        return OVERSIGHT.contains(head) && name.stream().anyMatch(OVERSIGHT::contains);
    }
}
