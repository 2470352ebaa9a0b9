package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A description no body near it explains stands for the body its story is about: the one a headline's or lede's
 * description introduces below it, or the one body of its kind the whole document names. Part of
 * {@link BodyDescriptions}.
 */
final class StoryBodies {

    /** Collecting and care institutions, whose story is about one of them as a business's is about the business. */
    private static final Set<String> INSTITUTIONS = WordSet.of("zoo", "museum", "gallery", "hospital", "clinic");

    private final AnnotatedDocument doc;
    private final Businesses businesses;
    private final BodyKinds kinds;
    /** By description head word, the one body of its kind the document names, or none; found on the first that asks. */
    private final Map<String, Optional<Name>> only = new HashMap<>();
    /** By description head word, the one body whose name holds that word, or none; found on the first that asks. */
    private final Map<String, Optional<Name>> holding = new HashMap<>();
    /** Where the text first names each name; built on the first ask. */
    private Map<String, Integer> firstNamed;

    StoryBodies(AnnotatedDocument doc, Businesses businesses, BodyKinds kinds) {
        this.doc = doc;
        this.businesses = businesses;
        this.kinds = kinds;
    }

    /** The one body of the description's kind the document names ({@link #onlyOfKind}, {@link #namedUnion}), or null. */
    Name only(String head, Mention description) {
        return only.computeIfAbsent(head, this::onlyOfKind).or(() -> namedUnion(head, description)).orElse(null);
    }

    /**
     * "Castelnor National Railways said ... [an economist at Banque Meridienne quoted] ... The railway said": a trade's or
     * a care institution's description stands for the one body whose name holds its word ({@link BodyKinds#holdsOwnWord}),
     * named before its sentence however far up, over any business named nearer; null when the text names none or two.
     */
    Name holding(String head, Mention description) {
        if (!INSTITUTIONS.contains(head) && (!Businesses.WORDS.contains(head) || Businesses.GENERIC.contains(head))) {
            return null;
        }
        Name n = holding.computeIfAbsent(head, this::onlyHolding).orElse(null);
        Sentence own = doc.sentenceAt(description.start());
        return n != null && own != null && n.offset() < own.start() ? n : null;
    }

    /** The first naming of the one body whose name holds the word, or none. */
    private Optional<Name> onlyHolding(String head) {
        Name found = null;
        for (Name n : doc.names) {
            if (n.kind() == SpeakerKind.ORGANIZATION && !kinds.descriptionOnly(n) && n.words().size() > 1
                    && kinds.holdsOwnWord(head, n.words()) && kinds.describes(head, n.words())) {
                // The same body named again, shorter ("Castelnor Railways"), is no second one.
                if (found != null && !found.text().startsWith(n.text()) && !n.text().startsWith(found.text())) {
                    return Optional.empty();
                }
                found = found == null ? n : found;
            }
        }
        return Optional.ofNullable(found);
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

    /**
     * "Utility says it will cut power" over "Northgate Power said it would ...": a headline's or deck's description of a
     * body the story introduces with no such word ({@link #introducedAhead}) is the first body of its kind its story
     * names in the few paragraphs under it; so is the lede's ("..., their union said." over "The Harwenne Nurses
     * Federation said"), named after the lede's sentence: a body in that sentence is no apposition of it ("The union,
     * which the Coastal Pilots Association joined,"). Null if none.
     */
    Name ahead(Mention description, String head) {
        Sentence own = doc.sentenceAt(description.start());
        if (own == null) {
            return null;
        }
        if (BodyDescriptions.topLine(doc, own.block())) {
            return below(description.end(), head, own.block());
        }
        return own.block() == doc.firstParagraph(0) ? below(own.end(), head, own.block()) : null;
    }

    /**
     * "Insurer says claim likely to exceed ..." over "Lead insurer Pembry & Tolk said", however far down, before any
     * other business the headline or lede names: the one body the story introduces with a headline's or deck's word.
     */
    Name introducedAhead(Mention description, String head) {
        Sentence own = doc.sentenceAt(description.start());
        int introduced = own == null || !BodyDescriptions.topLine(doc, own.block()) ? -1 : businesses.onlyIntroducedAs(head);
        return introduced >= 0 ? Businesses.withPartners(doc, introduced) : null;
    }

    /**
     * The first body of the description's kind named from {@code from} in the few paragraphs under the line {@code block};
     * a business's, a name the text makes one or a trade name ("Brenlow Communications", {@link BodyKinds#tradeName}).
     */
    private Name below(int from, String head, int block) {
        int paragraphs = 0;
        for (int j = Name.lastBefore(doc.names, from) + 1; j < doc.names.size(); j++) {
            Name n = doc.names.get(j);
            if (n.offset() - from > ResolutionWindows.TITLED_NAME_CHARS) {
                return null;
            }
            Sentence s = doc.sentenceAt(n.offset());
            for (; s != null && block < s.block(); block++) {
                Block.Kind kind = doc.block(block + 1).kind();
                // The next story's headline, or past the lede's few paragraphs: no longer this headline's story.
                if (kind == Block.Kind.HEADLINE && paragraphs > 0 || kind == Block.Kind.PARAGRAPH && ++paragraphs > ResolutionWindows.HEADLINE_LEDE_BLOCKS) {
                    return null;
                }
            }
            if (n.kind() == SpeakerKind.ORGANIZATION && !kinds.descriptionOnly(n) && kinds.describes(head, n.words())
                    || Businesses.WORDS.contains(head) && (businesses.contains(n) || kinds.tradeName(n))) {
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
     * "Harlow Foods Inc. said ... [two thousand characters on] ... the company said": the description of a business
     * (or a union) named nowhere near stands for the one the story is about, named in its headline or lede, when the
     * whole document names no other; not a "group" (an advocacy group, a research group), which any body may be. So is
     * a zoo's, museum's or hospital's ("The zoo says" ten paragraphs under "the Parc zoologique du Lannois ..., the zoo
     * announced").
     */
    private Optional<Name> onlyNamed(String head) {
        if (!Businesses.WORDS.contains(head) && !"union".equals(head) && !INSTITUTIONS.contains(head) || "group".equals(head)) {
            return Optional.empty();
        }
        Name found = null;
        // "Tessly Foods will shut its Orvik bakery, the company said", "Shares in Halvard" again and again: a name the text makes a company's.
        Set<String> called = Businesses.GENERIC.contains(head) ? businesses.describedAfter(Businesses.GENERIC) : Set.of();
        for (Name n : doc.names) {
            if ((n.kind() == SpeakerKind.ORGANIZATION && !kinds.descriptionOnly(n) && kinds.describes(head, n.words()) || called.contains(n.text())
                    || !"union".equals(head) && businesses.namedAgain(n) && namedInLede(n)) && !n.words().equals(List.of(head))) {
                // The same body named again, shorter ("Harlow Foods"), is no second one.
                if (found != null && !found.text().startsWith(n.text()) && !n.text().startsWith(found.text())) {
                    return Optional.empty();
                }
                found = found == null || n.text().length() > found.text().length() ? n : found;
            }
        }
        return found != null && inLede(found.text()) ? Optional.of(found) : Optional.empty();
    }

    /** Whether the text names {@code name} in its first {@link ResolutionWindows#TOP_BLOCKS} blocks. */
    private boolean inLede(String name) {
        int at = doc.text.indexOf(name);
        return at >= 0 && at + name.length() <= ledeEnd();
    }

    /** Whether the text first names {@code n}'s name within its first {@link ResolutionWindows#TOP_BLOCKS} blocks; one pass per document. */
    private boolean namedInLede(Name n) {
        if (firstNamed == null) {
            firstNamed = new HashMap<>();
            for (Name m : doc.names) {
                firstNamed.putIfAbsent(m.text(), m.offset());
            }
        }
        return firstNamed.get(n.text()) < ledeEnd();
    }

    /** Where the text's first {@link ResolutionWindows#TOP_BLOCKS} blocks end; 0 for a text with none. */
    private int ledeEnd() {
        int b = Math.min(doc.blocks.size(), ResolutionWindows.TOP_BLOCKS) - 1;
        return b >= 0 ? doc.block(b).end() : 0;
    }
}
