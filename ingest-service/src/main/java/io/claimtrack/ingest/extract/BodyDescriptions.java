package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "The company said", "the agency added": a description of an organisation stands for the body of that
 * kind the text named last, nearby ("Nordwagen AG is recalling ... The carmaker said"; "Norway ... The
 * country said").
 */
final class BodyDescriptions {

    /**
     * The words that introduce an investor a later "the fund" describes, though its name has no such word: "its largest
     * holder, the asset manager Tollway Capital, ... the fund said".
     */
    private static final Set<String> FUND = WordSet.of("fund", "investor", "manager", "shareholder", "holder");

    /** A body's own voice: "press service", "press office". */
    private static final Set<String> PRESS = WordSet.of("service", "office");

    /** Descriptions of a country or state: "the country said" is the place named last. */
    private static final Set<String> COUNTRY = WordSet.of("country", "nation");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final Businesses businesses;
    /** By description head word ("club", "fund"), the names the document introduces anywhere with a word of its kind. */
    private final Map<String, Set<String>> introduced = new HashMap<>();
    private final ModifiedBodies modified;
    private final RepresentedBodies represented;
    private final TeamNames teams;
    private final BodyKinds kinds;
    private final StoryBodies story;
    private final BodiesSetOff setOff;

    BodyDescriptions(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.businesses = new Businesses(doc, lexicon);
        this.modified = new ModifiedBodies(doc, lexicon);
        this.represented = new RepresentedBodies(doc);
        this.teams = new TeamNames(doc, lexicon);
        this.kinds = new BodyKinds(doc, lexicon);
        this.story = new StoryBodies(doc, businesses, kinds);
        this.setOff = new BodiesSetOff(doc, lexicon);
    }

    /**
     * The organisation the text sets off after the description's own words ({@link BodiesSetOff}), else the one named last
     * within a few paragraphs before it that it can describe, or null; a press service speaks as its body, so "the
     * operator's press service" is the operator.
     */
    Name named(Mention description, String head) {
        String owner = PRESS.contains(head) ? ResolutionStage.possessor(description) : null;
        if (owner != null && owner.indexOf(' ') < 0 && BodyKinds.capitalisedDescription(owner.toLowerCase(Locale.ROOT))) {
            head = owner.toLowerCase(Locale.ROOT);
        }
        Name apposed = setOff.named(description, head);
        if (apposed != null) {
            return apposed;
        }
        Name introducedAhead = story.introducedAhead(description, head);
        if (introducedAhead != null) {
            return introducedAhead;
        }
        Name holding = story.holding(head, description);
        if (holding != null) {
            return holding;
        }
        List<Name> names = doc.names;
        for (int j = Name.lastBefore(names, description.start());
                j >= 0 && description.start() - names.get(j).offset() < ResolutionWindows.TITLED_NAME_CHARS; j--) {
            Name n = names.get(j);
            // A name of the description's word alone ("Police", "the Commission") says no more than it does.
            if (n.kind() == SpeakerKind.ORGANIZATION && !kinds.descriptionOnly(n) && (kinds.describes(head, n.words()) || COUNTRY.contains(head) && lexicon.isPlace(n.text())
                    || kinds.regulates(head, n.words())) && !n.words().equals(List.of(head))) {
                return n;
            }
            if ((Businesses.WORDS.contains(head) && (isBusiness(n) || kinds.tradeName(n) || businesses.shortensTradeName(n, kinds)) || introduced(head).contains(n.text()) || BodyKinds.civicGroup(head, n))
                    && nearby(doc, n, description)) {
                return Businesses.withPartners(doc, j);
            }
        }
        Name team = TeamNames.CLUB.contains(head) ? teams.nicknamed(description) : null;
        Name ahead = team != null ? team : story.ahead(description, head);
        Name one = ahead != null ? ahead : story.only(head, description);
        // Not for a business, whose word a name of another kind may take ("the Hartwell company").
        if (one != null || Businesses.WORDS.contains(head)) {
            return one;
        }
        Name introduced = modified.introducedWith(description, head);
        return introduced != null ? introduced : modified.sharingModifier(description, head);
    }

    /** "the union representing its pilots": the body the text names as the one representing them ({@link RepresentedBodies}), or null. */
    Name representing(Mention description) {
        return represented.named(description);
    }

    /**
     * "the local said" in a story that names one union local and no other union ("Local 412 of the Dockers' Union"): that
     * local, though "a local" is someone who lives there; null for any other mention.
     */
    Name local(Mention m) {
        return story.local(m);
    }

    /**
     * "Company blames higher grain costs", "Utility says it will cut power", "* Regulator cites ...": a business's, union's
     * or public body's description that a headline or its deck capitalises as the first word of its line or of a clause
     * after a semicolon ("...; Union Says ..."), read as a name; the description's lower-case word, or null. Not in a
     * related story's teaser, whose speaker is found within it.
     */
    String openingWord(Mention m) {
        String lower = headlineWord(m);
        // "Rating agency sees ...": the body's word after the trade it serves, the line's capital on the trade.
        int space = lower == null ? m.text().indexOf(' ') : -1;
        String head = space > 0 && m.text().indexOf(' ', space + 1) < 0 && opensHeadline(m) ? m.text().substring(space + 1) : null;
        lower = head != null && lexicon.organizations.contains(head) ? head : lower;
        return lower != null && BodyKinds.capitalisedDescription(lower) && !doc.isRelated(doc.sentenceAt(m.start()).block()) ? lower : null;
    }

    /**
     * A one-word mention a headline or its deck capitalises as the first word of its line or of a clause after a
     * semicolon, in lower case ("Company", "Defense"); null if it is longer or stands elsewhere.
     */
    String headlineWord(Mention m) {
        return m.text().indexOf(' ') < 0 && opensHeadline(m) ? m.text().toLowerCase(Locale.ROOT) : null;
    }

    /** Whether the mention opens a headline's or its deck's line or a clause there after a semicolon. */
    private boolean opensHeadline(Mention m) {
        Sentence s = doc.sentenceAt(m.start());
        if (s == null || !topLine(doc, s.block())) {
            return false;
        }
        int t = doc.tokenAtOrAfter(m.start());
        return s.start() == m.start() || t > s.firstToken() && doc.tokens.get(t - 1).is(";");
    }

    /**
     * A headline, or a bullet of its deck: a bullet among the document's first blocks with no paragraph above it
     * ("* Company says pause is precautionary" between a wire's headline and its byline).
     */

    static boolean topLine(AnnotatedDocument doc, int block) {
        Block.Kind kind = doc.block(block).kind();
        if (kind != Block.Kind.BULLET || block >= ResolutionWindows.TOP_BLOCKS) {
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
     * A one-word mention that is a body's description, read as a name only because a headline or deck capitalises it
     * ("Regulator cites ..."): a headline's description of a body is no such word's but the body's the story names.
     */
    static boolean bodyDescription(Mention m) {
        return m.text().indexOf(' ') < 0 && BodyKinds.capitalisedDescription(m.text().toLowerCase(Locale.ROOT));
    }

    /** Whether the text makes the name a business's ({@link Businesses}). */
    boolean isBusiness(Name n) {
        return businesses.contains(n);
    }

    /** "his club Atletico Brava", "the asset manager Tollway Capital", "The miners' union, Kestra Metal,": names introduced as the description's kind. */
    private Set<String> introduced(String head) {
        Set<String> words = TeamNames.CLUB.contains(head) ? TeamNames.CLUB : "fund".equals(head) ? FUND : "union".equals(head) ? Set.of(head) : Set.of();
        return words.isEmpty() ? words : introduced.computeIfAbsent(head, h -> businesses.introducedAs(words));
    }

    /** A name the text gives no business word of its own is the description's only in its paragraph or the one before. */
    private static boolean nearby(AnnotatedDocument doc, Name n, Mention description) {
        Sentence named = doc.sentenceAt(n.offset());
        Sentence described = doc.sentenceAt(description.start());
        return named != null && described != null && described.block() - named.block() <= 1;
    }
}
