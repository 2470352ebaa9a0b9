package io.claimtrack.ingest.extract;

import java.util.Arrays;
import java.util.HashSet;
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

    private static final Set<String> OF_PLACE = WordSet.of("to", "of", "for", "at", "in");
    private static final Set<String> COPULAS = WordSet.of("is", "was");
    /** Pronouns that turn a relative clause to someone else: "who told him the mayor was away". */
    private static final Set<String> OTHER_PERSON = WordSet.of("he", "she", "they", "him", "her", "them", "his", "their");
    /** Where a role named after "as" ends: "as a winger for Salzburg", "as mayor since 2019". */
    private static final Set<String> ROLE_ENDERS = WordSet.of("for", "at", "in", "on", "with", "from", "since", "until",
            "during", "and", "or", "but", "of");

    /** "Neither Holm nor Dahl said": the sentence's first word, no part of the first name. */
    private static final Set<String> CORRELATIVES = WordSet.of("neither", "either");
    /** Words before a day or month that make it a date, even one that is also a first name ("on Tuesday", "in April"). */
    private static final Set<String> DATE_PREPOSITIONS = WordSet.of("on", "in", "since", "until", "last", "this", "next",
            "early", "late", "mid", "before", "after", "through");

    /** Words that join an office to the place or body it is held at: "Ambassador of Norland to the Kingdom of Vestria". */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = WordSet.of("to", "in", "for");

    private final Lexicon lexicon;

    public MentionStage(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void process(AnnotatedDocument doc) {
        List<Token> tokens = doc.tokens;
        for (Sentence s : doc.sentences) {
            int i = s.firstToken();
            int subject = ClauseShapes.subjectStart(tokens, i, s.endToken());
            while (i < s.endToken()) {
                Token t = tokens.get(i);
                // Sentence openers ("As", "Commenting") are capitalised but belong to no name.
                if (!t.isCapitalized() && !titleBeforeName(tokens, i, s.endToken()) && !modifiedTitle(tokens, i, s.endToken())
                        || Lexicon.NP_BREAKERS.contains(t.lower())
                        || Lexicon.PERSON_PRONOUNS.contains(t.lower()) || Lexicon.GROUP_PRONOUNS.contains(t.lower())
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
                        || abbreviationPeriod(tokens, j, s.endToken()))) {
                    j++;
                }
                if (i < subject && subject < j) {
                    // "In an interview with the Harbour Post Lund said": the subject starts inside the run.
                    j = subject;
                }
                addNames(doc, i, j, s.endToken());
                i = j;
            }
        }
        dropGluedOpeners(doc);
        HeadlineRuns.drop(doc, lexicon);
        OfficeFields.split(doc, lexicon);
    }

    /**
     * "Hold Melania Trump to her word": a word capitalised only because it opens a headline or sentence is no
     * part of the name after it, when that word is no first name or title and the text names the person
     * elsewhere without it. A name the text gives nowhere else keeps its first word ("Kellyanne Elizabeth Conway").
     */
    private void dropGluedOpeners(AnnotatedDocument doc) {
        Set<String> persons = new HashSet<>();
        for (Name n : doc.names) {
            if (n.kind() == SpeakerKind.PERSON) {
                persons.add(n.text());
            }
        }
        for (int k = 0; k < doc.names.size(); k++) {
            Name n = doc.names.get(k);
            int space = n.text().indexOf(' ');
            if (n.kind() != SpeakerKind.PERSON || !n.role().isEmpty() || n.words().size() < 3 || space < 0) {
                continue;
            }
            Sentence s = doc.sentenceAt(n.offset());
            String first = n.text().substring(0, space).toLowerCase(Locale.ROOT);
            String rest = n.text().substring(space + 1);
            if (s != null && doc.tokens.get(s.firstToken()).start() == n.offset() && persons.contains(rest)
                    && !lexicon.isFirstName(first) && !lexicon.isRoleWord(first)) {
                doc.names.set(k, new Name(rest, SpeakerKind.PERSON, "", n.offset() + space + 1));
            }
        }
    }

    /** The names of a run of capitalised words, two when an "and" joins two people. */
    private void addNames(AnnotatedDocument doc, int from, int to, int end) {
        int and = splitAt(doc, from, to);
        if (and > 0) {
            addRun(doc, from, and, end);
            from = and + 1;
        }
        addRun(doc, from, to, end);
    }

    private void addRun(AnnotatedDocument doc, int from, int to, int end) {
        Mention m = doc.mentions.build(from, to);
        if (m != null && m.hasName()) {
            String role = m.role().isEmpty() && m.kind() == SpeakerKind.PERSON ? appositiveRole(doc, to, end) : m.role();
            if (role.isEmpty() && m.kind() == SpeakerKind.PERSON) {
                role = copularRole(doc, from, to, end);
            }
            role = counterpartRole(doc, role, m.start());
            doc.names.add(new Name(withoutPossessive(m.name()), m.kind(), role, m.start()));
            if (officeBefore(doc.tokens, from) >= 0) {
                // "to the Kingdom of Vestria, Piet Haugen,": the place closes an office's title.
                titleInAside(doc, m, from, to, end);
            }
        } else if (m != null) {
            int complement = doc.mentions.complementStart(from, to);
            if (complement > 0) {
                // "Supporters of Hillary Clinton and Bernie Sanders": not the speakers, but people the text names.
                addNames(doc, complement, to, end);
            }
            titleInAside(doc, m, from, to, end);
        }
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
        return name.endsWith("’s") || name.endsWith("'s") ? name.substring(0, name.length() - 2) : name;
    }

    /**
     * "Ambassador John Bolton and security editor Sebastian Gorka": the "and" between two people, each with
     * a name of their own; -1 when the run is one name ("Ministry of Trade and Industry").
     */
    private int splitAt(AnnotatedDocument doc, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (doc.tokens.get(k).is("and")) {
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

    /** "Tomas Vik, the health minister, ...": the role in the apposition after a name, or "". */
    private String appositiveRole(AnnotatedDocument doc, int comma, int end) {
        List<Token> tokens = doc.tokens;
        if (comma + 1 >= end || !tokens.get(comma).is(",")) {
            return "";
        }
        if (tokens.get(comma + 1).is("who")) {
            return predicateRole(doc, comma + 2, end);
        }
        int npEnd = doc.mentions.scanRight(comma + 1, end);
        int tailEnd = npEnd;
        if (tailEnd > 0 && tailEnd + 1 < end && (OF_PLACE.contains(tokens.get(tailEnd).lower()) || tokens.get(tailEnd).is("from"))) {
            // "Russia's ambassador to Norway", "the council member from the east ward": the complement belongs to the title.
            tailEnd = doc.mentions.scanRight(tailEnd + 1, end);
        }
        for (int k = comma + 2; k < npEnd - 1 && tailEnd == npEnd; k++) {
            if (OF_PLACE.contains(tokens.get(k).lower())) {
                // "the spokeswoman for the Foreign Ministry", read as one phrase with the body's name: the title
                // is the phrase before the preposition, the body its complement.
                npEnd = k;
            }
        }
        // "a former state party chairman who just signed on": a relative clause closes the title.
        if (tailEnd < 0 || tailEnd < end && !tokens.get(tailEnd).is(",") && !tokens.get(tailEnd).is(".") && !tokens.get(tailEnd).is("who")) {
            return "";
        }
        Mention apposition = doc.mentions.build(comma + 1, npEnd);
        boolean titled = apposition != null && !apposition.hasName() && apposition.kind() == SpeakerKind.PERSON
                && lexicon.roles.contains(lexicon.headKey(tokens.get(npEnd - 1).lower()));
        if (!titled || asideOfNext(doc, tailEnd, end)) {
            return "";
        }
        return tailEnd == npEnd ? apposition.role()
                : apposition.role() + doc.text(tokens.get(npEnd - 1).end(), tokens.get(tailEnd - 1).end());
    }

    /**
     * "the Minister of Pelmark, Ana Ruiz, the Minister of Zelvara, Ivo Lam, paid": a title between two names closed by a
     * name set off in commas is the next one's ({@link #titleInAside}), not an apposition of the name before.
     */
    private boolean asideOfNext(AnnotatedDocument doc, int comma, int end) {
        List<Token> tokens = doc.tokens;
        int k = comma + 1;
        while (k < end && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (comma >= end || !tokens.get(comma).is(",") || k == comma + 1 || k < end && !tokens.get(k).is(",")) {
            return false;
        }
        Mention next = doc.mentions.build(comma + 1, k);
        return next != null && next.hasName() && next.kind() == SpeakerKind.PERSON;
    }

    /**
     * "Irena Vasko is the ministry's spokeswoman." and "The ministry's spokeswoman is Irena Vasko.": the role
     * a main clause gives the name, so a later "the spokeswoman" can be linked to it; "" if none.
     */
    private String copularRole(AnnotatedDocument doc, int from, int to, int end) {
        List<Token> tokens = doc.tokens;
        if (to + 1 < end && COPULAS.contains(tokens.get(to).lower())) {
            int start = Lexicon.DETERMINERS.contains(tokens.get(to + 1).lower()) ? to + 2 : to + 1;
            int npEnd = start < end ? doc.mentions.scanRight(start, end) : -1;
            boolean whole = npEnd > 0 && (npEnd == end || tokens.get(npEnd).is(".") || tokens.get(npEnd).is(","));
            return whole && rolePhrase(tokens, start, npEnd) ? doc.text(tokens.get(start).start(), tokens.get(npEnd - 1).end()) : "";
        }
        if (from < 2 || !COPULAS.contains(tokens.get(from - 1).lower()) || to < end && !tokens.get(to).is(".")) {
            return "";
        }
        // Only now the sentence's search: most names follow no copula.
        Sentence s = doc.sentenceAt(tokens.get(from).start());
        if (s == null || from - 2 < s.firstToken()) {
            return "";
        }
        int start = Lexicon.DETERMINERS.contains(tokens.get(s.firstToken()).lower()) ? s.firstToken() + 1 : s.firstToken();
        boolean subject = start < from - 1 && doc.mentions.scanRight(start, from - 1) == from - 1;
        return subject && rolePhrase(tokens, start, from - 1) ? doc.text(tokens.get(start).start(), tokens.get(from - 2).end()) : "";
    }

    /** A lower-case description headed by a title: "ministry's spokeswoman", "chief economist". */
    private boolean rolePhrase(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isCapitalized() && k > from || !tokens.get(k).isWord()) {
                return false;
            }
        }
        return lexicon.roles.contains(lexicon.headKey(tokens.get(to - 1).lower()));
    }

    /**
     * "Tomas Berger, who played as a winger for Salzburg," "Anna Kovac, who was elected mayor in 2022,": the
     * role a relative clause gives, so "the winger" and "the mayor" can be linked to the name; "" if none.
     */
    private String predicateRole(AnnotatedDocument doc, int from, int end) {
        List<Token> tokens = doc.tokens;
        int limit = Math.min(end, from + Windows.PREDICATE_ROLE_TOKENS);
        for (int k = from; k < limit; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || OTHER_PERSON.contains(t.lower())) {
                // The clause is over, or it speaks of someone else ("who told her ...").
                return "";
            }
            if (t.is("as")) {
                int start = k + 1 < limit && Lexicon.DETERMINERS.contains(tokens.get(k + 1).lower()) ? k + 2 : k + 1;
                int stop = start;
                while (stop < limit && tokens.get(stop).isWord() && !tokens.get(stop).isCapitalized()
                        && !ROLE_ENDERS.contains(tokens.get(stop).lower()) && !Lexicon.NP_BREAKERS.contains(tokens.get(stop).lower())) {
                    stop++;
                }
                return stop > start && stop - start <= Windows.ROLE_AFTER_AS_TOKENS ? doc.text(tokens.get(start).start(), tokens.get(stop - 1).end()) : "";
            }
            if (!t.isCapitalized() && lexicon.roles.contains(lexicon.headKey(t.lower()))) {
                int start = k;
                while (start > from && lexicon.isRoleWord(tokens.get(start - 1).lower())) {
                    start--;
                }
                return doc.text(tokens.get(start).start(), t.end());
            }
        }
        return "";
    }

    /**
     * "President of the Republic of Maravia Ilse Karrow", "Minister of Foreign Affairs of the Republic of Orvenia Lenn
     * Harro": a title's "of the" joins the place it is held for, after the title's own fields.
     */
    private boolean titleOfThe(List<Token> tokens, int i, int end) {
        if (!tokens.get(i).is("of") || i + 2 >= end || !tokens.get(i + 1).is("the") || !tokens.get(i + 2).isCapitalized()) {
            return false;
        }
        for (int k = i - 1; k >= 0 && i - k <= Windows.TITLE_FIELD_TOKENS; k--) {
            Token t = tokens.get(k);
            if (lexicon.roles.contains(lexicon.headKey(t.lower()))) {
                return true;
            }
            if (!t.isCapitalized() && !t.is("of") && !t.is("and")) {
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

    /**
     * "The Minister of Water Resources, Amara Osei, met ...", "... with the President of Tervonia, Mikael Sorensen.": the
     * aside's name gets the title, the aside closed by a comma or, two names or more, by the sentence. The title may end in
     * a run of its own after "to", "in" or "for": "the Ambassador of Norland to the Kingdom of Vestria, Piet Haugen,".
     */
    private void titleInAside(AnnotatedDocument doc, Mention title, int from, int comma, int end) {
        List<Token> tokens = doc.tokens;
        String role = title.text();
        if (Name.words(role).stream().noneMatch(lexicon.roles::contains)) {
            int office = officeBefore(tokens, from);
            role = office < 0 ? "" : doc.text(tokens.get(office).start(), title.end());
        }
        if (comma >= end || !tokens.get(comma).is(",") || Name.words(role).stream().noneMatch(lexicon.roles::contains)) {
            return;
        }
        int k = comma + 1;
        while (k < end && tokens.get(k).isCapitalized()) {
            k++;
        }
        Mention aside = k > comma + 1 && (k < end && tokens.get(k).is(",") || k + 1 >= end && k > comma + 2) ? doc.mentions.build(comma + 1, k) : null;
        if (aside != null && aside.hasName() && aside.kind() == SpeakerKind.PERSON) {
            int space = role.indexOf(' ');
            if (space > 0 && Lexicon.DETERMINERS.contains(role.substring(0, space).toLowerCase(Locale.ROOT))) {
                role = role.substring(space + 1);
            }
            doc.names.add(new Name(aside.name(), SpeakerKind.PERSON, role, aside.start()));
        }
    }

    /**
     * The first token of the capitalised run before "to", "in" or "for" (and an article) that opens the run at
     * {@code from}: "Ambassador of Norland" before "to the Kingdom of Vestria"; -1 if none.
     */
    private static int officeBefore(List<Token> tokens, int from) {
        int k = from - 1;
        if (k >= 0 && Lexicon.ARTICLES.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 1 || !COMPLEMENT_PREPOSITIONS.contains(tokens.get(k).lower()) || !tokens.get(k - 1).isCapitalized()) {
            return -1;
        }
        int start = k - 1;
        while (start > 0 && (tokens.get(start - 1).isCapitalized()
                || Mentions.isConnector(tokens.get(start - 1).lower()) && start > 1 && tokens.get(start - 2).isCapitalized())) {
            start--;
        }
        return start;
    }
}
