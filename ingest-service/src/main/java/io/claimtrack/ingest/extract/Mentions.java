package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** Finds speaker noun phrases around cues and splits them into role and name. */
final class Mentions {

    /** Lower-case words that join the parts of one name ("Ministry of Transport", "Lula da Silva"). */
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "de", "da", "do", "dos", "das",
            "van", "von", "der", "den", "bin", "al", "el", "la", "le", "del", "di", "du");
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "van", "von", "der", "den",
            "bin", "al", "el", "la", "le", "del", "di", "du");

    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday");
    /** Titles only with their period: "Del. Stacey Plaskett" is a delegate, "Del Shannon" a first name. */
    private static final Set<String> PERIOD_TITLES = Set.of("del");
    private static final Set<String> HONORIFICS = Set.of("mr", "ms", "mrs", "dr", "miss");
    private static final Set<String> INNER_LINKS = Set.of("and", "on", "at", "in", "to");

    private final Lexicon lexicon;

    Mentions(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Start index of the noun phrase ending at {@code last} (inclusive), scanning left; -1 if none. */
    int scanLeft(List<Token> tokens, int last, int floor) {
        if (last >= floor && Lexicon.THING_PRONOUNS.contains(tokens.get(last).lower())) {
            // "..., it said": the pronoun alone.
            return last;
        }
        int i = last;
        while (i >= floor && last - i < Windows.PHRASE_TOKENS) {
            Token t = tokens.get(i);
            if (!acceptable(tokens, i, floor, last)) {
                break;
            }
            i--;
            if (INNER_LINKS.contains(t.lower()) || t.is("of") || t.is("for")) {
                // A connector must be followed on its left by more of the phrase.
                if (i < floor || !acceptable(tokens, i, floor, last)) {
                    i++;
                    break;
                }
            }
        }
        int start = i + 1;
        while (start <= last && (CONNECTORS.contains(tokens.get(start).lower()) && !tokens.get(start).isCapitalized()
                && !Lexicon.DETERMINERS.contains(tokens.get(start).lower()))) {
            start++;
        }
        return start <= last ? start : -1;
    }

    /** End index (exclusive) of the noun phrase starting at {@code first}, scanning right; -1 if none. */
    int scanRight(List<Token> tokens, int first, int ceiling) {
        return scanRight(tokens, first, ceiling, false);
    }

    /**
     * As {@link #scanRight(List, int, int)}; {@code afterPreposition} for a phrase that cannot hold its own
     * cue ("according to show insiders", "according to the report"), where cue-like nouns are words.
     */
    int scanRight(List<Token> tokens, int first, int ceiling, boolean afterPreposition) {
        int i = first;
        while (i < ceiling && i - first < Windows.PHRASE_TOKENS && (acceptable(tokens, i, first, ceiling - 1)
                || afterPreposition && tokens.get(i).isWord() && !Lexicon.NP_BREAKERS.contains(tokens.get(i).lower()))) {
            i++;
        }
        while (i > first && CONNECTORS.contains(tokens.get(i - 1).lower())) {
            i--;
        }
        return i > first ? i : -1;
    }

    private boolean acceptable(List<Token> tokens, int i, int floor, int last) {
        Token t = tokens.get(i);
        if (t.type() == Token.Type.NUMBER) {
            return true;
        }
        if (t.is(".") && i > floor && i < last) {
            // "Mr. Burman", "Rep. G.K. Butterfield", "U.S. senator": the period of an abbreviation.
            Token prev = tokens.get(i - 1);
            boolean dotted = prev.text().indexOf('.') > 0;
            return prev.isCapitalized() && prev.end() == t.start() && prev.text().length() <= 4
                    && (tokens.get(i + 1).isCapitalized() || dotted && tokens.get(i + 1).isWord());
        }
        if (!t.isWord()) {
            return false;
        }
        if (Lexicon.THING_PRONOUNS.contains(t.lower())) {
            return i == floor && i == last;
        }
        if (t.isCapitalized()) {
            // "US" is a country, not the pronoun.
            return t.isAllCaps() || !Lexicon.NP_BREAKERS.contains(t.lower());
        }
        if (INNER_LINKS.contains(t.lower())) {
            // "Commission on Presidential Debates", "Smith and Jones": only between two capitalised words,
            // and not before a date ("The Times on Saturday").
            return i > floor && i < last && tokens.get(i - 1).isCapitalized() && tokens.get(i + 1).isCapitalized()
                    && !isDateWord(tokens.get(i + 1).lower());
        }
        if (t.lower().endsWith("ly") && t.lower().length() > 4) {
            return false;
        }
        return !Lexicon.NP_BREAKERS.contains(t.lower()) && lexicon.cuesStartingWith(t.lower()).isEmpty()
                || lexicon.roles.contains(t.lower()) || lexicon.documents.contains(t.lower());
    }

    /** Builds a mention over tokens {@code [from, to)}, or null when they cannot name a speaker. */
    Mention build(AnnotatedDocument doc, List<Token> tokens, int from, int to) {
        if (from < 0 || to <= from) {
            return null;
        }
        if (to - from > 1 && PhraseShapes.participle(tokens.get(from)) && (to - from > 2 && PhraseShapes.isArticle(tokens.get(from + 1).lower())
                || tokens.get(from + 1).isCapitalized())) {
            // "contradicting the operator's claim", "contradicting Bergen police's claim": the participle belongs
            // to the clause before the phrase.
            from++;
        }
        List<Token> span = tokens.subList(from, to);
        String text = doc.text(span.get(0).start(), span.get(span.size() - 1).end());
        Token head = span.get(span.size() - 1);
        if (span.size() == 1 && (Lexicon.PERSON_PRONOUNS.contains(head.lower())
                || Lexicon.GROUP_PRONOUNS.contains(head.lower()) || Lexicon.THING_PRONOUNS.contains(head.lower()))) {
            return new Mention(head.start(), head.end(), text, "", "", SpeakerKind.PRONOUN);
        }
        if (PhraseShapes.notAPhrase(span)) {
            return null;
        }
        boolean hasCap = false;
        int lastRoleOrLower = -1;
        for (int k = 0; k < span.size(); k++) {
            Token t = span.get(k);
            String w = headKey(t.lower());
            if (t.isCapitalized() && !(k == 0 && Lexicon.DETERMINERS.contains(t.lower()))) {
                hasCap = true;
                if ((lexicon.roles.contains(w) || lexicon.roleModifiers.contains(w) && roleFollows(span, k)
                        || PERIOD_TITLES.contains(w) && k + 1 < span.size() && span.get(k + 1).is(".")) && !surname(span, k)) {
                    lastRoleOrLower = k;
                }
            } else if (t.isWord() && !CONNECTORS.contains(t.lower()) && !bodyLink(span, k)) {
                lastRoleOrLower = k;
            }
            if (k < span.size() - 1 && !possessiveStem(t.lower()).equals(t.lower()) && !lexicon.organizations.contains(
                    headKey(span.get(span.size() - 1).lower()))) {
                // "Germany's Scholz": the possessor qualifies the name, it is not part of it.
                lastRoleOrLower = Math.max(lastRoleOrLower, k);
            } else if (t.isWord() && Lexicon.DETERMINERS.contains(t.lower()) && !(k > 0 && span.get(k - 1).is("of"))) {
                // "of the Virgin Islands" is where a titled person comes from, not a new description.
                lastRoleOrLower = k;
            }
        }
        String headWord = headKey(head.lower());
        boolean known = lexicon.roles.contains(headWord) || lexicon.organizations.contains(headWord)
                || lexicon.documents.contains(headWord) || lexicon.anonymous.contains(headWord)
                || lexicon.groups.contains(headWord);
        boolean determined = Lexicon.DETERMINERS.contains(span.get(0).lower()) && span.size() <= Windows.DETERMINED_PHRASE_TOKENS;
        if (!hasCap && !known && !determined) {
            return null;
        }
        if (lastRoleOrLower >= 0 && lastRoleOrLower + 1 < span.size()
                && (span.get(lastRoleOrLower + 1).is("of") || span.get(lastRoleOrLower + 1).is("for"))) {
            // "Minister of Sanitation and Water Resources": what follows the title belongs to it, unless a
            // name ends it: "Secretary of State Marco Rubio".
            int complement = span.size() - lastRoleOrLower - 2;
            boolean joined = false;
            for (int k = lastRoleOrLower + 2; k < span.size(); k++) {
                joined |= CONNECTORS.contains(span.get(k).lower()) || span.get(k).isWord() && !span.get(k).isCapitalized();
            }
            lastRoleOrLower = complement >= 3 && !joined ? PhraseShapes.beforeLastTwoWords(span) : span.size() - 1;
        }
        int nameFrom = lastRoleOrLower + 1;
        while (nameFrom < span.size() && (CONNECTORS.contains(span.get(nameFrom).lower())
                && !PARTICLES.contains(span.get(nameFrom).lower()) || !span.get(nameFrom).isWord())) {
            nameFrom++;
        }
        boolean orgWord = false;
        for (int k = Math.max(nameFrom, 0); k < span.size(); k++) {
            // Only the name decides: "Kremlin aide Yury Ushakov" is a person, "the Russian Defense Ministry" is not.
            Token t = span.get(k);
            orgWord |= lexicon.organizations.contains(possessiveStem(t.lower())) || lexicon.outlets.contains(possessiveStem(t.lower()))
                    || t.isAllCaps() && t.text().length() <= 5 && k == span.size() - 1;
        }
        String name = "";
        String role;
        SpeakerKind kind;
        boolean commonHead = nameFrom == span.size() - 1 && (lexicon.groups.contains(headWord)
                || lexicon.anonymous.contains(headWord) || lexicon.documents.contains(headWord));
        if (nameFrom < span.size() && head.isCapitalized() && (!lexicon.roles.contains(headWord) || surname(span, span.size() - 1))
                && !commonHead) {
            int first = nameFrom;
            boolean titled = lastRoleOrLower >= 0;
            Token last = head;
            if (!orgWord && titled) {
                // "Representative Walter Greene of Ohio": where they come from is no part of the name.
                int end = span.size();
                for (int k = nameFrom + 2; k < span.size(); k++) {
                    if (span.get(k).is("of")) {
                        end = k;
                        break;
                    }
                }
                first = nameAfterTitle(span, nameFrom, end);
                last = span.get(end - 1);
            }
            name = doc.text(span.get(first).start(), last.end());
            role = first > nameFrom ? roleText(doc, span, first - 1) : lastRoleOrLower >= 0 ? roleText(doc, span, lastRoleOrLower) : "";
            orgWord |= lastRoleOrLower < 0 && lexicon.isPlace(name);
            kind = orgWord ? SpeakerKind.ORGANIZATION : namesDocument(span, nameFrom) ? SpeakerKind.DOCUMENT
                    : PhraseShapes.joinsNames(span, nameFrom) || PhraseShapes.pluralName(span, nameFrom) ? SpeakerKind.GROUP : SpeakerKind.PERSON;
            if (orgWord) {
                // An organisation's full name includes its modifiers ("the Russian Defense Ministry").
                int orgFrom = Lexicon.DETERMINERS.contains(span.get(0).lower()) ? 1 : 0;
                name = doc.text(span.get(orgFrom).start(), head.end());
                role = "";
            }
        } else {
            role = roleText(doc, span, span.size() - 1);
            kind = descriptorKind(headWord, span);
            if (kind == SpeakerKind.ORGANIZATION && hasCap) {
                int orgFrom = Lexicon.DETERMINERS.contains(span.get(0).lower()) ? 1 : 0;
                name = doc.text(span.get(orgFrom).start(), head.end());
                role = "";
            } else if (kind != SpeakerKind.PERSON) {
                role = "";
            }
        }
        return new Mention(span.get(0).start(), head.end(), text, role, name, kind);
    }


    /** "Commission on Presidential Debates", "Council on Foreign Relations": a link inside a body's name. */
    private boolean bodyLink(List<Token> span, int k) {
        return k > 0 && k < span.size() - 1 && INNER_LINKS.contains(span.get(k).lower()) && span.get(k + 1).isCapitalized()
                && span.get(k - 1).isCapitalized() && lexicon.organizations.contains(headKey(span.get(k - 1).lower()));
    }

    /**
     * "Mr. King", "Ms. Bishop", "Larry King": a title word after an honorific, or ending a phrase after a first
     * name, is a surname ("Charlotte Mayor Jennifer Roberts" keeps its title).
     */
    private boolean surname(List<Token> span, int k) {
        if (k == 0) {
            return false;
        }
        Token prev = span.get(k - 1);
        if (prev.is(".") && k >= 2) {
            prev = span.get(k - 2);
        }
        return prev.isCapitalized() && (HONORIFICS.contains(prev.lower())
                || k == span.size() - 1 && lexicon.isFirstName(prev.lower()));
    }


    /**
     * Where the person's name starts after a title: at a first name ("Presidential Commissioner for
     * Children's Rights Maria Lvova-Belova"), else, after a long title, at the last two words.
     */
    private int nameAfterTitle(List<Token> span, int nameFrom, int end) {
        if (lexicon.isFirstName(span.get(nameFrom).lower())) {
            return nameFrom;
        }
        for (int k = nameFrom + 1; k < end - 1; k++) {
            if (span.get(k).isCapitalized() && lexicon.isFirstName(span.get(k).lower())) {
                return k;
            }
        }
        return end - nameFrom > 3 ? end - 2 : nameFrom;
    }



    /** A word that can head a speaker description: a role, group, source, body or document. */
    boolean isSpeakerNoun(Token t) {
        String w = headKey(t.lower());
        return lexicon.roles.contains(w) || lexicon.groups.contains(w) || lexicon.anonymous.contains(w)
                || lexicon.organizations.contains(w) || lexicon.documents.contains(w);
    }

    /** "the Declaration of Sovereignty", "the Helsinki Accord". */
    private boolean namesDocument(List<Token> span, int nameFrom) {
        for (int k = Math.max(nameFrom, 0); k < span.size(); k++) {
            if (lexicon.documents.contains(possessiveStem(span.get(k).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** "Health Minister": a modifier is part of a title only when a title word follows it. */
    private boolean roleFollows(List<Token> span, int k) {
        for (int j = k + 1; j < span.size(); j++) {
            if (lexicon.roles.contains(headKey(span.get(j).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mention for a phrase a strong cue marks as the source ("according to federal statistics"), even
     * when it looks like no speaker on its own.
     */
    Mention describe(AnnotatedDocument doc, List<Token> tokens, int from, int to) {
        Mention m = build(doc, tokens, from, to);
        if (m != null || from < 0 || to <= from) {
            return m;
        }
        List<Token> span = tokens.subList(from, to);
        String text = doc.text(span.get(0).start(), span.get(span.size() - 1).end());
        return new Mention(span.get(0).start(), span.get(span.size() - 1).end(), text, "", "",
                descriptorKind(headKey(span.get(span.size() - 1).lower()), span));
    }

    private SpeakerKind descriptorKind(String head, List<Token> span) {
        if (span.size() == 1 && Lexicon.DETERMINERS.contains(head) && !head.equals("one")) {
            // "Some say ...", "many argue": several people, never a "he" or "she".
            return SpeakerKind.GROUP;
        }
        if (lexicon.anonymous.contains(head)) {
            return SpeakerKind.ANONYMOUS;
        }
        if (lexicon.documents.contains(head)) {
            return SpeakerKind.DOCUMENT;
        }
        if (lexicon.organizations.contains(head)) {
            return SpeakerKind.ORGANIZATION;
        }
        if (lexicon.groups.contains(head) || head.endsWith("s") && !head.endsWith("ss") && !lexicon.roles.contains(head)) {
            // A plural head names several speakers ("representatives of the unions").
            return SpeakerKind.GROUP;
        }
        return SpeakerKind.PERSON;
    }

    private static String roleText(AnnotatedDocument doc, List<Token> span, int last) {
        int from = 0;
        while (from <= last && Lexicon.DETERMINERS.contains(span.get(from).lower())) {
            from++;
        }
        if (from > last) {
            return "";
        }
        // "Texas Sen. Ted Cruz": an abbreviated title keeps its period.
        int end = last + 1 < span.size() && span.get(last + 1).is(".") ? last + 1 : last;
        return doc.text(span.get(from).start(), span.get(end).end());
    }

    static boolean isDateWord(String lower) {
        return DAYS.contains(lower) || StructureStage.parseMonth(lower) != null && lower.length() > 2
                && !lower.equals("mar") && !lower.equals("may");
    }

    static boolean isConnector(String lower) {
        return CONNECTORS.contains(lower);
    }

    /** The word as the lexicons list it: no possessive, and "ex-adviser" looked up as "adviser". */
    String headKey(String lower) {
        String w = possessiveStem(lower);
        int dash = w.lastIndexOf('-');
        if (dash > 0 && dash < w.length() - 1 && !lexicon.roles.contains(w)) {
            return w.substring(dash + 1);
        }
        return w;
    }

    static String possessiveStem(String lower) {
        if (lower.endsWith("’s") || lower.endsWith("'s")) {
            return lower.substring(0, lower.length() - 2);
        }
        return lower;
    }
}
