package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deck's lower-case bare noun for a body ("...; developer says facade will be kept") is whoever the story quotes for
 * that body (round 38's deck convention): the first of the body's own people, titled with its possessive ("Brightwater's
 * vice-president, Sandra Kowalczyk,") or the noun's ("the developer's architect"), who says below what shares a word
 * with the deck, or who holds the office that speaks for a public body ("district": its superintendent, {@link
 * PublicBodies}), unless the body itself said something first ("Company blames X" stays the body, round 40). A noun for a
 * thing whose owner or operator the text names ("The quarry's owner, Keystone Aggregates,") is that owner, as its
 * statement below is, and so is the one a statement of "its operator" below resolves; a noun for a person ("Ranger says
 * ...") is the first person below whose role it heads ("park ranger Ines Volk"). Part of {@link ResolutionStage}.
 */
final class DeckVoices {

    /** Plain verbs of saying: what a deck's "says" sums up ("has promised" is a pledge of its own). */
    private static final Set<String> SAYING = WordSet.union(List.of(FunctionWords.SAY_TELL), "added");

    /** The body that runs or owns the thing a sentence speaks of: "its operator", "its owners". */
    private static final Pattern OPERATOR = Pattern.compile("[Ii]ts (?:operator|owner)s?");

    /** Fewest letters a body's name word shares with a deck's noun to be its kind: "Develop" of "Developments". */
    private static final int KIND_STEM_LETTERS = 5;

    private final AnnotatedDocument doc;
    private final NameIndex names;
    /**
     * By deck noun, the owner the text names for it: each deck with the noun read the whole text for it again (a page of
     * "Parents say ..." decks was quadratic).
     */
    private final Map<String, OwnerNamed> owners = new HashMap<>();

    private record OwnerNamed(String name, int start) {
    }

    private static final OwnerNamed NO_OWNER = new OwnerNamed(null, -1);

    /**
     * By deck noun, the statement {@link #namedKind} and {@link #titled} found below a deck (each read every statement
     * below each deck: a page of "Parents say ..." decks was quadratic). The statements below a deck do not change
     * while decks are read: a deck names only its own speaker.
     */
    private final Map<String, Found> kinds = new HashMap<>();
    private final Map<String, Found> titles = new HashMap<>();
    /** The first person's statement below a deck, under one key: "Owner says ..." over a story no one is titled in. */
    private final Map<String, Found> people = new HashMap<>();
    /** The words the story writes in lower case below its top lines, read once: "Owner" is a common noun, "Ostvaria" none. */
    private Set<String> lowerWords;
    /** Each statement's place in the document, read once rather than by a search from the list's start per deck. */
    private Map<Attribution, Integer> places;

    /** Asked below statement {@code from}, the first fitting statement was {@code at}; -1 if none. */
    private record Found(int from, int at) {
    }

    DeckVoices(AnnotatedDocument doc, NameIndex names) {
        this.doc = doc;
        this.names = names;
    }

    /** The speaker of deck statement {@code a} by this reading; null if it is no such deck's or nothing below says. */
    HeadlineEchoes.Speaker speakerFor(Attribution a) {
        Mention m = a.mention;
        // A deck opening with its noun capitalizes it ("Ranger says ..."), read as a name nothing below expands.
        boolean opens = m != null && m.start() == doc.block(a.block).start() && m.text().equals(a.speaker);
        if (m == null || m.hasName() && !opens || m.isPronoun() || m.text().indexOf(' ') >= 0
                || !Character.isLowerCase(m.text().charAt(0)) && !opens || !BodyDescriptions.topLine(doc, a.block) || a.speaker == null) {
            return null;
        }
        String noun = m.text().toLowerCase(Locale.ROOT);
        // "district calls it fair", no district named: the holder of its office who echoes the deck's own verb below.
        boolean unnamed = a.speaker.equals(m.text());
        if (unnamed) {
            HeadlineEchoes.Speaker owner = owner(noun);
            if (owner != null || !PublicBodies.isBody(noun)) {
                owner = owner != null ? owner : namedKind(a, noun);
                return owner != null ? owner : titled(a, noun);
            }
        }
        List<String> own = List.of(a.speaker.split(" ")[0].toLowerCase(Locale.ROOT) + "'s ", "the " + noun + "'s ");
        // The story's top, where a deck is summed up: each deck read every statement below it (a page of "City says
        // ..." decks over stories with no one for the city was quadratic).
        int from = place(a) + 1;
        int to = Math.min(doc.attributions.size(), from + ResolutionWindows.HEADLINE_ECHO_STATEMENTS);
        for (int j = from; j < to; j++) {
            Attribution o = doc.attributions.get(j);
            if (m.kind() == SpeakerKind.ORGANIZATION && !o.nested && o.mention != null && o.speaker != null
                    && !BodyDescriptions.topLine(doc, o.block) && OPERATOR.matcher(o.mention.text()).matches()
                    && !o.speaker.equals(o.mention.text())) {
                // "Hospital says ER will close" over "..., its operator announced": the body that runs the thing
                // speaks for it first ("nurses blame ..." is no thing run).
                return new HeadlineEchoes.Speaker(o.speaker, SpeakerKind.ORGANIZATION);
            }
            if (o.nested || o.mention == null || o.cue == null || BodyDescriptions.topLine(doc, o.block)
                    || (unnamed || !SAYING.contains(o.cue.toLowerCase(Locale.ROOT))) && !sameVerb(a.cue, o.cue)) {
                continue;
            }
            if (a.speaker.equals(o.speaker)) {
                return null;
            }
            String described = o.mention.text().toLowerCase(Locale.ROOT).replace('’', '\'');
            // "district says cuts were unavoidable" over "Superintendent X told the board ...": its head speaks for it.
            if (o.kind == SpeakerKind.PERSON
                    && (own.stream().anyMatch(described::startsWith) && HeadlineWords.sharesWord(doc, a, o)
                            || PublicBodies.headedBy(noun, o.mention.role()))) {
                return new HeadlineEchoes.Speaker(o.speaker, SpeakerKind.PERSON);
            }
        }
        return null;
    }

    /**
     * "Developer promises to save the facade" over "Brightwater Developments has said it will keep the facade": the
     * first speaker below whose name of two words or more ends in a capitalised word of the deck noun's stem, a body of
     * that kind ("one paramedic" below "Paramedics say" is no name); null if none.
     */
    private HeadlineEchoes.Speaker namedKind(Attribution a, String noun) {
        int j = firstBelow(kinds, noun, place(a), k -> {
            Attribution o = doc.attributions.get(k);
            if (o.nested || o.speaker == null || o.mention == null || BodyDescriptions.topLine(doc, o.block)) {
                return false;
            }
            int space = o.speaker.lastIndexOf(' ');
            String last = o.speaker.substring(space + 1).toLowerCase(Locale.ROOT);
            return space > 0 && Character.isUpperCase(o.speaker.charAt(space + 1)) && o.mention.role().isEmpty() && !last.equals(noun)
                    && WordForms.commonStart(last, noun) >= Math.max(KIND_STEM_LETTERS, noun.length() - 2);
        });
        return j < 0 ? null : new HeadlineEchoes.Speaker(doc.attributions.get(j).speaker, SpeakerKind.ORGANIZATION);
    }

    /**
     * Whether a statement below has the deck's own verb: "board calls it a bargain" over "Chair X called the deal a
     * bargain", which sums it up as a plain verb of saying does.
     */
    private static boolean sameVerb(String deckCue, String cue) {
        String lemma = WordForms.singular(StanceVerbs.firstWord(deckCue == null ? "" : deckCue.toLowerCase(Locale.ROOT)));
        return lemma.length() > 2 && StanceVerbs.firstWord(cue.toLowerCase(Locale.ROOT)).startsWith(lemma);
    }

    /**
     * A person's noun ("ranger says ...") is the first person below whose own role it heads ("park ranger Ines Volk said")
     * and who says something; a plural ("residents") is no one person.
     */
    private HeadlineEchoes.Speaker titled(Attribution a, String noun) {
        if (WordForms.endsInSingleS(noun)) {
            return null;
        }
        int j = firstBelow(titles, noun, place(a), k -> {
            Attribution o = doc.attributions.get(k);
            return !o.nested && o.mention != null && o.kind == SpeakerKind.PERSON && !BodyDescriptions.topLine(doc, o.block)
                    && o.speaker != null && !o.speaker.equals(o.mention.text()) && o.speaker.indexOf(' ') > 0
                    && heads(o.mention.role(), noun);
        });
        return j < 0 ? protagonist(a) : new HeadlineEchoes.Speaker(doc.attributions.get(j).speaker, SpeakerKind.PERSON);
    }

    /**
     * "Owner says rising rent forced the decision" over a story whose first named speaker, titled nowhere, says "the
     * landlord had tripled his rent": a deck's noun no one below holds, a common word the text also writes in lower case
     * ("Library says ..." over a librarian never titled so), is the person the story first quotes by name, when that one
     * says below what shares a word with the deck.
     */
    private HeadlineEchoes.Speaker protagonist(Attribution a) {
        if (a.mention.kind() != SpeakerKind.PERSON || !writtenLower(a.mention.text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        int j = firstBelow(people, "", place(a), k -> {
            Attribution o = doc.attributions.get(k);
            return !o.nested && o.mention != null && o.kind == SpeakerKind.PERSON && !BodyDescriptions.topLine(doc, o.block)
                    && o.speaker != null && !o.speaker.equals(o.mention.text()) && o.speaker.indexOf(' ') > 0;
        });
        return j >= 0 && HeadlineWords.sharesWord(doc, a, doc.attributions.get(j))
                ? new HeadlineEchoes.Speaker(doc.attributions.get(j).speaker, SpeakerKind.PERSON) : null;
    }

    /** Whether the story below its top lines writes {@code word} in lower case (a deck's own "defense" counts not). */
    private boolean writtenLower(String word) {
        if (lowerWords == null) {
            lowerWords = new HashSet<>();
            for (int b = 0; b < doc.blocks.size(); b++) {
                if (BodyDescriptions.topLine(doc, b)) {
                    continue;
                }
                for (int k = doc.tokenAtOrAfter(doc.block(b).start()); k < doc.tokens.size()
                        && doc.tokens.get(k).start() < doc.block(b).end(); k++) {
                    if (doc.tokens.get(k).isLowerWord()) {
                        lowerWords.add(doc.tokens.get(k).text());
                    }
                }
            }
        }
        return lowerWords.contains(word);
    }

    /**
     * The first statement after statement {@code from} that fits, by what was found for the noun last: a find past
     * {@code from}, or none after a place before it, is still the answer.
     */
    private int firstBelow(Map<String, Found> found, String noun, int from, IntPredicate fits) {
        Found last = found.get(noun);
        if (last != null && last.from() <= from && (last.at() < 0 || last.at() > from)) {
            return last.at();
        }
        int j = from + 1;
        while (j < doc.attributions.size() && !fits.test(j)) {
            j++;
        }
        int at = j < doc.attributions.size() ? j : -1;
        found.put(noun, new Found(from, at));
        return at;
    }

    private int place(Attribution a) {
        if (places == null) {
            places = new IdentityHashMap<>();
            for (int i = 0; i < doc.attributions.size(); i++) {
                places.put(doc.attributions.get(i), i);
            }
        }
        return places.get(a);
    }

    /**
     * Whether a person's role ends in the noun, in lower case: "park ranger", not "PolitiFact Executive Director" for a deck
     * opening "PolitiFact says", nor "the study's lead author" for "study finds".
     */
    private static boolean heads(String role, String noun) {
        return role.equals(noun) || role.endsWith(" " + noun);
    }

    /** "The mine's owner, Keystone Minerals,": the owner or operator the text names for the thing {@code noun} is. */
    private HeadlineEchoes.Speaker owner(String noun) {
        OwnerNamed found = owners.computeIfAbsent(noun, this::ownerNamed);
        return found.name() == null ? null : new HeadlineEchoes.Speaker(names.expand(found.name(), SpeakerKind.ORGANIZATION, found.start()),
                SpeakerKind.ORGANIZATION);
    }

    /** The first "the NOUN's owner, NAME," of the text: NAME and its offset, or none. */
    private OwnerNamed ownerNamed(String noun) {
        Matcher owner = Pattern.compile("\\b[Tt]he " + Pattern.quote(noun) + "['’]s (?:owner|operator), (" + NamedMembers.NAME + "),")
                .matcher(doc.text);
        return owner.find() ? new OwnerNamed(owner.group(1), owner.start(1)) : NO_OWNER;
    }
}
