package io.claimtrack.ingest.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "he", "she", "they", "it" as speakers, over one document: the last earlier speaker of a fitting kind
 * and gender in the same story (a subhead without a statement does not end it), or the person the text
 * turned to as a sentence's subject since that speaker. Gender comes from honorifics, gendered titles,
 * first names, the pronouns the document uses after a full name ({@link DocumentGender}) and the pronouns
 * already resolved to the same person.
 */
final class PronounResolver {

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private final DocumentSubject story;
    private final int[] unitOf;
    private final boolean[] crossable;
    private final Map<String, Gender> genders = new HashMap<>();
    private final WriterVoice writer;
    /** The statement whose speaker each resolved pronoun took. */
    private final Map<Attribution, Attribution> antecedents = new HashMap<>();
    private final SubjectCandidates candidates;
    /** Earlier statements a "he" or "she" may take: a person's, with a speaker (final by the time a later pronoun asks). */
    private final LastPassing personStatements;
    private final BodyDescriptions bodies;
    /** A pronoun and the title opening the sentence before it, as a description speaker to resolve ({@link OpeningTitle}). */
    private final Map<Attribution, Attribution> titles = new LinkedHashMap<>();
    private final OwnContentNames ownContent;
    private final PronounChain chain;
    private final BodySubjects bodySubjects;
    private final ApposedName apposed;
    private final SubjectSince since;
    private final DescribedStranger strangers;
    /** The first words of titled people's names ({@link OpeningTitle#nameTitles}), read when a pronoun first asks. */
    private Set<String> nameTitles;

    PronounResolver(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, int[] unitOf, DocumentSubject story,
            BodyDescriptions bodies, ApposedName apposed) {
        this.doc = doc;
        this.bodies = bodies;
        this.apposed = apposed;
        this.story = story;
        this.lexicon = lexicon;
        this.names = names;
        this.unitOf = unitOf;
        this.writer = new WriterVoice(doc);
        this.candidates = new SubjectCandidates(doc, lexicon, names);
        this.ownContent = new OwnContentNames(doc, names);
        this.since = new SubjectSince(doc, candidates, genders, ownContent);
        this.chain = new PronounChain(doc);
        this.strangers = new DescribedStranger(doc, lexicon, names);
        this.bodySubjects = new BodySubjects(doc, lexicon);
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

    void resolve(int index) {
        Attribution a = doc.attributions.get(index);
        String pronoun = pronounOf(a.mention);
        if (writer.speaks(a, pronoun)) {
            Name author = "we".equals(pronoun) ? writer.author(lexicon) : null;
            if (author != null) {
                a.speaker = names.expand(author.text(), author.kind(), author.offset());
                a.kind = author.kind();
                return;
            }
            a.speaker = writer.name(a, pronoun);
            return;
        }
        Gender gender = Gender.ofWord(pronoun);
        Attribution interrupted = gender == null ? null : InterruptingPronoun.statement(doc, names, index, gender);
        if (interrupted != null) {
            a.speaker = names.expand(interrupted.mention.name(), SpeakerKind.PERSON, interrupted.mention.start());
            a.role = interrupted.mention.role();
            a.kind = SpeakerKind.PERSON;
            antecedents.put(a, interrupted);
            return;
        }
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
                            ? (prev.kind == SpeakerKind.ORGANIZATION || prev.kind == SpeakerKind.DOCUMENT || j == index - 1 && unmarked(prev, a))
                                    && !prev.nested
                            : onePerson(prev) && (gender == null || gender.fits(genderOf(prev)) && someone(prev)
                                    && !candidates.placeByUse(prev.speaker))
                                    // "He notes that the commission announced ...": someone reported inside
                                    // another's statement is the antecedent only when the gender says so.
                                    && (!prev.nested || gender != null && genderOf(prev) == gender && !reporterFits(prev, gender))
                                    && !ownContent.names(a, prev.speaker);
            found = fits ? prev : null;
        }
        Name subject = FunctionWords.PERSON_PRONOUNS.contains(pronoun)
                ? since.find(gender, found == null ? -1 : found.mention.start(), a.mention.start(), found, a, false) : null;
        Sentence said = found == null ? null : doc.sentenceAt(found.contentEnd - 1);
        // A subject found in the last speaker's own sentence ("said the association's president, Marcel Duhart") is no turn.
        boolean turned = subject != null && (said == null || subject.offset() > said.end());
        int opening = !turned && gender != null ? chain.lastOpening(pronoun, a.mention.start()) : -1;
        if (opening >= 0 && found == null) {
            subject = since.find(gender, -1, opening, null, a, false);
        } else if (said != null && opening > said.end()) {
            // "'...,' said Marcel Duhart. / For Joe Whitbeck, that drive is the problem. He picks up insulin. / '...,' he
            // said": narration the pronoun opens after the last speaker's sentence goes on with a man named since, even in passing.
            Name narrated = since.find(gender, said.end(), opening, found, a, true);
            subject = narrated != null ? narrated : subject;
        }
        // The sentence before the statement's own: a quotation of several sentences before "he said" is one statement.
        int statement = Math.min(a.contentStart, a.mention.start());
        Attribution title = gender == null ? null : OpeningTitle.before(doc, lexicon, statement, gender, a.cue, nameTitles());
        if (title != null && title.mention.start() > Math.max(found == null ? -1 : found.mention.start(),
                subject == null ? -1 : subject.offset())) {
            titles.put(a, title);
        } else {
            title = null;
        }
        Mention body = thing
                ? bodySubjects.since(found == null ? -1 : found.contentEnd, a.mention.start(), BodySubjects.evidence(a.cue)) : null;
        if (body != null) {
            // "The ministry of transport issued new rules. It said": the body the text turned to since.
            Name named = body.hasName() ? null : bodies.named(body, Mentions.possessiveStem(
                    body.text().substring(body.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)));
            a.speaker = body.hasName() ? names.expand(body.name(), SpeakerKind.ORGANIZATION, body.start())
                    : named != null ? names.expand(named.text(), SpeakerKind.ORGANIZATION, named.offset()) : body.text();
            a.role = "";
            a.kind = body.kind();
            return;
        }
        String main = found != null && gender != null && title == null ? underSubhead(found, subject, a, gender) : null;
        main = main == null && subject == null && title == null && gender != null
                ? strangers.description(said, a, gender) : main;
        main = main == null && subject == null && title == null && gender != null
                ? PasserBy.subject(doc, names, story, found, said, gender, this::genderOf) : main;
        main = main == null && subject == null && title == null && gender != null
                ? PasserBy.namedSince(doc, names, found, said, a, gender, this::genderOf) : main;
        main = main == null && subject == null && title == null && gender != null
                ? ParagraphNewcomer.person(doc, names, ownContent, found, a, gender, this::genderOf) : main;
        if (main != null) {
            a.speaker = main;
            a.role = "";
            a.kind = SpeakerKind.PERSON;
            genders.putIfAbsent(a.speaker, gender);
            return;
        }
        if (subject != null) {
            // "Council member Raj Patel was sceptical. 'I have heard this,' he said.": the person the
            // text turned to since the last speaker.
            a.speaker = subject.text();
            a.role = subject.role();
            a.kind = SpeakerKind.PERSON;
        } else if (found == null) {
            a.speaker = a.mention.text();
            if (title != null) {
                // "The Director of Parks presented the report. He advised A. He stated B": a person, whom the next "he"
                // goes on with and who takes the title's holder with it.
                a.kind = SpeakerKind.PERSON;
            }
            return;
        } else {
            a.speaker = found.speaker;
            a.role = found.role;
            a.kind = found.kind;
            antecedents.put(a, found);
        }
        if (gender != null) {
            genders.putIfAbsent(a.speaker, gender);
        }
    }

    /** The pronoun a speaker's mention stands for, as a subject: "him" -> "he"; "her figures" -> "she" ({@link Mentions#ownFigures}). */
    private static String pronounOf(Mention m) {
        String lower = m.text().toLowerCase(Locale.ROOT);
        int space = lower.indexOf(' ');
        return FunctionWords.subjectPronoun(space < 0 ? lower : lower.substring(0, space));
    }

    Set<String> nameTitles() {
        if (nameTitles == null) {
            nameTitles = OpeningTitle.nameTitles(doc);
        }
        return nameTitles;
    }

    /** The titles that open the sentence before a pronoun, to be resolved as description speakers before {@link #takeTitles}. */
    Collection<Attribution> titles() {
        return titles.values();
    }

    /**
     * "The Prime Minister thanked the President ... He said": a pronoun whose sentence follows one opened by a title
     * is the person the title resolved to, if the title's description found a name of the pronoun's gender; else it
     * keeps its antecedent. Before {@link #followAntecedents}, so the pronouns that took this one follow it.
     */
    void takeTitles() {
        titles.forEach((a, title) -> {
            Gender gender = Gender.ofWord(pronounOf(a.mention));
            if (!title.speaker.equals(title.mention.text()) && title.kind == SpeakerKind.PERSON
                    && gender.fits(names.gender(title.speaker))) {
                a.speaker = title.speaker;
                a.role = title.role;
                a.kind = SpeakerKind.PERSON;
                antecedents.remove(a);
            }
        });
    }

    /** "you" in a premise put to the witness who answers next ({@link AddressedPremiseStage}): no earlier antecedent. */
    void answered(Attribution a) {
        antecedents.remove(a);
    }

    /**
     * After descriptions found their names ("The Republican nominee said ... He added"): each pronoun takes its
     * antecedent's final speaker, in text order so a chain of pronouns follows; not a name of the other gender
     * ("The ambassador said ... She added" where the ambassador turned out to be Peter Holm), which leaves the
     * pronoun as it stands.
     */
    void followAntecedents() {
        for (Attribution a : doc.attributions) {
            // A method per statement: this loop runs once per document, interpreted in a long text's first read.
            follow(a);
        }
    }

    /** The statement's speaker its antecedent's, unless a name of the other gender. */
    private void follow(Attribution a) {
        Attribution found = antecedents.get(a);
        Gender gender = found == null ? null : Gender.ofWord(pronounOf(a.mention));
        // The name's own words say its gender; the document's pronouns, read loosely, may not.
        if (gender != null && found.speaker != null && !gender.fits(names.wordsGender(found.speaker))) {
            a.speaker = a.mention.text();
            a.role = "";
            a.kind = SpeakerKind.PERSON;
        } else if (found != null) {
            a.speaker = found.speaker;
            a.role = found.role;
            a.kind = found.kind;
        }
    }

    /**
     * "Head coach Ann Dufresne said ... / Leadership off the ice / Off the ice, he has become a voice": a pronoun
     * opening the first paragraph under a subhead, with no one named before it there, is the person the story is
     * about (named far more often than anyone else of that gender), not the last speaker of the section before;
     * unless the text turned to someone since that speaker ("Critics say ... One of them is Alicia Moreau ... /
     * Far from help / 'If this had happened a year ago,' she said"), on either side of the subhead.
     */
    private String underSubhead(Attribution found, Name subject, Attribution a, Gender gender) {
        int subhead = a.block - 1;
        if (subhead <= found.block || !crossable[subhead] || subject != null) {
            return null;
        }
        for (int j = Name.lastBefore(doc.names, a.mention.start()); j >= 0 && doc.names.get(j).offset() >= doc.block(subhead).start(); j--) {
            Name n = doc.names.get(j);
            // "Away from the pitch, he": a capitalised word opening the sentence names no one.
            if (n.kind() == SpeakerKind.PERSON && names.expand(n.text(), SpeakerKind.PERSON, n.offset()).indexOf(' ') > 0) {
                return null;
            }
        }
        String main = story.mostNamed(gender);
        return main == null || main.equals(found.speaker) ? null : main;
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
        return genderOf(prev) == null && (!m.hasName() && !prev.speaker.equals(m.text()) || m.hasName() && noFirstName(prev.speaker));
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
        String head = DescriptionFit.headWord(m.text());
        String member = DescriptionFit.partitiveMember(m.text());
        return lexicon.isPersonNoun(head) || Gender.ofTitle(m.text()) != null || ResolutionStage.AGE.matcher(m.text()).lookingAt()
                || lexicon.isPersonNoun(member) || "them".equals(member);
    }

    /**
     * "Rehn said Lund had ignored the warnings. He predicted ...": the subject of the reporting clause outranks the
     * person whose words it reports, when both fit the pronoun.
     */
    private boolean reporterFits(Attribution nested, Gender gender) {
        Attribution outer = nested.outer;
        return outer != null && outer.speaker != null && outer.kind == SpeakerKind.PERSON && gender.fits(genderOf(outer));
    }

    /**
     * A person's statement, or one of a group of people's: "Two store managers said ... One of them said his store ...
     * 'Q,' he said" ({@link DescriptionFit#partitiveMember}).
     */
    private boolean onePerson(Attribution a) {
        return a.kind == SpeakerKind.PERSON || a.kind == SpeakerKind.GROUP && a.mention != null && !a.mention.hasName()
                && a.speaker.equals(a.mention.text()) && !DescriptionFit.partitiveMember(a.mention.text()).isEmpty();
    }

    private Gender genderOf(Attribution a) {
        return genders.computeIfAbsent(a.speaker, s -> {
            Gender g = names.gender(s);
            if (g == null && a.mention != null) {
                g = Gender.of(a.mention.text(), lexicon);
            }
            return g == null ? Gender.of(a.role, lexicon) : g;
        });
    }
}
