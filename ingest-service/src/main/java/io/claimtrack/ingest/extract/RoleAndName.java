package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Splits a speaker phrase {@link Mentions} has found into its role ("Kremlin aide") and its name ("Yury
 * Ushakov"): where a title ends and what the phrase names. {@link NameBounds} says where a name starts and ends,
 * {@link SpeakerKinds} what kind of speaker the words name, {@link WorksFor} whom a described speaker works for.
 */
final class RoleAndName {

    /** Titles only with their period: "Del. Stacey Plaskett" is a delegate, "Del Shannon" a first name. */
    private static final Set<String> PERIOD_TITLES = WordSet.of("del");
    static final Set<String> HONORIFICS = WordSet.of("mr", "ms", "mrs", "dr", "miss");

    private final AnnotatedDocument doc;
    private final Lexicon lexicon;
    private final WorksFor worksFor;
    private final SpeakerKinds kinds;
    private final NameBounds bounds;
    private final NamesStandingAlone alone;

    RoleAndName(AnnotatedDocument doc, Lexicon lexicon, WorksFor worksFor, SpeakerKinds kinds) {
        this.doc = doc;
        this.lexicon = lexicon;
        this.worksFor = worksFor;
        this.kinds = kinds;
        this.bounds = new NameBounds(lexicon);
        this.alone = new NamesStandingAlone(doc);
    }

    /** The mention of {@code span}, a phrase that is no pronoun and may name a speaker; null when it names none. */
    Mention split(List<Token> span, String text) {
        Token head = span.get(span.size() - 1);
        boolean hasCap = false;
        int lastRoleOrLower = -1;
        boolean placeOf = false;
        boolean[] places = null;
        for (int k = 0; k < span.size(); k++) {
            Token t = span.get(k);
            String w = lexicon.headKey(t.lower());
            if (t.isCapitalized() && !(k == 0 && FunctionWords.DETERMINERS_OR_OTHERS.contains(t.lower()))) {
                // "the Oslo-based company": a place adjective names no one.
                if (places == null) {
                    places = PlaceAdjectives.placeWords(span);
                }
                hasCap |= !places[k];
                if ((lexicon.roles.contains(w) || lexicon.roleModifiers.contains(w) && (roleFollows(span, k) || courtOf(span, k))
                        || PERIOD_TITLES.contains(w) && k + 1 < span.size() && span.get(k + 1).is(".")
                        || k > 0 && lexicon.titles.isTwoWordTitle(span.get(k - 1).lower(), w)
                        || OccupationAfterModifier.endsTitle(span, k, lastRoleOrLower, lexicon)) && !surname(span, k)) {
                    lastRoleOrLower = k;
                }
            } else if (t.isWord() && !Mentions.isConnector(t.lower()) && !bodyLink(span, k) && !workplaceAt(span, k)) {
                lastRoleOrLower = k;
            }
            // "Mayor Ivo Lunde of Fisher's Crossing": a possessive in the place a named person comes from is the place's.
            placeOf |= t.text().equals("of") && k > 0 && span.get(k - 1).isCapitalized() && lastRoleOrLower < k - 1;
            if (!placeOf && k < span.size() - 1 && Mentions.isPossessive(t.lower()) && !lexicon.organizations.contains(
                    lexicon.headKey(span.get(span.size() - 1).lower()))) {
                // "Germany's Scholz": the possessor qualifies the name, it is not part of it.
                lastRoleOrLower = Math.max(lastRoleOrLower, k);
            } else if (t.isWord() && FunctionWords.DETERMINERS.contains(t.lower())
                    && !(k > 0 && span.get(k - 1).is("of")) && !bodyLink(span, k)) {
                // "of the Virgin Islands" is where a titled person comes from, not a new description.
                lastRoleOrLower = k;
            }
        }
        String headWord = lexicon.headKey(head.lower());
        boolean known = lexicon.roles.contains(headWord) || lexicon.organizations.contains(headWord)
                || lexicon.documents.contains(headWord) || lexicon.anonymous.contains(headWord)
                || lexicon.groups.contains(headWord);
        boolean determined = FunctionWords.DETERMINERS.contains(span.get(0).lower()) && span.size() <= Windows.DETERMINED_PHRASE_TOKENS;
        if (!hasCap && !known && !determined) {
            return null;
        }
        int affiliation = AffiliatedPerson.of(span, lexicon);
        if (affiliation > 0) {
            // "Judge Ines Varga of the District Court": the title stays the person's role.
            int name = AffiliatedPerson.nameStart(span, lexicon);
            String role = name == 0 ? "" : doc.text(span.get(0).start(), span.get(name - 1).end());
            String person = doc.text(span.get(name).start(), span.get(affiliation - 1).end());
            return new Mention(span.get(0).start(), head.end(), text, role, person, SpeakerKind.PERSON);
        }
        int relation = worksFor.relation(span);
        if (relation > 0) {
            return description(span, lexicon.headKey(span.get(relation - 1).lower()), span.subList(0, relation), hasCap, text);
        }
        if (lastRoleOrLower >= 0 && lastRoleOrLower + 1 < span.size()
                && (span.get(lastRoleOrLower + 1).is("of") || span.get(lastRoleOrLower + 1).is("for"))) {
            // "Minister of Sanitation and Water Resources": what follows the title belongs to it, unless a
            // name ends it: "Secretary of State Marco Rubio".
            int complement = span.size() - lastRoleOrLower - 2;
            boolean joined = false;
            boolean lower = false;
            boolean capitalTitle = span.get(lastRoleOrLower).isCapitalized();
            for (int k = lastRoleOrLower + 2; k < span.size(); k++) {
                Token t = span.get(k);
                // "President of the Republic of Maravia Ilse Karrow": after a capitalised title, "of" and its article
                // say where, joining no fields ("president of the Log Cabin Republicans" names no one after it).
                boolean where = capitalTitle && (t.is("of") || t.is("the") && span.get(k - 1).is("of"));
                joined |= !where && (Mentions.isConnector(t.lower()) || t.isLowerWord());
                lower |= !where && t.isLowerWord() && !Mentions.isConnector(t.lower());
            }
            int title = lastRoleOrLower;
            int beforeName = PhraseShapes.beforeLastTwoWords(span);
            // "Head of the Ministry of Foreign Affairs", "author of The Age of Oversupply": two words after or with
            // a connector of the complement are the body's or the work's, no one's name.
            for (int k = Math.max(beforeName, title + 2); k < span.size(); k++) {
                joined |= Mentions.isConnector(span.get(k).lower());
            }
            // "Minister of Fisheries and Coastal Affairs Pia Lind": a connector joins the body's words, and a first name
            // (or two words the text gives on their own elsewhere, or whose last the text gives after the title alone:
            // "Minister Lind said") still opens the person's name that ends the phrase;
            // so do the two words after the place a capitalised
            // title's last "of" names ("Minister of Agriculture and Food of the Republic of Kaltessa Mirela Tarn-Ode"),
            // whether or not the first name is on a list.
            boolean placed = capitalTitle && beforeName > title + 3 && span.get(beforeName).isCapitalized()
                    && (span.get(beforeName - 1).is("of") || fieldAfterPlace(span, title, beforeName));
            boolean named = !lower && beforeName > title + 2 && (placed || lexicon.isFirstName(span.get(beforeName + 1).lower())
                    || beforeName + 3 == span.size() && (alone.has(span.get(beforeName + 1), span.get(beforeName + 2))
                    || alone.titled(span.get(title), span.get(beforeName + 2))));
            // "Chair of the Central Election Commission": a body's word ends the complement, so its last two words are the
            // body's name, no person's.
            boolean bodyEnds = lexicon.organizations.contains(lexicon.headKey(head.lower()));
            lastRoleOrLower = complement >= 3 && (!joined || named) && !bodyEnds ? beforeName : span.size() - 1;
            if (lastRoleOrLower == span.size() - 1 && lexicon.roles.contains(lexicon.headKey(span.get(title).lower()))) {
                // "the Minister of Water Resources", "Chairman of Talvik Holdings": the whole phrase is an office,
                // whose kind its title gives, not the body it serves.
                headWord = lexicon.headKey(span.get(title).lower());
            }
        }
        int nameFrom = NameBounds.nameStart(span, lastRoleOrLower);
        int personOf = bounds.personOf(span, nameFrom);
        boolean orgWord = kinds.bodyName(span, nameFrom, personOf > 0 ? personOf : span.size());
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
                // "Representative Walter Greene of Ohio", "Mr. Morgan of the Sierra Club", "Strategist Rosa Lind at
                // Maple Research": where they come from is no part of the name.
                int end = span.size();
                for (int k = nameFrom + 2; k < span.size(); k++) {
                    if (span.get(k).is("of") || span.get(k).is("at")) {
                        end = k;
                        break;
                    }
                }
                first = bounds.nameAfterTitle(span, nameFrom, end);
                last = span.get(end - 1);
            }
            name = doc.text(span.get(first).start(), last.end());
            role = first > nameFrom ? roleText(span, first - 1) : lastRoleOrLower >= 0 ? roleText(span, lastRoleOrLower) : "";
            orgWord |= lastRoleOrLower < 0 && lexicon.isPlace(name);
            kind = orgWord ? SpeakerKind.ORGANIZATION : kinds.namesDocument(span, nameFrom) ? SpeakerKind.DOCUMENT
                    : PhraseShapes.joinsNames(span, nameFrom) || PhraseShapes.pluralName(span, nameFrom) ? SpeakerKind.GROUP : SpeakerKind.PERSON;
            if (orgWord) {
                int orgFrom = bounds.orgNameFrom(span, nameFrom);
                name = doc.text(span.get(orgFrom).start(), head.end());
                role = "";
            } else if ((lastRoleOrLower < 0 || !lexicon.isPlace(name)) && kinds.introducedBody(span, nameFrom)) {
                // "the United States" keeps its kind: a place is no body unless the text says so. Untitled, the name
                // was asked above, and a place would be an organisation already.
                name = doc.text(span.get(nameFrom).start(), head.end());
                role = "";
                kind = SpeakerKind.ORGANIZATION;
            }
        } else {
            return description(span, headWord, span, hasCap, text);
        }
        return new Mention(span.get(0).start(), head.end(), text, role, name, kind);
    }

    /** A phrase that names no one: its kind is its head noun's, and a body keeps its words as its name. */
    private Mention description(List<Token> span, String headWord, List<Token> headed, boolean hasCap, String text) {
        Token head = span.get(span.size() - 1);
        String name = "";
        String role = roleText(span, span.size() - 1);
        SpeakerKind kind = kinds.descriptorKind(headWord, headed);
        if (kind == SpeakerKind.ORGANIZATION && hasCap) {
            int orgFrom = FunctionWords.DETERMINERS.contains(span.get(0).lower()) ? 1 : 0;
            name = doc.text(span.get(orgFrom).start(), head.end());
            role = "";
        } else if (kind != SpeakerKind.PERSON) {
            role = "";
        }
        return new Mention(span.get(0).start(), head.end(), text, role, name, kind);
    }

    /**
     * "Strategist Rosa Lind at Maple Research": an "at" between two capitalised words and a capitalised name links a
     * person to where they work, as "of" does ({@link NameBounds#personOf}); no lower-case word that ends a description.
     */
    private static boolean workplaceAt(List<Token> span, int k) {
        return span.get(k).is("at") && k >= 2 && k < span.size() - 1 && span.get(k - 1).isCapitalized() && span.get(k - 2).isCapitalized()
                && span.get(k + 1).isCapitalized();
    }

    /**
     * "Commission on Presidential Debates", "Council on Foreign Relations": a link inside a body's name; so is the
     * article after "for" or "of" there ("Committee for a Responsible Budget"), which no person's title takes; and so is a
     * body's word in another language, written in lower case after the name's capitalised first word ("Parc zoologique
     * du Lannois").
     */
    private boolean bodyLink(List<Token> span, int k) {
        if (k > 0 && span.get(k - 1).isCapitalized() && span.get(k).isLowerWord() && lexicon.isForeignBodyWord(span.get(k).lower())) {
            return true;
        }
        if (k > 1 && k < span.size() - 1 && FunctionWords.INDEFINITE_ARTICLES.contains(span.get(k).lower())
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

    /** "Health Minister": a modifier is part of a title only when a title word follows it. */
    private boolean roleFollows(List<Token> span, int k) {
        for (int j = k + 1; j < span.size(); j++) {
            if (lexicon.roles.contains(lexicon.headKey(span.get(j).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Justice of the Peace Ada Lind": a court's title before its "of" is a title, though the word alone may be a
     * ministry's field ("Justice Minister").
     */
    private boolean courtOf(List<Token> span, int k) {
        return k + 1 < span.size() && span.get(k + 1).is("of") && lexicon.titles.courtTitle(span.get(k).lower()) != null;
    }

    private String roleText(List<Token> span, int last) {
        int from = 0;
        while (from <= last && FunctionWords.DETERMINERS.contains(span.get(from).lower())) {
            from++;
        }
        if (from > last) {
            return "";
        }
        // "Texas Sen. Ted Cruz": an abbreviated title keeps its period.
        int end = last + 1 < span.size() && span.get(last + 1).is(".") ? last + 1 : last;
        return doc.text(span.get(from).start(), span.get(end).end());
    }

    /**
     * "First Deputy Governor of the Vessan Province for Roads and Transport Ilse Marrow": a field after the place ("for
     * ..."), capitalised words to the two before the end, with "of the" before it; "Chair of the Committee for Roads and
     * Transport" ends in the field's own "and", so no name.
     */
    private static boolean fieldAfterPlace(List<Token> span, int title, int beforeName) {
        boolean place = false;
        for (int k = title + 1; k < beforeName; k++) {
            place |= span.get(k).is("of") && span.get(k + 1).is("the");
            if (place && span.get(k).is("for")) {
                return span.get(beforeName + 1).isCapitalized() && !Mentions.isConnector(span.get(beforeName + 1).lower());
            }
        }
        return false;
    }
}
