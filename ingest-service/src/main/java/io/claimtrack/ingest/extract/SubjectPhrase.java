package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Tokens read as a clause's subject: one noun phrase, with its modifiers and relative clause, whose head can speak.
 */
final class SubjectPhrase {

    /** Words after the head noun that begin its modifier: "experts on", "the center at", "a study by", "a letter about". */
    private static final Set<String> POSTMODIFIER_STARTS = WordSet.of("on", "at", "in", "of", "for", "from", "with", "by",
            "across", "around", "inside", "outside", "within", "among", "about");
    static final Set<String> PERSONAL_PRONOUNS = WordSet.union(List.of(FunctionWords.SPEAKING_PRONOUNS), "you");
    /** Heads that speak for several people without a plural ending. */
    private static final Set<String> QUANTIFIER_HEADS = WordSet.of("everyone", "everybody", "someone", "somebody", "people");

    /** Quantifiers that head a subject naming part of a group: "many in the crowd", "some of the donors". */
    private static final Set<String> PARTITIVES = WordSet.of("many", "most", "some", "several", "few", "none", "half",
            "all", "both", "others", "each");
    private static final Set<String> PARTITIVE_LINKS = WordSet.of("of", "in", "among", "at", "on", "within", "inside");

    private final Lexicon lexicon;

    SubjectPhrase(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Tokens {@code start} to {@code last} as the clause's subject, or null when they do not read as one noun
     * phrase or, with {@code mustSpeak}, its head cannot speak.
     */
    Mention read(AttributionContext ctx, int first, int start, int last, boolean mustSpeak) {
        List<Token> t = ctx.tokens;
        int figure = last < start ? -1 : Quantities.afterHedge(t, start, last);
        if (last < start || last - start - dateTokens(t, start, last) >= longest(t, start, last)
                || FunctionWords.NP_BREAKERS.contains(t.get(start).lower()) && !t.get(start).isAllCaps() && figure < 0
                && !pointedPerson(t, start, last)) {
            return null;
        }
        int headEnd = -1;
        boolean relative = false;
        // "An analysis of newly filed reports": after a preposition opens the head's modifier, a lower-case adverb
        // modifies a participle there.
        boolean prepositional = false;
        for (int k = start; k <= last; k++) {
            Token tok = t.get(k);
            String w = tok.lower();
            if (ctx.cueAt[k] != null && !participleModifier(t, start, k, last) || tok.type() == Token.Type.QUOTE && !possessiveMark(t, k)
                    || tok.type() == Token.Type.PUNCT && !tok.is("/") && !abbreviation(t, k, start) && !ampersand(t, k, start, last)
                    && !(k > start && k < last && PhraseStage.webAddress(t, k))
                    && !Datelines.dateComma(t, k, start) && !(relative && currency(t, k, last))
                    && !(headEnd < 0 && listComma(t, k, last))) {
                return null;
            }
            if (ClauseSubject.RELATIVES.contains(w) && k > start) {
                relative = true;
            } else if (!relative && (ClauseSubject.finiteAt(t, k, start) || k > start && tok.isWord() && w.endsWith("ly") && w.length() > 4
                    && !(prepositional && !tok.isCapitalized()))) {
                // "The nominee currently sits at 85 percent support": a verb and its adverb, no noun phrase.
                return null;
            }
            boolean modifierStarts = k > start && (ClauseSubject.RELATIVES.contains(w) || POSTMODIFIER_STARTS.contains(w)
                    || PERSONAL_PRONOUNS.contains(w) || PhraseShapes.contractedPronoun(tok) > 0
                    || tok.isLowerWord() && (w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))
                    || participleOnly(w) || documentsAgent(t, k, last)) && !premodifier(t, start, k, last)
                    && !coordinatedModifier(t, start, k, last));
            if (headEnd < 0 && modifierStarts) {
                headEnd = k;
                prepositional = POSTMODIFIER_STARTS.contains(w);
            }
        }
        headEnd = headEnd < 0 ? last + 1 : headEnd;
        Token head = t.get(headEnd - 1);
        if (headEnd <= last && (headEnd - 1 == Math.max(start, figure) && partOfGroup(head, t.get(headEnd)) || shareOfGroup(t, start, last))
                && endsNounPhrase(t.get(last))) {
            // "Many in the crowd said", "Most of the delegates say", "One of the pilots who signed the letter said",
            // "27 percent of those who named a candidate said": the part of the group that speaks, as written.
            Mention part = ctx.mentions.describe(start, last + 1);
            return new Mention(part.start(), part.end(), part.text(), "", "", SpeakerKind.GROUP);
        }
        int who = headEnd + 2 <= last && countOf(t, headEnd) ? headEnd + 2 : headEnd;
        boolean person = who <= last && t.get(who).is("who") && describedPerson(t, start, who);
        if (mustSpeak && !person && !canSpeak(head, headEnd - 1 > first)) {
            return null;
        }
        Mention m = ctx.mentions.build(start, headEnd);
        if (m == null || m.hasName() && headEnd - 1 == first && ctx.isCommonWord(head.lower())) {
            // "Experts on ...": capitalised only because it opens the sentence.
            m = ctx.mentions.describe(start, headEnd);
            m = new Mention(m.start(), m.end(), m.text(), "", "", m.kind() == SpeakerKind.PERSON ? SpeakerKind.GROUP : m.kind());
        }
        return m;
    }

    /**
     * "This member considered that ...": minutes take up the one member the sentence before described ("One member
     * argued"), "this" pointing back at a person noun; "This week officials said" and "this is what" name no one.
     */
    private boolean pointedPerson(List<Token> t, int start, int last) {
        return last == start + 1 && t.get(start).lower().equals("this") && !t.get(last).isCapitalized()
                && lexicon.isPersonNoun(t.get(last).lower());
    }

    /**
     * "A memo seen by the Courier": an irregular participle in "-n", which no past tense shares; "Prices found
     * support from reports" has its verb.
     */
    private static boolean participleOnly(String w) {
        return w.length() > 3 && w.endsWith("n") && SubjectShape.PARTICIPLES.contains(w);
    }

    /**
     * "A letter sent by the union", "a report written by two pilots": a participle between a document and its agent
     * modifies the document, whatever its form.
     */
    private boolean documentsAgent(List<Token> t, int k, int last) {
        return k < last && t.get(k + 1).is("by") && lexicon.documents.contains(lexicon.headKey(t.get(k - 1).lower()));
    }

    /**
     * "A statement posted on the club website said", "A farmer supporting the plan, Ola Brand, said": a cue's
     * participle right after the head opens the head's modifier, no verb of the clause; a past form only before a
     * preposition or "by", and never after a name, since "Police reported on Monday neighbours said" and "The Gazette
     * reported on claims that" have their verb.
     */
    private static boolean participleModifier(List<Token> t, int start, int k, int last) {
        Token tok = t.get(k);
        String w = tok.lower();
        if (k == start || k >= last || tok.isCapitalized() || !t.get(k - 1).isWord() || FunctionWords.ARTICLES.contains(t.get(k - 1).lower())
                || t.get(k - 1).isCapitalized()) {
            return false;
        }
        return w.endsWith("ing") || (w.endsWith("ed") || participleOnly(w))
                && POSTMODIFIER_STARTS.contains(t.get(k + 1).lower());
    }

    /**
     * "A pilot who attended said", "The new deckhand who": "who" after a determiner and lower-case words makes
     * the head a person, though no list knows the noun ("those who", "Among those who" are no description).
     */
    private static boolean describedPerson(List<Token> t, int start, int headEnd) {
        if (headEnd - start < 2 || !FunctionWords.DETERMINERS.contains(t.get(start).lower())) {
            return false;
        }
        for (int k = start + 1; k < headEnd; k++) {
            if (k + 2 == headEnd && countOf(t, k)) {
                // "A mother of three who": her children counted, still the described person.
                return true;
            }
            if (!t.get(k).isWord() || t.get(k).isCapitalized()
                    || FunctionWords.NP_BREAKERS.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /** "of three", "of 2": a count after the head at token {@code of}, as in "a father of two". */
    private static boolean countOf(List<Token> t, int of) {
        return of + 1 < t.size() && t.get(of).is("of") && Quantities.isNumber(t.get(of + 1));
    }

    /**
     * The most tokens the subject may hold: more when a "who" clause follows a described person ("A firefighter who
     * spoke on condition of anonymity because he was not authorized to talk to reporters said"; not "the minds of
     * Americans who want").
     */
    private static int longest(List<Token> t, int start, int last) {
        for (int k = start + 1; k <= last && k - start < Windows.CLAUSE_SUBJECT_TOKENS; k++) {
            if (t.get(k).is("who")) {
                return describedPerson(t, start, k) ? Windows.RELATIVE_SUBJECT_TOKENS : Windows.CLAUSE_SUBJECT_TOKENS;
            }
        }
        return Windows.CLAUSE_SUBJECT_TOKENS;
    }

    /**
     * "Many in the crowd", "One of the pilots", "Some who back the plan", "Those who signed": a quantifier, a figure
     * or "those" before the group it is part of or the relative clause that names them.
     */
    private static boolean partOfGroup(Token head, Token link) {
        String w = head.lower();
        boolean quantifier = PARTITIVES.contains(w) || Quantities.isNumber(head) && link.is("of");
        return quantifier && (PARTITIVE_LINKS.contains(link.lower()) || link.is("who"))
                || w.equals("those") && (link.is("who") || PARTITIVE_LINKS.contains(link.lower()));
    }

    /**
     * Whether a group's phrase may end at {@code last}: "the respondents who support X" is a clause of its own
     * whose verb is the cue, and "the authors of that 2013 report" a phrase the cue word "report" ends.
     */
    private static boolean endsNounPhrase(Token last) {
        String w = last.lower();
        return !(ClauseSubject.RELATIVES.contains(w) || FunctionWords.ARTICLES.contains(w)
                || FunctionWords.POSSESSIVES.contains(w) || POSTMODIFIER_STARTS.contains(w));
    }

    /** "27 percent of those who named a candidate": a poll's share of people whose relative clause names them. */
    private static boolean shareOfGroup(List<Token> t, int start, int last) {
        for (int k = start + 1; k <= last; k++) {
            if (t.get(k).is("who")) {
                return Quantities.shareStart(t, k - 1, start) == start;
            }
        }
        return false;
    }

    /**
     * "A nursing student waiting for the bus", "The retired teacher": a participle right after the article, before
     * a lower-case noun, modifies that noun; it opens no modifier of its own.
     */
    private static boolean premodifier(List<Token> t, int start, int k, int last) {
        Token next = k < last ? t.get(k + 1) : null;
        return k == start + 1 && FunctionWords.ARTICLES.contains(t.get(start).lower()) && next != null && next.isLowerWord()
                && !POSTMODIFIER_STARTS.contains(next.lower()) && !ClauseSubject.RELATIVES.contains(next.lower())
                && !FunctionWords.NP_BREAKERS.contains(next.lower())
                && !FunctionWords.DETERMINERS.contains(next.lower());
    }

    /**
     * "Hunting and trapping organizations", "forestry and mining companies": a gerund after "and" that a word of the
     * phrase precedes, before the speaker's noun, is the second of two modifiers of that noun, not a participle's clause.
     */
    private boolean coordinatedModifier(List<Token> t, int start, int k, int last) {
        Token next = k < last ? t.get(k + 1) : null;
        return k >= start + 2 && t.get(k - 1).is("and") && t.get(k - 2).isWord() && t.get(k).lower().endsWith("ing")
                && next != null && next.isLowerWord() && canSpeak(next, false);
    }

    /**
     * "Ms. Holm, Mrs. Berg and other pilots in both unions": a comma between names of a list that "and" closes
     * before {@code last}.
     */
    private static boolean listComma(List<Token> t, int k, int last) {
        if (!t.get(k).is(",") || k + 1 > last || !t.get(k - 1).isCapitalized() && !t.get(k - 1).is(".")
                || !t.get(k + 1).isCapitalized()) {
            return false;
        }
        for (int i = k + 1; i <= last; i++) {
            if (t.get(i).is("and")) {
                return true;
            }
            if (t.get(i).type() == Token.Type.PUNCT && !t.get(i).is(",") && !abbreviation(t, i, k)) {
                return false;
            }
        }
        return false;
    }

    private boolean canSpeak(Token head, boolean insideSentence) {
        String w = lexicon.headKey(head.lower());
        boolean plural = w.length() > 3 && (WordForms.pluralShape(w) || w.endsWith("men"));
        // "The 71-year-old said": a description by age is a person, and so is "A woman in Eastvale" by her sex.
        return lexicon.isSpeakerNoun(head) || plural || QUANTIFIER_HEADS.contains(w) || lexicon.isPersonNoun(w)
                || NameGivenAfter.NOUNS.contains(w)
                || ResolutionStage.AGE.matcher(head.lower()).matches()
                || head.isCapitalized() && insideSentence && lexicon.cuesStartingWith(w).isEmpty();
    }

    /** "Halvard & Stone": an ampersand joining two capitalised words of one name. */
    private static boolean ampersand(List<Token> t, int k, int start, int last) {
        return t.get(k).is("&") && k > start && k < last && t.get(k - 1).isCapitalized() && t.get(k + 1).isCapitalized();
    }

    /** "U.S.", "Mr.", "Md.": the period of an abbreviation inside the phrase. */
    static boolean abbreviation(List<Token> t, int k, int start) {
        return t.get(k).is(".") && k > start && t.get(k - 1).text().length() <= 4 && t.get(k - 1).end() == t.get(k).start();
    }

    /** "PACs that have raised $1 million": a currency sign before its figure (read only in a relative clause). */
    private static boolean currency(List<Token> t, int k, int last) {
        return FunctionWords.CURRENCY.contains(t.get(k).text()) && k < last && t.get(k + 1).start() == t.get(k).end()
                && Character.isDigit(t.get(k + 1).text().charAt(0));
    }

    /** Tokens past the first that a "Month Day, Year" date adds to a subject: a date counts as one word. */
    private static int dateTokens(List<Token> t, int start, int last) {
        for (int k = start; k < last; k++) {
            if (Datelines.dateComma(t, k, start)) {
                return t.get(k - 2).is(".") ? 4 : 3;
            }
        }
        return 0;
    }

    /** "Sanders' adviser": the apostrophe after a plural or a name in -s, written against it. */
    static boolean possessiveMark(List<Token> t, int k) {
        Token mark = t.get(k);
        Token before = k > 0 ? t.get(k - 1) : null;
        return (mark.is("'") || mark.is("’")) && before != null && before.isWord() && before.end() == mark.start()
                && before.lower().endsWith("s") && k + 1 < t.size() && t.get(k + 1).start() > mark.end();
    }
}
