package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Who holds a description the first pass left provisional ({@link OwnEvidence}): a counterpart's office holder, the
 * name its role was given, a person titled, aged or just named, the story's subject, a headline's echo, a person named
 * later, or whom the same description was found to be before (the second pass of {@link ResolutionStage}).
 */
final class DescriptionHolders {

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private final Counterparts counterparts;
    private final Function<String, String> titleOf;
    private final StateOffices stateOffices;
    private final Map<String, String> nameByRole;
    private final TitledNames titledNames;
    private final TitledPeople titledSpeakers;
    private final JustNamed justNamed;
    private final DocumentSubject subject;
    private final HeadlineEchoes echoes;
    private final NamedLater namedLater;
    private final LedeTitleHolder ledeTitles;
    /** By a description's role, whom it was found to be, for the same description paragraphs later. */
    private final Map<String, String> foundBefore = new HashMap<>();
    /** Read only for a document with an age description. */
    private AgeDescriptions ages;
    /** Read only for a description no title, age or role names. */
    private SpeakerMentions mentions;

    DescriptionHolders(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, Counterparts counterparts,
            Function<String, String> titleOf, StateOffices stateOffices, Map<String, String> nameByRole, TitledNames titledNames,
            TitledPeople titledSpeakers, JustNamed justNamed, DocumentSubject subject, HeadlineEchoes echoes,
            NamedLater namedLater, LedeTitleHolder ledeTitles) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
        this.counterparts = counterparts;
        this.titleOf = titleOf;
        this.stateOffices = stateOffices;
        this.nameByRole = nameByRole;
        this.titledNames = titledNames;
        this.titledSpeakers = titledSpeakers;
        this.justNamed = justNamed;
        this.subject = subject;
        this.echoes = echoes;
        this.namedLater = namedLater;
        this.ledeTitles = ledeTitles;
    }

    /** Names the holder of the provisional description {@code a} if a rule finds one; else leaves it as it is. */
    void resolve(Attribution a) {
        if (a.kind == SpeakerKind.PERSON && Counterparts.isCounterpart(a.mention.text())) {
            String holder = counterparts.holder(a, titleOf, stateOffices);
            if (holder != null) {
                a.speaker = holder;
                return;
            }
        }
        String key = DescriptionResolver.roleKey(a.mention.text());
        String byRole = key == null ? null : nameByRole.get(key);
        // Found once for the four tests that ask it (splitting the description four times was 7 % of lead-in lines).
        String head = DescriptionHeads.headWord(a.mention.text());
        Name titled = byRole == null && a.kind == SpeakerKind.PERSON ? titledNames.titledEarlier(doc, a, head, doc.names, names) : null;
        if (titled == null && byRole == null && AgeDescriptions.describes(a.mention.text())) {
            if (ages == null) {
                ages = new AgeDescriptions(doc, names);
            }
            // "A 31-year-old driver pleaded guilty" opening a sentence; not "if a 21-year-old wanted to".
            boolean introduced = FunctionWords.isIndefinite(a.mention.text()) && Character.isUpperCase(a.mention.text().charAt(0));
            // "The 17-year-old keeper": the age is no title, the role after it one the text gave a speaker in apposition.
            titled = FunctionWords.isIndefinite(a.mention.text()) || a.kind != SpeakerKind.PERSON ? null
                    : titledNames.apposedEarlier(doc, a, head, titledSpeakers);
            titled = titled != null ? titled : ages.personAt(a.mention.start(), AgeDescriptions.years(a.mention.text()), introduced);
            Gender described = Gender.ofTitle(a.mention.text());
            if (titled != null && described != null && !described.fits(names.gender(names.expandIfUnique(titled.text(), titled.offset())))) {
                // "Ivo Lund ... The mother of two said": a description of the other gender is someone else.
                titled = null;
            }
            Gender own = OwnPronoun.opening(doc, a);
            if (titled != null && own != null
                    && !own.fits(names.gender(names.expandIfUnique(titled.text(), titled.offset())))) {
                // "“I love the man,” Sandoval said. The 63-year-old says he feels better": the speaker's own
                // "he" says it is not the woman just named but the man the story is about.
                String main = subject.mostNamed(own);
                titled = main == null ? null : new Name(main, SpeakerKind.PERSON, "", a.mention.start());
            }
        }
        String only = byRole == null && titled == null && a.kind == SpeakerKind.PERSON
                ? OwnPronoun.fits(doc, a, names, titledNames.titledOnly(doc, a, head, titledSpeakers, names)) : null;
        if (byRole == null && titled == null && only == null && a.kind == SpeakerKind.PERSON) {
            if (mentions == null) {
                mentions = new SpeakerMentions(doc);
            }
            titled = justNamed.of(doc, a, head, titledSpeakers, names, mentions);
            if (titled == null) {
                only = subject.of(a, head);
            }
            if (titled == null && only == null) {
                only = OwnPronoun.fits(doc, a, names, titledNames.namedNext(doc, a, head, mentions));
            }
            if (titled == null && only == null) {
                only = echoes.speakerOf(a);
            }
            if (titled == null && only == null) {
                only = OwnPronoun.fits(doc, a, names, ledeTitles.holder(a));
            }
            if (titled == null && only == null) {
                only = OwnPronoun.fits(doc, a, names, namedLater.introduced(a));
            }
            if (titled == null && only == null && key != null) {
                // "the head of Drevanian diplomacy" again, paragraphs past the name: whom it was found to be before.
                only = foundBefore.get(key);
            }
        }
        HeadlineEchoes.Speaker echoed = byRole != null || titled != null || only != null ? null
                : a.kind == SpeakerKind.GROUP ? headlineGroup(a)
                : a.kind == SpeakerKind.ORGANIZATION ? echoes.bodyOf(a) : null;
        if (echoed != null) {
            only = echoed.name();
            a.kind = echoed.kind();
        }
        if (byRole != null) {
            a.speaker = byRole;
        } else if (titled != null) {
            // "Berger, who played as a winger": the fullest form of the name the role was given with.
            a.speaker = names.expandIfUnique(titled.text(), titled.offset());
            DescriptionResolver.putRole(foundBefore, a.mention.text(), a.speaker);
        } else if (only != null) {
            a.speaker = only;
        }
    }

    /**
     * "Prosecutors say owner ignored warnings", "Researchers say cities should ...": a headline's plural description
     * sums up what one person of that kind, or a body of them ("Observers say" over an observer mission), says in its
     * story, the one whose statements hold the headline's words ({@link HeadlineEchoes}), unless the story gives that
     * person a title of another kind; null if none. Several people of the kind may speak: their titles do not tell which.
     */
    private HeadlineEchoes.Speaker headlineGroup(Attribution a) {
        Mention m = a.mention;
        if (m == null || m.hasName() || doc.block(a.block).kind() != Block.Kind.HEADLINE || doc.isRelated(a.block)
                || echoes.labelOfGroup(a)) {
            return null;
        }
        String head = DescriptionHeads.headWord(m.text());
        String one = head.length() > 3 && head.endsWith("s") ? head.substring(0, head.length() - 1) : "";
        // "Family says it asked for a nurse": a collective of people (the group list's singular heads) speaks as its
        // member the story quotes for it, as a plural does.
        boolean collective = !head.endsWith("s") && lexicon.groups.contains(head);
        if (!lexicon.isPersonNoun(one) && !collective) {
            return null;
        }
        HeadlineEchoes.Speaker echoed = echoes.speakerOf(a, head);
        if (echoed != null && echoed.kind() == SpeakerKind.ORGANIZATION && !collective && !ofKind(echoed.name(), one)) {
            // "forecasters say" over the weather service that says it: a body not named as one of the kind ("an
            // observer mission" for "Observers", an "Investigation Board" for "investigators") leaves the open group
            // its own (the sixtieth bullet).
            return null;
        }
        // "residents say" is not the council member whose words it happens to echo: a title of another kind.
        String title = echoed == null ? "" : OneNameOneRole.roleOf(titleOf.apply(echoed.name()));
        return title.isEmpty() || lexicon.titles.roleFits(one, title) ? echoed : null;
    }

    /** Whether a word of body {@code name} shares the stem of the person noun {@code one}: "investigation" of "investigator". */
    private static boolean ofKind(String name, String one) {
        int stem = Math.max(DeckVoices.KIND_STEM_LETTERS, one.length() - 3);
        for (String w : Name.words(name.toLowerCase(Locale.ROOT))) {
            if (WordForms.commonStart(w, one) >= stem) {
                return true;
            }
        }
        return false;
    }
}
