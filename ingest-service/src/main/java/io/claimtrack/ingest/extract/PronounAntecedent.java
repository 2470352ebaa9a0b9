package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.function.Function;

/**
 * The earlier statement whose speaker a pronoun takes, part of {@link PronounResolver}: the last one of a fitting
 * kind and gender in the same story (a subhead without a statement does not end it), looked back over at most
 * {@link ResolutionWindows#RESOLUTION_STATEMENTS} statements.
 */
final class PronounAntecedent {

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final int[] unitOf;
    private final boolean[] crossable;
    private final SubjectCandidates candidates;
    private final OwnContentNames ownContent;
    private final ApposedName apposed;
    private final Function<Attribution, Gender> genderOf;
    /** Earlier statements a "he" or "she" may take: a person's, with a speaker (final by the time a later pronoun asks). */
    private final LastPassing personStatements;

    PronounAntecedent(AnnotatedDocument doc, Lexicon lexicon, int[] unitOf, SubjectCandidates candidates,
            OwnContentNames ownContent, ApposedName apposed, Function<Attribution, Gender> genderOf) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.unitOf = unitOf;
        this.candidates = candidates;
        this.ownContent = ownContent;
        this.apposed = apposed;
        this.genderOf = genderOf;
        this.personStatements = new LastPassing(doc.attributions.size(), j -> doc.attributions.get(j).speaker != null
                && onePerson(doc.attributions.get(j)));
        // A subhead inside an article (no statement of its own, not the title) does not end the story.
        this.crossable = new boolean[doc.blocks.size()];
        for (int b = 0; b < doc.blocks.size(); b++) {
            crossable[b] = doc.block(b).kind() == Block.Kind.HEADLINE && b != doc.titleBlock && b > 0;
        }
        for (Attribution a : doc.attributions) {
            crossable[a.block] = false;
        }
    }

    /** Whether block {@code b} is a subhead inside an article, which does not end the story. */
    boolean crossable(int b) {
        return crossable[b];
    }

    /** The last earlier statement statement {@code index}'s pronoun may take, or null. */
    Attribution find(int index, String pronoun, Gender gender) {
        Attribution a = doc.attributions.get(index);
        // Asked once, not of each of the 50 statements looked back over.
        boolean group = FunctionWords.GROUP_PRONOUNS.contains(pronoun);
        boolean thing = FunctionWords.THING_PRONOUNS.contains(pronoun);
        Attribution found = null;
        // A person's pronoun passes over the statements no person's pronoun can take without looking at them.
        boolean person = !group && !thing;
        for (int j = earlier(index - 1, person); j >= 0 && j >= index - ResolutionWindows.RESOLUTION_STATEMENTS && found == null;
                j = earlier(j - 1, person)) {
            Attribution prev = doc.attributions.get(j);
            if (prev.speaker == null || prev.contentStart >= a.contentStart || !sameStory(prev.block, a.block)) {
                continue;
            }
            boolean fits = group ? prev.kind != SpeakerKind.PERSON && prev.kind != SpeakerKind.DOCUMENT && !otherPronoun(prev, pronoun)
                    : thing
                            // "Under the deal, A, the ministry said. B, it said": the body, not the document inside its statement.
                            // "The notice, signed by X, says A. It states B": "it" reads the document again, whoever made it.
                            ? (prev.kind == SpeakerKind.ORGANIZATION || prev.kind == SpeakerKind.DOCUMENT || j == index - 1 && unmarked(prev, a)
                                    || prev.mention != null && prev.mention.kind() == SpeakerKind.DOCUMENT)
                                    && !prev.nested
                            : onePerson(prev) && (gender == null || gender.fits(genderOf.apply(prev)) && someone(prev)
                                    && !candidates.placeByUse(prev.speaker))
                                    // "He notes that the commission announced ...": someone reported inside
                                    // another's statement is the antecedent only when the gender says so.
                                    && (!prev.nested || gender != null && genderOf.apply(prev) == gender && !reporterFits(prev, gender))
                                    && !ownContent.names(a, prev.speaker);
            found = fits ? prev : null;
        }
        return found;
    }

    /**
     * "The employer submits that A. It also argues that B"; "C, Ashbet said. It put the cost at D": "it" opening the
     * sentence right after a statement's says its speaker is a body, when nothing marks that speaker as a person (no
     * gender, no first name, no pronoun of its own) and it is a name or a description a name was found for.
     */
    private boolean unmarked(Attribution prev, Attribution a) {
        Mention m = prev.mention;
        Sentence own = doc.sentenceAt(a.mention.start());
        Sentence before = doc.sentenceAt(prev.contentEnd - 1);
        if (prev.kind != SpeakerKind.PERSON || m == null || m.isPronoun() || own == null || before == null
                || own.start() != a.mention.start() || before.end() > own.start() || !doc.text(before.end(), own.start()).isBlank()) {
            return false;
        }
        // A description no name was found for ("The Halverton startup") says less than the body the text turned to.
        return genderOf.apply(prev) == null && (!m.hasName() && !prev.speaker.equals(m.text()) || m.hasName() && noFirstName(prev.speaker));
    }

    /**
     * "Lignes Atlantiques du Nord said in a statement that A. It said B": a name none of whose words is a first name may
     * be a body's, which "it" takes.
     */
    private boolean noFirstName(String name) {
        return Name.words(name).stream().noneMatch(lexicon::isFirstName);
    }

    /** "we" or "it" left as it stands is no antecedent for "they": another pronoun says someone else. */
    private static boolean otherPronoun(Attribution prev, String pronoun) {
        return prev.mention != null && prev.mention.isPronoun() && prev.speaker.equals(prev.mention.text())
                && !FunctionWords.subjectPronoun(prev.speaker.toLowerCase(Locale.ROOT)).equals(pronoun);
    }

    /** Statement {@code j}, or for a person's pronoun the last statement at or before it that a person's pronoun may take. */
    private int earlier(int j, boolean person) {
        return person ? personStatements.atOrBefore(j) : j;
    }

    /** The same story, or an earlier one that only a subhead separates from it. */
    private boolean sameStory(int earlier, int later) {
        int unit = unitOf[later];
        while (unitOf[earlier] != unit) {
            if (!crossable[unit] || unit == 0) {
                return false;
            }
            unit = unitOf[unit - 1];
        }
        return true;
    }

    /**
     * "The book accuses Bob of ... He said": a description that no name stands for takes "he" or "she" only when
     * its head word names a person: a title, occupation or kind of person ("the senator", "a supporter", "the
     * woman", "the 43-year-old"), not a thing.
     */
    private boolean someone(Attribution prev) {
        Mention m = prev.mention;
        if (m == null || m.hasName() || m.isPronoun() || !prev.speaker.equals(m.text())) {
            return true;
        }
        if (apposed.bodyFollows(m)) {
            return false;
        }
        String head = DescriptionHeads.headWord(m.text());
        String member = DescriptionHeads.partitiveMember(m.text());
        return lexicon.isPersonNoun(head) || Gender.ofTitle(m.text()) != null || ResolutionStage.AGE.matcher(m.text()).lookingAt()
                || lexicon.isPersonNoun(member) || "them".equals(member);
    }

    /**
     * "Rehn said Lund had ignored the warnings. He predicted ...": the subject of the reporting clause outranks the
     * person whose words it reports, when both fit the pronoun.
     */
    private boolean reporterFits(Attribution nested, Gender gender) {
        Attribution outer = nested.outer;
        return outer != null && outer.speaker != null && outer.kind == SpeakerKind.PERSON && gender.fits(genderOf.apply(outer));
    }

    /**
     * A person's statement, or one of a group of people's: "Two store managers said ... One of them said his store ...
     * 'Q,' he said" ({@link DescriptionHeads#partitiveMember}).
     */
    private boolean onePerson(Attribution a) {
        return a.kind == SpeakerKind.PERSON || a.kind == SpeakerKind.GROUP && a.mention != null && !a.mention.hasName()
                && a.speaker.equals(a.mention.text()) && !DescriptionHeads.partitiveMember(a.mention.text()).isEmpty();
    }
}
