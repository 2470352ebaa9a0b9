package io.claimtrack.ingest.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every name the text gives, found once for the whole document ({@link AnnotatedDocument#names}): runs of
 * capitalised words split by {@link Mentions} into role and name, and the name in a title's aside ("The
 * Minister of Water Resources, Amara Osei, met ..."). Resolution expands surnames and links descriptions
 * and pronouns to these.
 */
public final class MentionStage implements Stage {

    /** "Neither Holm nor Dahl said": the sentence's first word, no part of the first name. */
    private static final Set<String> CORRELATIVES = WordSet.of("neither", "either");
    /** Words before a day or month that make it a date, even one that is also a first name ("on Tuesday", "in April"). */
    private static final Set<String> DATE_PREPOSITIONS = WordSet.of("on", "in", "since", "until", "last", "this", "next",
            "early", "late", "mid", "before", "after", "through");

    /** A sentence's subject start not read yet. */
    private static final int UNREAD = Integer.MIN_VALUE;
    /** How far back from a run a body's list of fields ("on Economic, Scientific and Technical ...") is read. */
    private static final int BODY_FIELD_TOKENS = 10;

    private final Lexicon lexicon;
    private final RolesAfterName rolesAfter;
    private final TitleAsides titleAsides;

    public MentionStage(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.rolesAfter = new RolesAfterName(lexicon);
        this.titleAsides = new TitleAsides(lexicon);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        for (Sentence s : doc.sentences) {
            // A method per sentence: this loop runs once per document, and a body inlined here is read interpreted
            // until the JIT compiles the loop, late in the first long text.
            addSentenceNames(doc, s);
        }
        GluedOpeners.drop(doc, lexicon);
        Nicknames.join(doc);
        HeadlineRuns.drop(doc, lexicon);
        OfficeFields.split(doc, lexicon);
    }

    /** The names of the sentence's runs of capitalised words. */
    private void addSentenceNames(AnnotatedDocument doc, Sentence s) {
        List<Token> tokens = doc.tokens;
        int i = s.firstToken();
        int subject = UNREAD;
        while (i < s.endToken()) {
            Token t = tokens.get(i);
            // Sentence openers ("As", "Commenting") are capitalised but belong to no name.
            if (!t.isCapitalized() && !titleBeforeName(tokens, i, s.endToken()) && !modifiedTitle(tokens, i, s.endToken())
                    || t.in(WordClass.NP_BREAKER) || t.in(WordClass.PERSON_PRONOUN) || t.in(WordClass.GROUP_PRONOUN)
                    || PhraseShapes.sentenceOpener(doc, t)
                    || i == s.firstToken() && (t.lower().endsWith("ing") || CORRELATIVES.contains(t.lower())
                            || !lexicon.cuesStartingWith(t.lower()).isEmpty())
                    // "On Tuesday Holm said": a date written against the name after it is none of it.
                    || Mentions.isDateWord(t.lower()) && i > s.firstToken() && DATE_PREPOSITIONS.contains(tokens.get(i - 1).lower())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.endToken() && (tokens.get(j).isCapitalized()
                    || j + 1 < s.endToken() && tokens.get(j + 1).isCapitalized()
                    && Mentions.isConnector(tokens.get(j).lower()) || titleBeforeName(tokens, j, s.endToken())
                    || modifiedTitle(tokens, j, s.endToken()) || Mentions.namePossessive(doc, lexicon, j) || titleOfThe(tokens, j, s.endToken())
                    || FieldLists.listComma(lexicon, tokens, j) || foreignBodyWord(tokens, j, s.endToken())
                    || abbreviationPeriod(tokens, j, s.endToken()))) {
                j++;
            }
            if (j > i + 1) {
                // Only a run of two words or more can hold where the subject starts: read once, when a run asks.
                subject = subject == UNREAD ? OpeningAdverbials.subjectStart(tokens, s.firstToken(), s.endToken()) : subject;
                if (i < subject && subject < j) {
                    // "In an interview with the Harbour Post Lund said": the subject starts inside the run.
                    j = subject;
                }
            }
            addNames(doc, i, j, s.endToken());
            i = j;
        }
    }

    /**
     * "Parc zoologique du Lannois": a body's word in another language, written in lower case inside its name, before a
     * particle and the name's capitalised rest, is part of the name.
     */
    private boolean foreignBodyWord(List<Token> tokens, int j, int end) {
        return j + 2 < end && tokens.get(j).isLowerWord() && lexicon.isForeignBodyWord(tokens.get(j).lower())
                && Mentions.isConnector(tokens.get(j + 1).lower()) && tokens.get(j + 2).isCapitalized();
    }

    /** The names of a run of capitalised words, two when an "and" joins two people. */
    private void addNames(AnnotatedDocument doc, int from, int to, int end) {
        String first = doc.tokens.get(from).lower();
        if (to - from == 2 && to < doc.tokens.size() && (doc.tokens.get(to).is("(") || doc.tokens.get(to).is(","))
                && !WordForms.singular(first).equals(first) && lexicon.roles.contains(WordForms.singular(first))) {
            // "Members: Senators Okafor (Chair), Lind": a plural title before a list of surnames is no part of the first;
            // "Nurses Against Holcomb" is a group's name.
            from++;
        }
        int and = splitAt(doc, from, to);
        if (and > 0) {
            addRun(doc, from, and, end);
            from = and + 1;
        }
        addRun(doc, from, to, end);
    }

    private void addRun(AnnotatedDocument doc, int from, int to, int end) {
        Mention m = doc.mentions.build(from, to);
        if (m != null && m.kind() == SpeakerKind.PERSON && (quotedThing(doc.tokens, from, to) || to == from + 1 && PlaceAdjectives.attributive(doc.tokens.get(from))
                || bodyField(doc.tokens, from, to) || OpeningAdverbials.placeOpening(doc.tokens, from, to))) {
            return;
        }
        if (m != null && m.hasName()) {
            String role = m.role().isEmpty() && m.kind() == SpeakerKind.PERSON ? rolesAfter.appositiveRole(doc, to, end) : m.role();
            if (role.isEmpty() && m.kind() == SpeakerKind.PERSON) {
                role = rolesAfter.copularRole(doc, from, to, end);
            }
            if (role.isEmpty() && m.kind() == SpeakerKind.PERSON) {
                role = rolesAfter.roleBefore(doc, from, to, end);
            }
            role = counterpartRole(doc, role, m.start());
            doc.names.add(new Name(withoutPossessive(m.name()), m.kind(), role, m.start()));
            if (TitleAsides.officeBefore(doc.tokens, from) >= 0) {
                // "to the Kingdom of Vestria, Piet Haugen,": the place closes an office's title.
                titleAsides.add(doc, m, from, to, end);
            }
        } else if (m != null) {
            int complement = doc.mentions.complementStart(from, to);
            if (complement > 0) {
                // "Supporters of Hillary Clinton and Bernie Sanders": not the speakers, but people the text names.
                addNames(doc, complement, to, end);
            }
            titleAsides.add(doc, m, from, to, end);
        }
    }

    /**
     * "the Commission on Economic, Scientific and Technical Cooperation": a run of capitalised words in the list of
     * fields after a body's "on" ("Economic", "Scientific", "Technical Cooperation") is the body's, no one's name. The
     * list shows itself by its commas and closing "and": "the Committee on Ethics, Ivo Lund, said" names Lund.
     */
    private boolean bodyField(List<Token> tokens, int from, int to) {
        int k = from - 1;
        boolean comma = false;
        while (k >= 2 && from - k <= BODY_FIELD_TOKENS && (tokens.get(k).is(",") || tokens.get(k).is("and"))
                && tokens.get(k - 1).isCapitalized()) {
            comma |= tokens.get(k).is(",");
            k -= 2;
        }
        if (k < 1 || !tokens.get(k).is("on") || !lexicon.organizations.contains(lexicon.headKey(tokens.get(k - 1).lower()))) {
            return false;
        }
        return tokens.get(from - 1).is("and") ? comma : closedByAnd(tokens, to);
    }

    /** The list going on from token {@code k} with ", Word" items to "and" and a capitalised word. */
    private static boolean closedByAnd(List<Token> tokens, int k) {
        for (int start = k; k + 1 < tokens.size() && k - start <= BODY_FIELD_TOKENS && tokens.get(k + 1).isCapitalized(); k += 2) {
            if (tokens.get(k).is("and")) {
                return true;
            }
            if (!tokens.get(k).is(",")) {
                return false;
            }
        }
        return false;
    }

    /** "the tanker “Blue Heron”", "the film 'Night Ferry'": a name alone in quotation marks after a common noun is a thing's. */
    private static boolean quotedThing(List<Token> tokens, int from, int to) {
        return from >= 2 && to < tokens.size() && tokens.get(from - 1).type() == Token.Type.QUOTE && tokens.get(to).type() == Token.Type.QUOTE
                && tokens.get(from - 2).type() == Token.Type.WORD && !tokens.get(from - 2).isCapitalized();
    }

    /**
     * "Foreign Minister Sergey Lavrov and his Turkish counterpart Hakan Fidan": a counterpart holds the same
     * office as the person named before in the sentence, for their own country ("Turkish Foreign Minister").
     */
    private String counterpartRole(AnnotatedDocument doc, String role, int offset) {
        String lower = role.toLowerCase(Locale.ROOT);
        if (!lower.endsWith("counterpart")) {
            return role;
        }
        Sentence s = doc.sentenceAt(offset);
        for (int j = Name.lastBefore(doc.names, offset); j >= 0 && s != null && doc.names.get(j).offset() >= s.start(); j--) {
            Name other = doc.names.get(j);
            if (other.kind() == SpeakerKind.PERSON && !other.role().isEmpty()
                    && !other.role().toLowerCase(Locale.ROOT).contains("counterpart")) {
                String own = role.substring(0, role.length() - "counterpart".length()).strip();
                String office = office(other.role());
                return office.isEmpty() ? role : (own.isEmpty() ? office : own + " " + office);
            }
        }
        return role;
    }

    /** "Russian Foreign Minister" → "Foreign Minister": the title without the country that holds it. */
    private String office(String role) {
        String[] words = role.split(" ");
        int i = 0;
        while (i < words.length - 1 && !lexicon.isRoleWord(words[i].toLowerCase(Locale.ROOT))) {
            i++;
        }
        return String.join(" ", Arrays.copyOfRange(words, i, words.length));
    }

    /** "Hillary Clinton’s campaign": the person is "Hillary Clinton". */
    private static String withoutPossessive(String name) {
        return Mentions.isPossessive(name) ? name.substring(0, name.length() - 2) : name;
    }

    /**
     * "Ambassador John Bolton and security editor Sebastian Gorka": the "and" between two people, each with
     * a name of their own; -1 when the run is one name ("Ministry of Trade and Industry").
     */
    private int splitAt(AnnotatedDocument doc, int from, int to) {
        boolean listed = false;
        for (int k = from + 1; k < to - 1; k++) {
            if (doc.tokens.get(k).is(",")) {
                // "Minister of Culture, Sport and Tourism Pavel Rusk": the "and" closes the field's list.
                listed = true;
            } else if (doc.tokens.get(k).is("and") && listed) {
                listed = false;
            } else if (doc.tokens.get(k).is("and")) {
                Mention left = doc.mentions.build(from, k);
                Mention right = doc.mentions.build(k + 1, to);
                return left != null && right != null && left.hasName() && right.hasName() && !fieldsOnly(left.text())
                        && left.kind() == SpeakerKind.PERSON && right.kind() == SpeakerKind.PERSON ? k : -1;
            }
        }
        return -1;
    }

    /** "Energy and Natural Resources Minister Yusuf Demir": the words before the "and" name the office's fields, no one. */
    private boolean fieldsOnly(String text) {
        return Name.words(text).stream().allMatch(w -> lexicon.roleField(w) != null);
    }

    /**
     * "President of the Republic of Maravia Ilse Karrow", "Minister of Foreign Affairs of the Republic of Orvenia Lenn
     * Harro": a title's "of the" joins the place it is held for, after the title's own fields; so does an envoy's "to"
     * ("Ambassador of the Republic of Arvia to Ostrava Beatrix Lund"), also after fields that list with commas.
     */
    private boolean titleOfThe(List<Token> tokens, int i, int end) {
        // The envoy's name after the place: "to Estmark, who presented" is the title's end.
        boolean to = tokens.get(i).is("to") && i + 2 < end && tokens.get(i + 1).isCapitalized() && tokens.get(i + 2).isCapitalized();
        if (!to && (!tokens.get(i).is("of") || i + 2 >= end || !tokens.get(i + 1).is("the") || !tokens.get(i + 2).isCapitalized())) {
            return false;
        }
        boolean listed = false;
        for (int k = i - 1; k >= 0 && i - k <= (listed ? Windows.TITLE_FIELD_LIST_TOKENS : Windows.TITLE_FIELD_TOKENS); k--) {
            Token t = tokens.get(k);
            if (FieldLists.listComma(lexicon, tokens, k)) {
                // "Minister of Foreign Affairs, Trade and Culture of the Republic of Ravelia": the fields list on.
                listed = true;
                continue;
            }
            // "Justice of the Peace": a court's title, though "justice" alone is no role word.
            if (lexicon.roles.contains(lexicon.headKey(t.lower())) || k == i - 1 && lexicon.titles.courtTitle(t.lower()) != null) {
                return true;
            }
            if (!t.isCapitalized() && !t.is("of") && !t.is("for") && !t.is("and") && !(to && t.is("the"))) {
                return false;
            }
        }
        return false;
    }

    /** "Ms. Rivera", "Gen. Norman Ham": the period of a short capitalised abbreviation inside a name. */
    private static boolean abbreviationPeriod(List<Token> tokens, int i, int end) {
        Token prev = tokens.get(i - 1);
        return tokens.get(i).is(".") && i + 1 < end && tokens.get(i + 1).isCapitalized() && prev.isCapitalized()
                && prev.end() == tokens.get(i).start() && prev.text().length() <= 4;
    }

    /** "Kremlin aide Yury Ushakov", "spokeswoman Lina Roth": a lower-case title joins the name after it. */
    private boolean titleBeforeName(List<Token> tokens, int i, int end) {
        return i + 1 < end && tokens.get(i + 1).isCapitalized() && lexicon.roles.contains(tokens.get(i).lower());
    }

    /**
     * "Republican presidential nominee Donald Trump", "senior press officer Ana Ruiz": lower-case title modifiers
     * before a title that joins the name belong to the title.
     */
    private boolean modifiedTitle(List<Token> tokens, int i, int end) {
        int k = i;
        while (k < end && k - i < Windows.TITLE_MODIFIER_TOKENS && !tokens.get(k).isCapitalized() && tokens.get(k).in(WordClass.ROLE_MODIFIER)) {
            k++;
        }
        return k > i && titleBeforeName(tokens, k, end);
    }
}
