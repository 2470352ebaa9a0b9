package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people a text may have turned to as a sentence's subject, for a pronoun to take ("Council member Raj Patel
 * was sceptical. 'I have heard this,' he said."): what {@link PronounResolver} needs to know of each name of the
 * document whatever the pronoun, worked out once per name. Every pronoun within reach of a name asks of it again,
 * and text of short quoted answers ("‘Yes,’ he said." over and over) made that the bulk of the extraction.
 */
final class SubjectCandidates {

    /**
     * A name as a possible subject: the fullest name the text gives ({@code person}), its gender by words or by
     * the document's pronouns, by words alone, whether it opens its sentence, the name it is joined to by "and"
     * (offset, or -1) and that one's gender, and whether it is more than mentioned in passing. All but the
     * person are worked out when first asked: a pronoun turns from most names at the first test ("Yes" in
     * "‘Yes, he said." has one word and no gender), and the tests it never reaches were most of a name's time.
     */
    final class Candidate {

        private final Name named;
        private final NamedRoles.Place place;
        private final Name person;
        private Gender gender;
        private Gender wordsGender;
        private Boolean opensSentence;
        private int conjunct = UNKNOWN;
        private Gender conjunctGender;
        private Boolean notInPassing;
        private Introductions.Introduction introduction;
        private boolean introductionKnown;
        /** Which of the genders are worked out: bits of {@link #GENDER}, {@link #WORDS_GENDER}, {@link #CONJUNCT_GENDER}. */
        private int known;

        private Candidate(Name named, NamedRoles.Place place, Name person) {
            this.named = named;
            this.place = place;
            this.person = person;
        }

        Name person() {
            return person;
        }

        Gender gender() {
            if ((known & GENDER) == 0) {
                gender = names.gender(person.text());
                // "His wife, Marisela,": a first name on no list takes the gender of the word that introduces it.
                if (gender == null && introduction() != null) {
                    gender = introduction().head();
                }
                known |= GENDER;
            }
            return gender;
        }

        /**
         * The gender of the person the name possesses opening its sentence ({@link OpeningPossessors#possessedAtOpening}),
         * or null.
         */
        Gender possessedAtOpening() {
            return named.possessiveIn(doc.text) ? OpeningPossessors.possessedAtOpening(doc, place) : null;
        }

        /** Whether the name possesses a thing opening its sentence ({@link OpeningPossessors#thingPossessedAtOpening}). */
        boolean thingPossessedAtOpening() {
            return named.possessiveIn(doc.text) && OpeningPossessors.thingPossessedAtOpening(doc, lexicon, place, named.offset());
        }

        /** How a description set off before the name introduces the person ({@link Introductions#introduction}), or null. */
        Introductions.Introduction introduction() {
            if (!introductionKnown) {
                introduction = introductions.introduction(place);
                introductionKnown = true;
            }
            return introduction;
        }

        Gender wordsGender() {
            if ((known & WORDS_GENDER) == 0) {
                wordsGender = Gender.of(person.text(), lexicon);
                known |= WORDS_GENDER;
            }
            return wordsGender;
        }

        /**
         * Named in two words or more, by a first name alone that the text never completes ("Tobiah, the younger son,"),
         * or by one that a description introduces ("His wife, Marisela,").
         */
        boolean fullyNamed() {
            return person.words().size() > 1 || givenAlone(person.text()) != null || introduction() != null;
        }

        boolean opensSentence() {
            if (opensSentence == null) {
                opensSentence = shape.opensSentence(place, named.offset());
            }
            return opensSentence;
        }

        // "Tom Lund and Jim Vik were there. He said": of two people joined by "and", "he" cannot tell which
        // unless the other is a woman.
        int conjunct() {
            if (conjunct == UNKNOWN) {
                conjunct = NamedRoles.conjunct(place);
            }
            return conjunct;
        }

        Gender conjunctGender() {
            if ((known & CONJUNCT_GENDER) == 0) {
                conjunctGender = conjunct() >= 0 ? genderAt(conjunct()) : null;
                known |= CONJUNCT_GENDER;
            }
            return conjunctGender;
        }

        boolean notInPassing() {
            if (notInPassing == null) {
                notInPassing = named.possessiveIn(doc.text) || !NamedRoles.inPassing(place, lexicon);
            }
            return notInPassing;
        }
    }

    private static final int UNKNOWN = -2;
    private static final int GENDER = 1;
    private static final int WORDS_GENDER = 2;
    private static final int CONJUNCT_GENDER = 4;

    private static final Set<String> PREPOSITIONS = WordSet.of("in", "on", "since", "until", "by", "from", "of", "through");
    private static final Set<String> PLACE_PREPOSITIONS = WordSet.of("in", "from", "of");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final NameIndex names;
    /** Per name of the document: not yet decided (absent), or its candidate, or {@link #talkedAbout}. */
    private final Candidate[] decided;
    private final String[] fullNames;
    private final Candidate talkedAbout = new Candidate(null, null, null);
    private final LastPassing mayBeSubject;
    private final SubjectShape shape;
    private final Introductions introductions;
    private final PlacesByUse places;
    /** How often the text uses each one-word name, counted when first asked. */
    private Map<String, Integer> oneWordUses;

    SubjectCandidates(AnnotatedDocument doc, Lexicon lexicon, NameIndex names) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.names = names;
        this.shape = new SubjectShape(doc, lexicon);
        this.introductions = new Introductions(doc, lexicon);
        this.places = new PlacesByUse(doc, lexicon, names);
        this.decided = new Candidate[doc.names.size()];
        this.fullNames = new String[doc.names.size()];
        // The fullest name's words first: they turn most names away before the tests of where the name stands.
        this.mayBeSubject = new LastPassing(doc.names.size(), j -> maySpeak(j) && at(j) != null);
    }

    /**
     * Index of the last name at or before the j-th that a pronoun may take as its subject (a person named in two
     * words or more, or in one that tells a gender), or -1. The others never give a pronoun its subject, and
     * short answers repeated ("‘Yes, he said.") put some 25 of them in each pronoun's reach.
     */
    int possibleAtOrBefore(int j) {
        return mayBeSubject.atOrBefore(j);
    }

    /** A person whose fullest name has two words or more, or one that tells a gender. */
    private boolean maySpeak(int j) {
        Name n = doc.names.get(j);
        if (n.kind() != SpeakerKind.PERSON) {
            return false;
        }
        String full = fullName(j);
        return (full.equals(n.text()) ? n.words() : Name.words(full)).size() > 1 || Gender.of(full, lexicon) != null
                || givenAlone(full) != null || introductions.introduction(NamedRoles.Place.of(doc, n.offset())) != null;
    }

    /**
     * The gender of a one-word name that is a first name on one shipped list and that the text uses more than once, never
     * as a place: a feature calls family members by first name ("Her sons, Anselm and Tobiah"); a lone surname that is
     * also a first name ("Warren said") mostly has a fuller name in the text, which it then stands for; "Any" opening a
     * sentence once is no one. Null for other names.
     */
    private Gender givenAlone(String full) {
        if (full.indexOf(' ') >= 0) {
            return null;
        }
        Gender g = lexicon.genderOfFirstName(full.toLowerCase(Locale.ROOT));
        if (g == null) {
            return null;
        }
        if (oneWordUses == null) {
            oneWordUses = new HashMap<>();
            for (Name n : doc.names) {
                if (n.text().indexOf(' ') < 0) {
                    oneWordUses.merge(n.text(), 1, Integer::sum);
                }
            }
        }
        return oneWordUses.getOrDefault(full, 0) > 1 && !places.is(full) ? g : null;
    }

    /** The fullest name the text gives the j-th name's bearer ("Trump" → "Donald Trump"). */
    private String fullName(int j) {
        if (fullNames[j] == null) {
            Name n = doc.names.get(j);
            fullNames[j] = names.expand(n.text(), SpeakerKind.PERSON, n.offset());
        }
        return fullNames[j];
    }

    /** Whether a one-word name is a place by the text's use of it ({@link PlacesByUse}). */
    boolean placeByUse(String name) {
        return places.is(name);
    }

    /** The j-th name of the document as a possible subject; null if it is only talked about or a place. */
    Candidate at(int j) {
        if (decided[j] == null) {
            decided[j] = decide(j);
        }
        return decided[j] == talkedAbout ? null : decided[j];
    }

    private Candidate decide(int j) {
        Name n = doc.names.get(j);
        if (n.kind() != SpeakerKind.PERSON || doc.quoteAt(n.offset()) != null || hasDateWord(n)) {
            return talkedAbout;
        }
        NamedRoles.Place place = NamedRoles.Place.of(doc, n.offset());
        if (SubjectShape.passiveSubject(place, n)
                // "the crash that killed Jim Vik. He told police": a victim is talked about.
                || NamedRoles.victim(place) || NamedRoles.listener(place)
                // "... will close in May. She said": a month after a preposition; "a congressman from
                // Georgia", "in Orlando": one bare word after "in", "from" or "of" is a place ("of Mr.
                // Putin's" is a person).
                // (The word split last: the other tests are cheaper and most often false.)
                || n.words().size() == 1 && !n.possessiveIn(doc.text)
                        && PlacesByUse.afterWord(doc, n.offset(), StructureStage.parseMonth(n.words().get(0)) != null
                                ? PREPOSITIONS : PLACE_PREPOSITIONS)
                        && Name.wordsWithTitles(n.text()).size() == 1
                // "who runs an agency in Port Maitland": a name of any length after "in" is where, not who ("Port" is
                // also a first name).
                || !n.possessiveIn(doc.text) && PlacesByUse.afterWord(doc, n.offset(), PlacesByUse.IN)
                // "Rep. Robert C. \"Bobby\" Scott": a name cut at its initial is no one's full name.
                || !n.words().isEmpty() && n.surname().length() == 1
                // "Sixty-two percent of Republicans agreed": a figure opening a sentence is no one.
                || n.words().stream().allMatch(SubjectCandidates::numberWord)
                || inRoleOfPrevious(n)) {
            return talkedAbout;
        }
        // "Trump has ...", "Warren told ...": a surname stands for the fullest name the text gives, whose
        // first name says the gender ("Warren" alone would read as a man's first name).
        String full = fullName(j);
        if (lexicon.isPlace(full)) {
            // "Georgia", "Aurora": a place that looks like a first name ("Cornel West" is a person).
            return talkedAbout;
        }
        return new Candidate(n, place, full.equals(n.text()) ? n : new Name(full, SpeakerKind.PERSON, n.role(), n.offset()));
    }

    /**
     * "said Tom Renn, chief economist at Harbour Capital in Port Ellis. He expects": a name inside the role given
     * to the person named just before it is where that person works, not someone the text turns to; so is one in
     * the relative clause on that role ("said Rolf Dahl, a former party chairman who signed on to Tor Lie's
     * campaign").
     */
    private boolean inRoleOfPrevious(Name n) {
        for (int j = Name.lastBefore(doc.names, n.offset()); j >= 0; j--) {
            Name p = doc.names.get(j);
            int after = p.offset() + p.text().length();
            if (n.offset() - after > Windows.ROLE_AFTER_NAME_CHARS) {
                return false;
            }
            if (p.kind() == SpeakerKind.PERSON && !p.role().isEmpty()) {
                // Searched only where a role holding the name can be: a role given before its holder ("Chief
                // economist Tom Renn") would send an open search through the rest of the text.
                int end = n.offset() + n.text().length();
                int roleStart = doc.text.substring(after,
                        Math.max(after, Math.min(doc.text.length(), n.offset() + p.role().length()))).indexOf(p.role());
                int roleEnd = after + roleStart + p.role().length();
                return roleStart >= 0 && after + roleStart <= n.offset()
                        && (end <= roleEnd || n.offset() > roleEnd && inRelativeClause(doc.text(roleEnd, n.offset())));
            }
        }
        return false;
    }

    private static boolean numberWord(String w) {
        return FunctionWords.NUMBER_WORDS.contains(w) || FunctionWords.TENS.contains(w) || "one".equals(w);
    }

    /** The text between a role and a name: the role's relative clause, not yet closed. */
    private static boolean inRelativeClause(String between) {
        return between.startsWith(" who ") && between.indexOf(',') < 0 && between.indexOf('.') < 0;
    }

    private static boolean hasDateWord(Name n) {
        String text = n.text().toLowerCase(Locale.ROOT);
        for (String w : n.words()) {
            // "Ms. Oduya-March": a month's name inside a double surname dates nothing.
            if (Mentions.isDateWord(w) && !text.contains("-" + w) && !text.contains(w + "-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gender of the person named in the capitalised words starting at {@code offset} ("Vice President Joe
     * Biden"), by the fullest name the text gives them.
     */
    private Gender genderAt(int offset) {
        int j = Name.lastBefore(doc.names, offset) + 1;
        Name n = j < doc.names.size() ? doc.names.get(j) : null;
        Sentence s = doc.sentenceAt(offset);
        return n == null || s == null || n.offset() >= s.end() || n.offset() - offset > ResolutionWindows.TITLE_BEFORE_SUBJECT_CHARS ? null
                : names.gender(names.expand(n.text(), SpeakerKind.PERSON, n.offset()));
    }
}
