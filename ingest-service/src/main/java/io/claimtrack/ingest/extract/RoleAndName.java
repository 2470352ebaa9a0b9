package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Splits a speaker phrase {@link Mentions} has found into its role ("Kremlin aide") and its name ("Yury
 * Ushakov"), and tells what kind of speaker it names: where a title ends, where a titled name starts, whether
 * the words name a person, a body, a document or several people.
 */
final class RoleAndName {

    private static final Set<String> PARTICLES = WordSet.of("de", "da", "do", "dos", "das", "van", "von", "der", "den",
            "bin", "al", "el", "la", "le", "del", "di", "du");
    /** Titles only with their period: "Del. Stacey Plaskett" is a delegate, "Del Shannon" a first name. */
    private static final Set<String> PERIOD_TITLES = WordSet.of("del");
    static final Set<String> HONORIFICS = WordSet.of("mr", "ms", "mrs", "dr", "miss");
    private static final Set<String> ARTICLES = WordSet.of("a", "an");
    /** Prepositions that tie a person to whom they work for: "a spokesman for", "supporters of", "an aide to". */
    private static final Set<String> RELATIONS = WordSet.of("for", "of", "to", "at", "with", "from");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;

    RoleAndName(AnnotatedDocument doc, Lexicon lexicon) {
        this.doc = doc;
        this.lexicon = lexicon;
    }

    /** The mention of {@code span}, a phrase that is no pronoun and may name a speaker; null when it names none. */
    Mention split(List<Token> span, String text) {
        Token head = span.get(span.size() - 1);
        boolean hasCap = false;
        int lastRoleOrLower = -1;
        for (int k = 0; k < span.size(); k++) {
            Token t = span.get(k);
            String w = lexicon.headKey(t.lower());
            if (t.isCapitalized() && !(k == 0 && Lexicon.DETERMINERS.contains(t.lower()))) {
                hasCap = true;
                if ((lexicon.roles.contains(w) || lexicon.roleModifiers.contains(w) && roleFollows(span, k)
                        || PERIOD_TITLES.contains(w) && k + 1 < span.size() && span.get(k + 1).is(".")) && !surname(span, k)) {
                    lastRoleOrLower = k;
                }
            } else if (t.isWord() && !Mentions.isConnector(t.lower()) && !bodyLink(span, k)) {
                lastRoleOrLower = k;
            }
            if (k < span.size() - 1 && !Mentions.possessiveStem(t.lower()).equals(t.lower()) && !lexicon.organizations.contains(
                    lexicon.headKey(span.get(span.size() - 1).lower()))) {
                // "Germany's Scholz": the possessor qualifies the name, it is not part of it.
                lastRoleOrLower = Math.max(lastRoleOrLower, k);
            } else if (t.isWord() && Lexicon.DETERMINERS.contains(t.lower()) && !(k > 0 && span.get(k - 1).is("of"))
                    && !bodyLink(span, k)) {
                // "of the Virgin Islands" is where a titled person comes from, not a new description.
                lastRoleOrLower = k;
            }
        }
        String headWord = lexicon.headKey(head.lower());
        boolean known = lexicon.roles.contains(headWord) || lexicon.organizations.contains(headWord)
                || lexicon.documents.contains(headWord) || lexicon.anonymous.contains(headWord)
                || lexicon.groups.contains(headWord);
        boolean determined = Lexicon.DETERMINERS.contains(span.get(0).lower()) && span.size() <= Windows.DETERMINED_PHRASE_TOKENS;
        if (!hasCap && !known && !determined) {
            return null;
        }
        int relation = relation(span);
        if (relation > 0) {
            return description(span, lexicon.headKey(span.get(relation - 1).lower()), span.subList(0, relation), hasCap, text);
        }
        if (lastRoleOrLower >= 0 && lastRoleOrLower + 1 < span.size()
                && (span.get(lastRoleOrLower + 1).is("of") || span.get(lastRoleOrLower + 1).is("for"))) {
            // "Minister of Sanitation and Water Resources": what follows the title belongs to it, unless a
            // name ends it: "Secretary of State Marco Rubio".
            int complement = span.size() - lastRoleOrLower - 2;
            boolean joined = false;
            boolean capitalTitle = span.get(lastRoleOrLower).isCapitalized();
            for (int k = lastRoleOrLower + 2; k < span.size(); k++) {
                Token t = span.get(k);
                // "President of the Republic of Maravia Ilse Karrow": after a capitalised title, "of" and its article
                // say where, joining no fields ("president of the Log Cabin Republicans" names no one after it).
                boolean where = capitalTitle && (t.is("of") || t.is("the") && span.get(k - 1).is("of"));
                joined |= !where && (Mentions.isConnector(t.lower()) || t.isWord() && !t.isCapitalized());
            }
            int title = lastRoleOrLower;
            int beforeName = PhraseShapes.beforeLastTwoWords(span);
            // "Head of the Ministry of Foreign Affairs", "author of The Age of Oversupply": two words after or with
            // a connector of the complement are the body's or the work's, no one's name.
            for (int k = Math.max(beforeName, title + 2); k < span.size(); k++) {
                joined |= Mentions.isConnector(span.get(k).lower());
            }
            lastRoleOrLower = complement >= 3 && !joined ? beforeName : span.size() - 1;
            if (lastRoleOrLower == span.size() - 1 && lexicon.roles.contains(lexicon.headKey(span.get(title).lower()))) {
                // "the Minister of Water Resources", "Chairman of Talvik Holdings": the whole phrase is an office,
                // whose kind its title gives, not the body it serves.
                headWord = lexicon.headKey(span.get(title).lower());
            }
        }
        int nameFrom = lastRoleOrLower + 1;
        while (nameFrom < span.size() && (Mentions.isConnector(span.get(nameFrom).lower())
                && !PARTICLES.contains(span.get(nameFrom).lower()) || !span.get(nameFrom).isWord())) {
            nameFrom++;
        }
        int personOf = personOf(span, nameFrom);
        boolean orgWord = false;
        for (int k = Math.max(nameFrom, 0); k < (personOf > 0 ? personOf : span.size()); k++) {
            // Only the name decides: "Kremlin aide Yury Ushakov" is a person, "the Russian Defense Ministry" is not.
            Token t = span.get(k);
            String stem = Mentions.possessiveStem(t.lower());
            orgWord |= lexicon.organizations.contains(stem) || lexicon.outlets.contains(stem) || lexicon.movements.contains(stem)
                    || t.isAllCaps() && t.text().length() <= 5 && k == span.size() - 1 && !Name.GENERATIONS.contains(t.lower());
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
            if (!orgWord && (titled || personOf > 0)) {
                // "Representative Walter Greene of Ohio", "Mr. Morgan of the Sierra Club": where they come from
                // is no part of the name.
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
            role = first > nameFrom ? roleText(span, first - 1) : lastRoleOrLower >= 0 ? roleText(span, lastRoleOrLower) : "";
            orgWord |= lastRoleOrLower < 0 && lexicon.isPlace(name);
            kind = orgWord ? SpeakerKind.ORGANIZATION : namesDocument(span, nameFrom) ? SpeakerKind.DOCUMENT
                    : PhraseShapes.joinsNames(span, nameFrom) || PhraseShapes.pluralName(span, nameFrom) ? SpeakerKind.GROUP : SpeakerKind.PERSON;
            if (orgWord) {
                int orgFrom = orgNameFrom(span, nameFrom);
                name = doc.text(span.get(orgFrom).start(), head.end());
                role = "";
            }
        } else {
            return description(span, headWord, span, hasCap, text);
        }
        return new Mention(span.get(0).start(), head.end(), text, role, name, kind);
    }

    /**
     * Where an organisation's name starts: with its modifiers ("the Russian Defense Ministry"), but after a possessor
     * ("Mayor Reagan's Gallup") and the lower-case words that open the phrase or follow the possessor ("the
     * nonpartisan Tax Foundation", "some on Twitter", "Sanders's hometown Burlington Free Press") when what is left
     * is a name of its own: two words or more, or an outlet. "the super PAC", "an anti-Trump PAC", "Trump's potential
     * VP" stay descriptions; a modifier glued to a name ("a pro-Ivo Lunde PAC") holds the name.
     */
    private int orgNameFrom(List<Token> span, int nameFrom) {
        int from = Lexicon.DETERMINERS.contains(span.get(0).lower()) ? 1 : 0;
        int cut = from;
        boolean opening = true;
        for (int k = from; k < nameFrom; k++) {
            Token t = span.get(k);
            if (!Mentions.possessiveStem(t.lower()).equals(t.lower())) {
                cut = k + 1;
                opening = true;
            } else if (opening && t.isWord() && !t.isCapitalized() && t.lower().equals(t.text())) {
                cut = k + 1;
            } else if (t.isWord()) {
                opening = false;
            }
        }
        List<Token> rest = span.subList(cut, span.size());
        boolean named = PhraseShapes.words(rest) > 1 || lexicon.outlets.contains(Mentions.possessiveStem(rest.get(rest.size() - 1).lower()));
        return named ? cut : from;
    }

    /** A phrase that names no one: its kind is its head noun's, and a body keeps its words as its name. */
    private Mention description(List<Token> span, String headWord, List<Token> headed, boolean hasCap, String text) {
        Token head = span.get(span.size() - 1);
        String name = "";
        String role = roleText(span, span.size() - 1);
        SpeakerKind kind = descriptorKind(headWord, headed);
        if (kind == SpeakerKind.ORGANIZATION && hasCap) {
            int orgFrom = Lexicon.DETERMINERS.contains(span.get(0).lower()) ? 1 : 0;
            name = doc.text(span.get(orgFrom).start(), head.end());
            role = "";
        } else if (kind != SpeakerKind.PERSON) {
            role = "";
        }
        return new Mention(span.get(0).start(), head.end(), text, role, name, kind);
    }

    /**
     * "a spokesman for Mayor Ivo Lunde", "supporters of Democrat Ivo Lunde", "the government of President Ivo
     * Lunde": after a person noun or body in lower case and its preposition, the capitalised words name whom the
     * speaker works for, not the speaker; "former secretary of State Ivo Lunde" holds his office and his name.
     * The preposition's index, or -1.
     */
    int relation(List<Token> span) {
        for (int k = 1; k < span.size() - 1; k++) {
            if (!RELATIONS.contains(span.get(k).lower())) {
                continue;
            }
            Token noun = span.get(k - 1);
            String key = lexicon.headKey(noun.lower());
            boolean lowerNoun = noun.isWord() && !noun.isCapitalized()
                    && (lexicon.roles.contains(key) || lexicon.groups.contains(key) || lexicon.organizations.contains(key));
            // "Aides to President ...": a title is singular, so a plural opening the sentence is no title.
            boolean openingGroup = k == 1 && noun.isCapitalized() && lexicon.groups.contains(noun.lower());
            if (!lowerNoun && !openingGroup) {
                return -1;
            }
            int c = k + 1;
            while (c < span.size() - 1 && Lexicon.DETERMINERS.contains(span.get(c).lower())) {
                c++;
            }
            // "supporters of Ivo Lunde": people of a group are never named by the words after it.
            boolean group = lexicon.groups.contains(noun.lower()) && span.get(c).isCapitalized();
            return group || whomFor(span, c) ? k : -1;
        }
        return -1;
    }

    /** Whether the words from {@code c} on name a person with a title, a named body or someone's possession. */
    private boolean whomFor(List<Token> span, int c) {
        Token first = span.get(c);
        if (!first.isCapitalized()) {
            return false;
        }
        String key = lexicon.headKey(first.lower());
        if (lexicon.roles.contains(key) || HONORIFICS.contains(key) || lexicon.isFirstName(first.lower())
                || !Mentions.possessiveStem(first.lower()).equals(first.lower())) {
            return true;
        }
        for (int k = c; k < span.size(); k++) {
            String stem = Mentions.possessiveStem(span.get(k).lower());
            if (lexicon.organizations.contains(stem) || lexicon.outlets.contains(stem) || lexicon.movements.contains(stem)) {
                return true;
            }
        }
        // "a spokesman for Kestrel Nurses United": after an article the person is described, never named,
        // unless an office follows the preposition ("the secretary of State ...").
        return Lexicon.DETERMINERS.contains(span.get(0).lower()) && !lexicon.roleModifiers.contains(key) && lexicon.roleField(key) == null;
    }

    /**
     * "Commission on Presidential Debates", "Council on Foreign Relations": a link inside a body's name; so is the
     * article after "for" or "of" there ("Committee for a Responsible Budget"), which no person's title takes.
     */
    private boolean bodyLink(List<Token> span, int k) {
        if (k > 1 && k < span.size() - 1 && ARTICLES.contains(span.get(k).lower())
                && (span.get(k - 1).is("for") || span.get(k - 1).is("of"))) {
            return span.get(k + 1).isCapitalized() && span.get(k - 2).isCapitalized()
                    && lexicon.organizations.contains(lexicon.headKey(span.get(k - 2).lower()));
        }
        return k > 0 && k < span.size() - 1 && Mentions.INNER_LINKS.contains(span.get(k).lower()) && span.get(k + 1).isCapitalized()
                && span.get(k - 1).isCapitalized() && lexicon.organizations.contains(lexicon.headKey(span.get(k - 1).lower()));
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
        // Counted in words: "Ivo G. Lunde" is one name, not a title's last word and ". Lunde".
        List<Token> rest = span.subList(nameFrom, end);
        return PhraseShapes.words(rest) > 3 ? nameFrom + PhraseShapes.beforeLastTwoWords(rest) + 1 : nameFrom;
    }



    /**
     * "Joseph Brown of the Harbour Baptist Church", "Mr. Morgan of the Sierra Club": the "of" after a person's
     * name (a first name or an honorific, no body's word) opens where they come from; its index, or -1. Two
     * people ("Ivo Lunde of Ostland and Tove Marsh of Kestrel") are left whole, and so is an office whose holder
     * is named after it ("Lee County Supervisor of Elections Tove Marsh").
     */
    private int personOf(List<Token> span, int nameFrom) {
        int of = -1;
        boolean person = false;
        for (int k = Math.max(nameFrom, 0); k < span.size() - 1 && of < 0; k++) {
            Token t = span.get(k);
            String stem = Mentions.possessiveStem(t.lower());
            if (lexicon.organizations.contains(stem) || lexicon.outlets.contains(stem) || lexicon.movements.contains(stem)) {
                return -1;
            }
            of = t.is("of") ? k : -1;
            person |= personWord(t);
        }
        if (!person || of < nameFrom + 2 || PhraseShapes.joinsNames(span, nameFrom)) {
            return -1;
        }
        // The holder's own first name before the last word: "... of Elections Tove Marsh", "... Tove R. Marsh";
        // not "of Burke County", "of the New York Times".
        int holder = PhraseShapes.beforeLastTwoWords(span) + 1;
        String last = Mentions.possessiveStem(span.get(span.size() - 1).lower());
        boolean body = lexicon.organizations.contains(last) || lexicon.outlets.contains(last);
        return holder > of + 1 && personWord(span.get(holder)) && !body ? -1 : of;
    }

    private boolean personWord(Token t) {
        return t.isCapitalized() && (HONORIFICS.contains(t.lower()) || lexicon.isFirstName(t.lower()));
    }

    /** "the Declaration of Sovereignty", "the Helsinki Accord"; "Bill de Blasio" is a person's first name. */
    private boolean namesDocument(List<Token> span, int nameFrom) {
        for (int k = Math.max(nameFrom, 0); k < span.size(); k++) {
            boolean firstName = k == nameFrom && k < span.size() - 1 && lexicon.isFirstName(span.get(k).lower());
            if (!firstName && lexicon.documents.contains(Mentions.possessiveStem(span.get(k).lower()))) {
                return true;
            }
        }
        return false;
    }

    /** "Health Minister": a modifier is part of a title only when a title word follows it. */
    private boolean roleFollows(List<Token> span, int k) {
        for (int j = k + 1; j < span.size(); j++) {
            if (lexicon.roles.contains(lexicon.headKey(span.get(j).lower()))) {
                return true;
            }
        }
        return false;
    }

    SpeakerKind descriptorKind(String head, List<Token> span) {
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

    private String roleText(List<Token> span, int last) {
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
}
