package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Descriptions as speakers ("the diplomat", "the ministry's spokeswoman", "— military expert"): the named
 * speaker they rename in the same story or the lede's speaker under a headline ({@link TitledNames} links
 * the rest to a name the text gives); part of {@link ResolutionStage}.
 */
final class DescriptionResolver {

    /** Words that make a description point back at something already named: "the report", "its statement". */
    private static final Set<String> DEFINITE = WordSet.union(List.of(FunctionWords.DEMONSTRATIVES,
            FunctionWords.POSSESSIVES), "the");

    private final Lexicon lexicon;
    private final DescriptionFit fit;

    DescriptionResolver(Lexicon lexicon, DescriptionFit fit) {
        this.lexicon = lexicon;
        this.fit = fit;
    }

    /**
     * "the diplomat": the nearest earlier named speaker of the story; "— military expert" in a headline
     * (dash or present-tense "says"): the named speaker of the line under it, when that person's role does
     * not contradict it. Headline-and-lede lists make the neighbouring line the story.
     */
    boolean resolve(AnnotatedDocument doc, int index, int[] unitOf,
            Map<String, String> nameByRole, Function<String, String> titleOf) {
        Attribution a = doc.attributions.get(index);
        Attribution found = SourcesAgain.earlier(doc, index, unitOf, lexicon);
        found = found != null ? found : SourcesAgain.below(doc, index, lexicon);
        if (found != null) {
            a.speaker = found.speaker != null ? found.speaker : found.mention.text();
            a.kind = found.kind;
            return true;
        }
        DescribedSpeaker d = new DescribedSpeaker(a, lexicon, fit);
        if (headlineStyle(doc, a)) {
            // A headline looks forward only; failing that, the role may be named elsewhere (second pass).
            found = firstInNextBlock(doc, index, d, titleOf);
        } else {
            found = nearestEarlier(doc, index, d, unitOf, titleOf);
        }
        if (found == null) {
            return false;
        }
        a.speaker = found.speaker != null ? found.speaker : found.mention.name();
        if (a.kind == SpeakerKind.PERSON && found.kind == SpeakerKind.PERSON) {
            putRole(nameByRole, a.mention.text(), a.speaker);
            if (!found.role.isEmpty()) {
                a.role = found.role;
            }
        }
        a.kind = found.kind;
        return true;
    }

    private boolean headlineStyle(AnnotatedDocument doc, Attribution a) {
        if (a.source == Attribution.Source.HEADLINE || a.source == Attribution.Source.CUE && headlinese(doc, a, lexicon)) {
            return true;
        }
        if (doc.block(a.block).kind() != Block.Kind.HEADLINE || a.source != Attribution.Source.CUE) {
            return false;
        }
        String first = a.cue.split(" ")[0].toLowerCase(Locale.ROOT);
        return lexicon.cuesStartingWith(first).stream().anyMatch(f -> !f.past() && !f.gerund());
    }

    private Attribution nearestEarlier(AnnotatedDocument doc, int index, DescribedSpeaker d, int[] unitOf, Function<String, String> titleOf) {
        Attribution a = d.attribution;
        Attribution found = null;
        Attribution headline = null;
        Attribution again = null;
        boolean unnamedAgain = (a.kind == SpeakerKind.PERSON || a.kind == SpeakerKind.ANONYMOUS) && "the".equals(d.firstWord)
                && !d.head.isEmpty();
        boolean document = a.kind == SpeakerKind.DOCUMENT && d.definite;
        for (int j = index - 1; j >= 0 && j >= index - ResolutionWindows.RESOLUTION_STATEMENTS; j--) {
            Attribution o = doc.attributions.get(j);
            boolean far = o.block < a.block - ResolutionWindows.DESCRIPTION_BLOCKS;
            if (far && !document || o.block < a.block - ResolutionWindows.MEDIUM_BLOCKS) {
                break;
            }
            if (document && o.mention != null && o.mention.kind() != SpeakerKind.DOCUMENT
                    && o.speaker != null && (far ? SpeakerMedium.openedBy(doc, o, d) : SpeakerMedium.named(doc, o, d))) {
                // "The ministry said in a statement ... The statement added": the ministry's statement.
                return o;
            }
            if (far) {
                continue;
            }
            // "Vik said he would not go because the governor told reporters ...": who speaks inside Vik's statement is someone else.
            if (o.contentStart >= a.contentStart || o.inContent(a.mention.start())
                    || !(unitOf[o.block] == unitOf[a.block] || o.block >= a.block - 1)) {
                continue;
            }
            if (found == null && unnamedAgain && sameUnnamed(o, d.head)) {
                // "A senior aide to the governor said ... The aide said": the unnamed source again, not the governor.
                return o;
            }
            // A lede's description may rename the speaker its headline names ("Rutte threatens ..." /
            // "NATO secretary general said ...").
            again = again == null && sameDescription(o, a) ? o : again;
            boolean ofHeadline = o.block == a.block - 1 && doc.block(o.block).kind() == Block.Kind.HEADLINE;
            if (fits(doc, d, o, ofHeadline, titleOf)) {
                found = found == null ? o : found;
                if (headline == null && o.source == Attribution.Source.HEADLINE && ofHeadline) {
                    headline = o;
                }
            }
        }
        // The speaker the story's headline names outranks whoever else spoke in between; the one the same description
        // stood for, titled with its office, outranks someone nearer not given it.
        return headline != null ? headline
                : again != null && d.fits(titleOf.apply(again.speaker)) && (found == null || !titled(d, found, titleOf)) ? again : found;
    }

    /**
     * "the president said A. ... His agent, X, told ... The president denied": an earlier statement of the same bare
     * description, given to a person, may name the one it stands for again.
     */
    private static boolean sameDescription(Attribution o, Attribution a) {
        return o.mention != null && !o.nested && !o.mention.hasName() && o.kind == SpeakerKind.PERSON && o.speaker != null
                && !o.speaker.equalsIgnoreCase(o.mention.text()) && o.mention.text().equalsIgnoreCase(a.mention.text());
    }

    /** Whether the person named by {@code o} holds the description's office, by the mention's role or a title elsewhere. */
    private static boolean titled(DescribedSpeaker d, Attribution o, Function<String, String> titleOf) {
        String role = o.mention.role().toLowerCase(Locale.ROOT);
        return d.fits(role.isEmpty() && o.speaker != null ? titleOf.apply(o.speaker) : role);
    }

    /**
     * An earlier unnamed source with the description's head word: "a senior aide to the governor" for "the aide",
     * "one of the sources" for "the source"; not for "one slide" after "Another slide", which is someone else again.
     */
    private static boolean sameUnnamed(Attribution o, String head) {
        return o.mention != null && !o.nested && !o.mention.hasName() && FunctionWords.isIndefinite(o.mention.text())
                && (head.equals(DescriptionHeads.headWord(o.mention.text())) || head.equals(DescriptionHeads.partitiveMember(o.mention.text())));
    }

    /**
     * The lede's speaker (the next block), or a little further down someone given the headline's title
     * ("Mayor says ..." above a byline and "Mayor Lucia Ferrante said").
     */
    private Attribution firstInNextBlock(AnnotatedDocument doc, int index, DescribedSpeaker d, Function<String, String> titleOf) {
        Attribution a = d.attribution;
        int counted = a.block;
        int reach = 0;
        for (int j = index + 1; j < doc.attributions.size() && j <= index + ResolutionWindows.RESOLUTION_STATEMENTS; j++) {
            Attribution o = doc.attributions.get(j);
            // A share bar or a photo caption under a scraped page's deck is no block of the story: not counted.
            for (; counted < o.block; counted++) {
                Block.Kind kind = doc.block(counted + 1).kind();
                reach += kind == Block.Kind.HEADLINE || kind == Block.Kind.NOISE ? 0 : 1;
            }
            if (reach > ResolutionWindows.HEADLINE_LEDE_BLOCKS) {
                break;
            }
            boolean titled = o.mention != null && lexicon.titles.roleFits(d.head, o.mention.role().toLowerCase(Locale.ROOT));
            if (fits(doc, d, o, o.block == a.block + 1, titleOf) && (o.block == a.block + 1 || titled)) {
                return o;
            }
        }
        return null;
    }

    /**
     * {@code lenient}: a headline and its lede name one speaker, so a name without a title fits; {@code titleOf}: the
     * title (lower case) the document gives a person with a name anywhere, "" if none.
     */
    private boolean fits(AnnotatedDocument doc, DescribedSpeaker d, Attribution o, boolean lenient, Function<String, String> titleOf) {
        Attribution description = d.attribution;
        if (o == description || o.mention == null || o.nested) {
            return false;
        }
        if (description.kind == SpeakerKind.DOCUMENT && !d.definite) {
            // "Instant polls showed", "a study found": a new source, not one named before.
            return false;
        }
        if (description.kind == SpeakerKind.DOCUMENT || description.kind == SpeakerKind.ORGANIZATION) {
            // "the report", "the portal": the outlet or body the story's headline names; "... — top brass"
            // over a lede that names the body ("..., the Defense Ministry reported"): that body.
            boolean namedBodyInLede = lenient && description.source == Attribution.Source.HEADLINE
                    && o.mention.kind() == SpeakerKind.ORGANIZATION && o.mention.hasName() && !BodyDescriptions.bodyDescription(o.mention);
            return namedBodyInLede || o.source == Attribution.Source.HEADLINE && !spokenTurn(doc, o) && o.mention.kind() != SpeakerKind.ANONYMOUS
                    && (o.mention.kind() != SpeakerKind.PERSON || o.mention.hasName())
                    || description.kind == SpeakerKind.ORGANIZATION && resolvedAbove(doc, d, o);
        }
        return o.mention.hasName() && compatible(d, o, lenient, titleOf);
    }

    /**
     * "Regulator halts trial, agency says" or a deck's "* Regulator cites ..." over a lede's "..., the agency said": a
     * description of a body in the headline or its deck, already resolved to the body the story names, of the lede's
     * kind.
     */
    private static boolean resolvedAbove(AnnotatedDocument doc, DescribedSpeaker d, Attribution o) {
        return o.mention.kind() == SpeakerKind.ORGANIZATION && (!o.mention.hasName() || BodyDescriptions.bodyDescription(o.mention))
                && o.speaker != null && !o.speaker.equalsIgnoreCase(o.mention.text()) && BodyDescriptions.topLine(doc, o.block)
                && BodyKinds.sameKind(d.head, DescriptionHeads.headWord(o.mention.text()));
    }

    /**
     * "Trine Holm: Good afternoon. The reform will ...": a transcript's turn below the title, a paragraph long enough
     * to be speech, is no headline naming what the story is about; a subhead ("Kasich: Now or never.") or a title
     * closed with a period ("Poll: Voters ... .") is.
     */
    private static boolean spokenTurn(AnnotatedDocument doc, Attribution o) {
        Block block = doc.block(o.block);
        return ":".equals(o.cue) && block.kind() == Block.Kind.PARAGRAPH && !doc.sentences.isEmpty()
                && o.block != doc.sentences.get(0).block()
                && PageFurniture.wordCount(doc.text, doc.block(o.block).start(), doc.block(o.block).end(), Windows.TURN_SPEECH_WORDS) >= Windows.TURN_SPEECH_WORDS;
    }

    private boolean compatible(DescribedSpeaker d, Attribution named, boolean lenient, Function<String, String> titleOf) {
        Attribution description = d.attribution;
        SpeakerKind dk = description.kind;
        SpeakerKind nk = named.mention.kind();
        if (dk == SpeakerKind.ANONYMOUS || dk == SpeakerKind.GROUP) {
            return false;
        }
        if (dk == SpeakerKind.PERSON) {
            if (nk != SpeakerKind.PERSON) {
                return false;
            }
            String role = named.mention.role().toLowerCase(Locale.ROOT);
            // An indefinite description ("a senior official") introduces someone new; "the spokeswoman" is no "Peter Holm".
            if (d.indefinite || d.gender != null && !d.gender.fits(Gender.of(named.speaker != null ? named.speaker : named.mention.name(), lexicon))
                    || !d.sameOffice(named.mention.role())) {
                return false;
            }
            // "Harbor City coach Rafael Otero ... “Q,” Otero said. Urquiza was blunt. “Q,” the striker said": a
            // title the text gives the person elsewhere is another office as much as one given with this name.
            String office = role.isEmpty() && named.speaker != null ? titleOf.apply(named.speaker) : role;
            return d.fits(role) && d.holderOf(role) || lenient && role.isEmpty()
                    || d.bare && description.block - named.block <= ResolutionWindows.BARE_DESCRIPTION_BLOCKS
                            && (d.headOfState ? d.fits(office) : lexicon.titles.hasOtherTitles(d.head) || !fit.otherOffice(office) || d.fits(office));
        }
        // Documents and outlets ("the report", "the portal") stand for the organisation of the story.
        return nk == SpeakerKind.ORGANIZATION;
    }

    /**
     * "Judge calls the scheme ‘a betrayal’", "* Envoy says deal could be signed": a description of a person with no
     * article opening its block is headline grammar, a deck read as a paragraph (its closing quotation) or a wire
     * story's bullet; prose opens with "The judge" or a name. A role heads it: "Global trade offers" is no person's.
     */
    static boolean headlinese(AnnotatedDocument doc, Attribution a, Lexicon lexicon) {
        Mention m = a.mention;
        if (m == null || m.hasName() || m.kind() != SpeakerKind.PERSON || doc.isRelated(a.block)
                || FunctionWords.DETERMINERS.contains(firstWord(m.text())) || !lexicon.roles.contains(DescriptionHeads.headWord(m.text()))) {
            return false;
        }
        // "Province to cover 90 per cent of costs, minister says": a bare title saying in the present at the top is a
        // headline's, though the line is long enough to read as a paragraph.
        return m.start() == doc.block(a.block).start() && Character.isUpperCase(m.text().charAt(0))
                || a.block < ResolutionWindows.TOP_BLOCKS && a.source == Attribution.Source.CUE && Character.isLowerCase(m.text().charAt(0))
                        && presentCue(a.cue, lexicon);
    }

    private static boolean presentCue(String cue, Lexicon lexicon) {
        String first = cue.split(" ")[0].toLowerCase(Locale.ROOT);
        return first.endsWith("s") && lexicon.cuesStartingWith(first).stream().anyMatch(f -> !f.past() && !f.gerund());
    }

    /** Whether a description points back at something already named: "the report", "its statement". */
    static boolean isDefinite(String text) {
        return DEFINITE.contains(firstWord(text));
    }

    static String firstWord(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    static void putRole(Map<String, String> nameByRole, String role, String name) {
        String key = roleKey(role);
        if (key != null) {
            nameByRole.putIfAbsent(key, name);
        }
    }

    /**
     * Key of the role map; null for a bare noun ("expert", "lawmaker"), which a headline list gives to
     * many different people, and for a counterpart ("his Lysian counterpart"), whose office is another's.
     */
    static String roleKey(String role) {
        List<String> w = Name.words(role);
        return w.size() < 2 || Counterparts.isCounterpart(role) ? null : String.join(" ", w);
    }
}
