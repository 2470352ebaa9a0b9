package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.List;
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

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "has", "have", "had");
    /** Irregular past participles of what is done to people: "was taken to hospital", "was shot". */
    private static final Set<String> PARTICIPLES = Set.of("taken", "given", "seen", "beaten", "bitten", "driven",
            "chosen", "stolen", "shaken", "hidden", "thrown", "known", "shown", "found", "hurt", "shot", "held", "hit",
            "struck", "left", "brought", "caught", "told", "sent", "kept", "led", "put", "cut", "paid", "sold", "run",
            "overrun", "sworn", "torn");
    /** "-ed" words after "was" that say how someone felt, which often leads into what they said. */
    private static final Set<String> ATTITUDES = Set.of("pleased", "delighted", "worried", "concerned", "surprised",
            "disappointed", "frustrated", "convinced", "determined", "unimpressed", "excited", "satisfied", "relieved",
            "shocked", "stunned", "puzzled", "confused", "encouraged", "prepared", "unconvinced", "undeterred",
            "unmoved", "annoyed", "angered", "alarmed", "amused", "dismayed", "outraged", "baffled",
            "heartened", "thrilled", "saddened", "troubled", "unfazed", "undaunted", "inclined",
            "interested", "tired", "scared", "embarrassed", "impressed", "guarded", "measured", "reserved",
            "animated");

    /** Words that open an adverbial phrase before a sentence's subject: "In a statement on Tuesday, ...". */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("in", "on", "at", "after", "before", "during", "while",
            "though", "although", "when", "since", "despite", "following", "earlier", "later");

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "since", "until", "by", "from", "of", "through");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "of");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    private final int[] unitOf;
    private final boolean[] crossable;
    private final Map<String, Gender> genders = new HashMap<>();
    private final WriterVoice writer;
    /** The statement whose speaker each resolved pronoun took. */
    private final Map<Attribution, Attribution> antecedents = new HashMap<>();

    PronounResolver(AnnotatedDocument doc, Lexicon lexicon, NameIndex names, int[] unitOf) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
        this.unitOf = unitOf;
        this.writer = new WriterVoice(doc);
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
        String pronoun = Lexicon.subjectPronoun(a.mention.text().toLowerCase(Locale.ROOT));
        if (writer.speaks(a, pronoun)) {
            a.speaker = writer.name(a, pronoun);
            return;
        }
        Gender gender = Gender.ofWord(pronoun);
        Attribution found = null;
        for (int j = index - 1; j >= 0 && j >= index - Windows.RESOLUTION_STATEMENTS && found == null; j--) {
            Attribution prev = doc.attributions.get(j);
            if (prev.speaker == null || prev.contentStart >= a.contentStart || !sameStory(prev.block, a.block)) {
                continue;
            }
            boolean fits = Lexicon.GROUP_PRONOUNS.contains(pronoun) ? prev.kind != SpeakerKind.PERSON
                    : Lexicon.THING_PRONOUNS.contains(pronoun)
                            ? prev.kind == SpeakerKind.ORGANIZATION || prev.kind == SpeakerKind.DOCUMENT
                            : prev.kind == SpeakerKind.PERSON && (gender == null || gender.fits(genderOf(prev)))
                                    // "He notes that the commission announced ...": someone reported inside
                                    // another's statement is the antecedent only when the gender says so.
                                    && (!prev.nested || gender != null && genderOf(prev) == gender);
            found = fits ? prev : null;
        }
        Name subject = Lexicon.PERSON_PRONOUNS.contains(pronoun)
                ? subjectSince(gender, found == null ? -1 : found.mention.start(), a.mention.start(), found, a) : null;
        Mention body = Lexicon.THING_PRONOUNS.contains(pronoun)
                ? bodySubjectSince(found == null ? -1 : found.contentEnd, a.mention.start(), evidence(a.cue)) : null;
        if (body != null) {
            // "The ministry of transport issued new rules. It said": the body the text turned to since.
            Name named = body.hasName() ? null : BodyDescriptions.named(doc, body, Mentions.possessiveStem(
                    body.text().substring(body.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT)), lexicon);
            a.speaker = body.hasName() ? names.expand(body.name(), SpeakerKind.ORGANIZATION, body.start())
                    : named != null ? names.expand(named.text(), SpeakerKind.ORGANIZATION, named.offset()) : body.text();
            a.role = "";
            a.kind = body.kind();
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

    /**
     * After descriptions found their names ("The Republican nominee said ... He added"): each pronoun takes its
     * antecedent's final speaker, in text order so a chain of pronouns follows.
     */
    void followAntecedents() {
        for (Attribution a : doc.attributions) {
            Attribution found = antecedents.get(a);
            if (found != null) {
                a.speaker = found.speaker;
                a.role = found.role;
                a.kind = found.kind;
            }
        }
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

    private Gender genderOf(Attribution a) {
        return genders.computeIfAbsent(a.speaker, s -> {
            Gender g = names.gender(s);
            if (g == null && a.mention != null) {
                g = Gender.of(a.mention.text(), lexicon);
            }
            return g == null ? Gender.of(a.role, lexicon) : g;
        });
    }

    /**
     * The last person of a fitting gender named as a sentence's subject after {@code from} and before
     * {@code to}, nearby; failing that, the last person named there whose gender is the pronoun's ("Mark
     * Dunn met Anna Kerr. She said").
     */
    private Name subjectSince(Gender gender, int from, int to, Attribution found, Attribution pronoun) {
        List<Name> all = doc.names;
        Name sameGender = null;
        for (int j = Name.lastBefore(all, to); j >= 0; j--) {
            Name n = all.get(j);
            if (n.offset() <= from || to - n.offset() > Windows.PRONOUN_SUBJECT_CHARS) {
                break;
            }
            if (n.kind() != SpeakerKind.PERSON || doc.quoteAt(n.offset()) != null
                    || n.words().stream().anyMatch(Mentions::isDateWord) || passiveSubject(n)
                    // "the crash that killed Jim Vik. He told police": a victim is talked about.
                    || NamedRoles.victim(doc, n) || NamedRoles.listener(doc, n)
                    // "... will close in May. She said": a month after a preposition; "a congressman from
                    // Georgia", "in Orlando": one bare word after "in", "from" or "of" is a place ("of Mr.
                    // Putin's" is a person).
                    || n.words().size() == 1 && Name.wordsWithTitles(n.text()).size() == 1 && !possessive(n)
                            && afterPreposition(n.offset(), StructureStage.parseMonth(n.words().get(0)) != null
                                    ? PREPOSITIONS : PLACE_PREPOSITIONS)
                    // "She says Trump's tweets about Machado are lies": a name in what is said is talked about.
                    || inContent(found, n) || inContent(pronoun, n)
                    // "Rep. Robert C. \"Bobby\" Scott": a name cut at its initial is no one's full name.
                    || !n.words().isEmpty() && n.words().get(n.words().size() - 1).length() == 1) {
                continue;
            }
            // "Trump has ...", "Warren told ...": a surname stands for the fullest name the text gives, whose
            // first name says the gender ("Warren" alone would read as a man's first name).
            String full = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
            if (lexicon.isPlace(full)) {
                // "Georgia", "Aurora": a place that looks like a first name ("Cornel West" is a person).
                continue;
            }
            Name person = full.equals(n.text()) ? n : new Name(full, SpeakerKind.PERSON, n.role(), n.offset());
            Gender own = names.gender(full);
            // "Tom Lund and Jim Vik were there. He said": of two people joined by "and", "he" cannot tell which
            // unless the other is a woman.
            int conjunct = NamedRoles.conjunct(doc, n);
            if (person.words().size() > 1 && opensSentence(n.offset()) && (gender == null || gender.fits(own)) && conjunct < 0) {
                return person;
            }
            // Only a name's own words pick someone not opening a sentence: the pronouns after a capitalised run that is
            // no name ("Perdue (R-Ga.) said he") would make "R-Ga" a man.
            if (sameGender == null && gender != null && Gender.of(full, lexicon) == gender
                    && (possessive(n) || !NamedRoles.inPassing(doc, n, lexicon))
                    && !(conjunct >= 0 && gender.fits(genderAt(conjunct)))) {
                sameGender = person;
            }
        }
        return sameGender;
    }

    /**
     * The gender of the person named in the capitalised words starting at {@code offset} ("Vice President Joe
     * Biden"), by the fullest name the text gives them.
     */
    private Gender genderAt(int offset) {
        int j = Name.lastBefore(doc.names, offset) + 1;
        Name n = j < doc.names.size() ? doc.names.get(j) : null;
        Sentence s = doc.sentenceAt(offset);
        return n == null || s == null || n.offset() >= s.end() || n.offset() - offset > Windows.TITLE_BEFORE_SUBJECT_CHARS ? null
                : names.gender(names.expand(n.text(), SpeakerKind.PERSON, n.offset()));
    }

    /**
     * The organisation or document the last sentence between {@code from} and {@code to} opens with, nearby: a
     * body's name ("Nordwagen AG reported ...") or a description headed by a body or document word ("The
     * ministry of transport issued ...", "The ad then references ..."); null if none.
     */
    private Mention bodySubjectSince(int from, int to, boolean documentOnly) {
        // The pronoun's own sentence is left out: "The average benefit, it says, would be $300."
        for (int i = doc.sentenceAtOrAfter(to + 1) - 2; i >= 0; i--) {
            Sentence s = doc.sentences.get(i);
            if (s.start() < from || to - s.start() > Windows.PRONOUN_SUBJECT_CHARS) {
                return null;
            }
            Mention body = openingBody(s);
            if (body != null && (!documentOnly || body.kind() == SpeakerKind.DOCUMENT)) {
                return body;
            }
        }
        return null;
    }

    /** "It shows", "it found": what shows or finds is a document, a video or a study, not the body that made it. */
    private static boolean evidence(String cue) {
        String w = cue.toLowerCase(Locale.ROOT);
        return w.startsWith("show") || w.startsWith("found") || w.startsWith("find") || w.startsWith("reveal");
    }

    private Mention openingBody(Sentence s) {
        List<Token> tokens = doc.tokens(s);
        int k = !tokens.isEmpty() && Lexicon.DETERMINERS.contains(tokens.get(0).lower()) ? 1 : 0;
        Name first = Name.lastBefore(doc.names, s.start()) + 1 < doc.names.size()
                ? doc.names.get(Name.lastBefore(doc.names, s.start()) + 1) : null;
        if (first != null && k < tokens.size() && first.offset() == tokens.get(k).start()) {
            return first.kind() == SpeakerKind.ORGANIZATION ? new Mention(first.offset(), first.offset() + first.text().length(),
                    first.text(), "", first.text(), SpeakerKind.ORGANIZATION) : null;
        }
        for (int j = k; j < tokens.size() && j - k < Windows.BODY_DESCRIPTION_TOKENS; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.isCapitalized() || Lexicon.NP_BREAKERS.contains(t.lower())) {
                return null;
            }
            String w = Mentions.possessiveStem(t.lower());
            boolean organisation = lexicon.organizations.contains(w);
            if ((organisation || lexicon.documents.contains(w)) && w.equals(t.lower()) && j + 1 < tokens.size()
                    && tokens.get(j + 1).isWord() && !tokens.get(j + 1).isCapitalized()) {
                return new Mention(tokens.get(0).start(), t.end(), doc.text(tokens.get(0).start(), t.end()), "", "",
                        organisation ? SpeakerKind.ORGANIZATION : SpeakerKind.DOCUMENT);
            }
        }
        return null;
    }

    private static boolean inContent(Attribution a, Name n) {
        return a != null && n.offset() >= a.contentStart && n.offset() < a.contentEnd;
    }

    private boolean possessive(Name n) {
        int end = n.offset() + n.text().length();
        return end < doc.text.length() && (doc.text.charAt(end) == '\'' || doc.text.charAt(end) == '’');
    }

    private boolean afterPreposition(int offset, Set<String> prepositions) {
        int end = offset;
        while (end > 0 && Character.isWhitespace(doc.text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(doc.text.charAt(start - 1))) {
            start--;
        }
        return prepositions.contains(doc.text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * "Lowe was taken to hospital": a passive subject is someone things happen to, not someone the text turns
     * to as a speaker; "Patel was pleased" is no passive, and someone arrested or questioned still speaks.
     */
    private boolean passiveSubject(Name n) {
        Sentence s = doc.sentenceAt(n.offset());
        if (s == null) {
            return false;
        }
        List<Token> tokens = doc.tokens(s);
        int end = n.offset() + n.text().length();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() < end) {
                continue;
            }
            if (!BE.contains(tokens.get(i).lower())) {
                return false;
            }
            int k = i + 1 < tokens.size() && tokens.get(i + 1).is("been") ? i + 2 : i + 1;
            String w = k < tokens.size() ? tokens.get(k).lower() : "";
            return w.endsWith("ed") && !ATTITUDES.contains(w) && !NamedRoles.speakingPassive(w) || PARTICIPLES.contains(w);
        }
        return false;
    }

    /** At the sentence start, or after a title only ("Council member Raj Patel was ..."). */
    private boolean opensSentence(int offset) {
        Sentence s = doc.sentenceAt(offset);
        if (s == null) {
            return false;
        }
        if (doc.block(s.block()).kind() == Block.Kind.HEADLINE) {
            return false;
        }
        List<Token> tokens = doc.tokens(s);
        // Only a title, or an opening phrase and a comma then a title, may stand before the subject: "In a
        // statement on Tuesday, party leader Ola Berg was ...".
        int titleFrom = s.start();
        boolean titleOnly = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() >= offset) {
                if (!titleOnly || offset - titleFrom > Windows.TITLE_BEFORE_SUBJECT_CHARS) {
                    return false;
                }
                // A subject is followed by its verb: "Raj Patel was sceptical", not "African-Americans, he said".
                int k = i;
                while (k < tokens.size() && (tokens.get(k).isCapitalized() || tokens.get(k).is("."))) {
                    if (tokens.get(k).isAllCaps()) {
                        return false;
                    }
                    k++;
                }
                // "Clinton’s campaign said": a possessor is no subject.
                boolean possessor = k > i && !Mentions.possessiveStem(tokens.get(k - 1).lower()).equals(tokens.get(k - 1).lower());
                return !possessor && k < tokens.size() && tokens.get(k).isWord() && !tokens.get(k).isCapitalized();
            }
            if (t.is(",") && i > 0 && titleFrom == s.start() && ADVERBIAL_OPENERS.contains(tokens.get(0).lower())) {
                titleFrom = t.end();
                titleOnly = true;
            } else {
                titleOnly &= t.isCapitalized() && !Lexicon.NP_BREAKERS.contains(t.lower()) || lexicon.isRoleWord(t.lower());
            }
        }
        return false;
    }
}
