package io.claimtrack.ingest.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "he", "she", "they", "it" as speakers, over one document: the last earlier speaker of a fitting kind
 * and gender in the same story ({@link PronounAntecedent}), or the person the text
 * turned to as a sentence's subject since that speaker. Gender comes from honorifics, gendered titles,
 * first names, the pronouns the document uses after a full name ({@link DocumentGender}) and the pronouns
 * already resolved to the same person.
 */
final class PronounResolver {

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private final DocumentSubject story;
    private final Map<String, Gender> genders = new HashMap<>();
    private final WriterVoice writer;
    /** The statement whose speaker each resolved pronoun took. */
    private final Map<Attribution, Attribution> antecedents = new HashMap<>();
    private final BodyDescriptions bodies;
    /** A pronoun and the title opening the sentence before it, as a description speaker to resolve ({@link OpeningTitle}). */
    private final Map<Attribution, Attribution> titles = new LinkedHashMap<>();
    private final OwnContentNames ownContent;
    private final PronounChain chain;
    private final BodySubjects bodySubjects;
    private final PronounAntecedent antecedent;
    private final SubjectSince since;
    private final DescribedStranger strangers;
    /** The first words of titled people's names ({@link OpeningTitle#nameTitles}), read when a pronoun first asks. */
    private Set<String> nameTitles;

    PronounResolver(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, int[] unitOf, DocumentSubject story,
            BodyDescriptions bodies, ApposedName apposed) {
        this.doc = doc;
        this.bodies = bodies;
        this.story = story;
        this.lexicon = lexicon;
        this.names = names;
        this.writer = new WriterVoice(doc);
        SubjectCandidates candidates = new SubjectCandidates(doc, lexicon, names);
        this.ownContent = new OwnContentNames(doc, names);
        this.since = new SubjectSince(doc, candidates, genders, ownContent);
        this.chain = new PronounChain(doc);
        this.strangers = new DescribedStranger(doc, lexicon, names);
        this.bodySubjects = new BodySubjects(doc, lexicon);
        this.antecedent = new PronounAntecedent(doc, lexicon, unitOf, candidates, ownContent, apposed, this::genderOf);
    }

    void resolve(int index) {
        Attribution a = doc.attributions.get(index);
        String pronoun = pronounOf(a.mention);
        if (writer.speaks(a, pronoun)) {
            writerSpeaks(a, pronoun);
            return;
        }
        Gender gender = Gender.ofWord(pronoun);
        if (takesInterrupted(index, a, gender)) {
            return;
        }
        Attribution found = antecedent.find(index, pronoun, gender);
        Sentence said = found == null ? null : doc.sentenceAt(found.contentEnd - 1);
        Name subject = turnedTo(a, pronoun, gender, found, said);
        Attribution title = openingTitle(a, gender, found, subject);
        if (FunctionWords.THING_PRONOUNS.contains(pronoun) && takesBody(a, found)) {
            return;
        }
        String main = SelfIntroduced.person(doc, names, a, gender);
        main = main == null && title == null && gender != null ? mainPerson(a, gender, found, subject, said) : main;
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

    /** "I", "we" or "you" in the writer's own voice: the author, the newsroom or the reader. */
    private void writerSpeaks(Attribution a, String pronoun) {
        Name author = "we".equals(pronoun) ? writer.author(lexicon) : null;
        if (author != null) {
            a.speaker = names.expand(author.text(), author.kind(), author.offset());
            a.kind = author.kind();
            return;
        }
        a.speaker = writer.name(a, pronoun);
    }

    /** A pronoun inside the statement it interrupts takes that statement's speaker ({@link InterruptingPronoun}). */
    private boolean takesInterrupted(int index, Attribution a, Gender gender) {
        Attribution interrupted = gender == null ? null : InterruptingPronoun.statement(doc, names, index, gender);
        if (interrupted == null) {
            return false;
        }
        a.speaker = names.expand(interrupted.mention.name(), SpeakerKind.PERSON, interrupted.mention.start());
        a.role = interrupted.mention.role();
        a.kind = SpeakerKind.PERSON;
        antecedents.put(a, interrupted);
        return true;
    }

    /** The person the text turned to as a sentence's subject since the antecedent's statement, or null. */
    private Name turnedTo(Attribution a, String pronoun, Gender gender, Attribution found, Sentence said) {
        Name subject = FunctionWords.PERSON_PRONOUNS.contains(pronoun)
                ? since.find(gender, found == null ? -1 : found.mention.start(), a.mention.start(), found, a, false) : null;
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
        return subject;
    }

    /**
     * The title opening the sentence before the statement's own, kept for {@link #takeTitles} when named after the
     * antecedent and the subject; else null.
     */
    private Attribution openingTitle(Attribution a, Gender gender, Attribution found, Name subject) {
        // The sentence before the statement's own: a quotation of several sentences before "he said" is one statement.
        int statement = Math.min(a.contentStart, a.mention.start());
        Attribution title = gender == null ? null : OpeningTitle.before(doc, lexicon, statement, gender, a.cue, nameTitles());
        if (title != null && title.mention.start() > Math.max(found == null ? -1 : found.mention.start(),
                subject == null ? -1 : subject.offset())) {
            titles.put(a, title);
            return title;
        }
        return null;
    }

    /** "The ministry of transport issued new rules. It said": "it" takes the body the text turned to since. */
    private boolean takesBody(Attribution a, Attribution found) {
        Mention body = bodySubjects.since(found == null ? -1 : found.contentEnd, a.mention.start(), BodySubjects.evidence(a.cue));
        if (body == null) {
            return false;
        }
        Name named = body.hasName() ? null : bodies.named(body, Mentions.possessiveStem(
                Name.afterLastSpace(body.text()).toLowerCase(Locale.ROOT)));
        a.speaker = body.hasName() ? names.expand(body.name(), SpeakerKind.ORGANIZATION, body.start())
                : named != null ? names.expand(named.text(), SpeakerKind.ORGANIZATION, named.offset()) : body.text();
        a.role = "";
        a.kind = body.kind();
        return true;
    }

    /**
     * The person a "he" or "she" with no opening title goes on with over its antecedent: the story's main person under a
     * subhead, or, with no subject since, a described stranger, a passer-by or a paragraph's newcomer; else null.
     */
    private String mainPerson(Attribution a, Gender gender, Attribution found, Name subject, Sentence said) {
        String main = found != null ? underSubhead(found, subject, a, gender) : null;
        if (main != null || subject != null) {
            return main;
        }
        main = strangers.description(said, a, gender);
        main = main == null ? PasserBy.subject(doc, names, story, found, said, gender, this::genderOf) : main;
        main = main == null ? PasserBy.namedSince(doc, names, found, said, a, gender, this::genderOf) : main;
        return main == null ? ParagraphNewcomer.person(doc, names, ownContent, found, a, gender, this::genderOf) : main;
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
        if (subhead <= found.block || !antecedent.crossable(subhead) || subject != null) {
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
