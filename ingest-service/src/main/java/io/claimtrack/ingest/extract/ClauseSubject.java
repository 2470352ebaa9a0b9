package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The whole subject of a clause whose verb is a cue, when the speaker phrase scan stops short of it:
 * coordinated heads ("Federal and state officials said"), a prepositional tail ("Experts on North Korea and
 * nuclear arms said"), a reduced or full relative clause ("A study released Tuesday by the institute shows",
 * "A 2014 study that appeared in a journal found", "All the experts I interviewed said"), a bare plural
 * ("But environmentalists worry that"). Everything from where the clause's subject starts to the cue must
 * read as one noun phrase: no finite verb outside a relative clause, no punctuation, no cue of its own, and
 * a head that can speak (a speaker noun, a plural, a name).
 */
final class ClauseSubject {

    /** Finite verbs and modals: a subject holding one outside a relative clause is a clause of its own. */
    static final Set<String> FINITE = WordSet.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "do", "does", "did", "'s", "’s");
    static final Set<String> RELATIVES = WordSet.of("that", "who", "which", "whom", "whose");
    /** Words that open a clause inside an aside: "Cole, where she works, said"; "Cole, as it happens, said". */
    private static final Set<String> ASIDE_RELATIVES = WordSet.of("where", "when", "as", "because", "since", "while", "after",
            "before", "if", "although", "though");
    /** Words that make what stands before a comma a clause of its own: "Even if the plan fails, ...". */
    private static final Set<String> SUBORDINATORS = WordSet.of("if", "because", "although", "though", "unless", "whether",
            "than", "since", "while", "when", "as", "after", "before", "until");
    /** Words after the head noun that begin its modifier: "experts on", "the center at", "a study by". */
    private static final Set<String> POSTMODIFIER_STARTS = WordSet.of("on", "at", "in", "of", "for", "from", "with", "by",
            "across", "around", "inside", "outside", "within", "among");
    private static final Set<String> PERSONAL_PRONOUNS = Lexicon.words(List.of(Lexicon.SPEAKING_PRONOUNS), "you");
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("but", "and", "so", "yet");
    /** Words that open an adverbial clause with its own subject; not "as" (an as-clause has its own shapes). */
    private static final Set<String> ADVERBIAL_CLAUSE_OPENERS = WordSet.of("although", "though", "while", "when",
            "whereas", "because", "since", "if", "unless", "once", "after", "before");
    /** Heads that speak for several people without a plural ending. */
    private static final Set<String> QUANTIFIER_HEADS = WordSet.of("everyone", "everybody", "someone", "somebody", "people");

    /** Quantifiers that head a subject naming part of a group: "many in the crowd", "some of the donors". */
    private static final Set<String> PARTITIVES = WordSet.of("many", "most", "some", "several", "few", "none", "half",
            "all", "both", "others", "each");
    private static final Set<String> PARTITIVE_LINKS = WordSet.of("of", "in", "among", "at", "on", "within", "inside");

    private final Lexicon lexicon;

    ClauseSubject(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The speaker that is the whole subject of the clause the cue is the verb of, or null. */
    Mention of(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> t = ctx.tokens;
        int start = ClauseShapes.subjectStart(t, s.firstToken(), cue.firstToken());
        if (start < cue.firstToken() && CLAUSE_OPENERS.contains(t.get(start).lower())) {
            start++;
        }
        if (start + 1 < cue.firstToken() && ADVERBIAL_CLAUSE_OPENERS.contains(t.get(start).lower())
                && !coordinated(t, start + 1, cue.firstToken())) {
            // "Though executives who have worked with him say ..., they ...": the adverbial clause's own subject.
            // "Although the agency declined to comment and aides said" holds two clauses.
            start++;
        }
        return from(ctx, cue, s, start);
    }

    /**
     * The subject of a second clause joined to the sentence by a comma and a conjunction, or by a semicolon,
     * when the cue is its verb: "Obama said the reforms were incomplete, and rights groups warned that ...".
     * A bare common noun there is a speaker just as at the sentence's start.
     */
    Mention afterConjunction(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> t = ctx.tokens;
        int first = s.firstToken();
        for (int k = cue.firstToken() - 1; k > first + 1 && cue.firstToken() - k <= Windows.CLAUSE_SUBJECT_TOKENS; k--) {
            Token tok = t.get(k);
            if (tok.is(";") || Lexicon.COORDINATORS.contains(tok.lower()) && t.get(k - 1).is(",")) {
                return k + 1 < cue.firstToken() ? from(ctx, cue, s, k + 1) : null;
            }
            if (tok.type() == Token.Type.PUNCT || tok.type() == Token.Type.QUOTE || PERSONAL_PRONOUNS.contains(tok.lower())
                    || Lexicon.POSSESSIVES.contains(tok.lower())) {
                // A pronoun subject is the speaker phrases' to find; "he trails pledged delegates" and "train his
                // eyes" are no speaker at all.
                return null;
            }
        }
        return null;
    }

    private Mention from(AttributionContext ctx, Cue cue, Sentence s, int start) {
        List<Token> t = ctx.tokens;
        int last = ClauseShapes.skipAdverbsLeft(t, ClauseShapes.infinitiveAfter(t,
                ClauseShapes.skipAdverbsLeft(t, cue.firstToken() - 1, start), start), start);
        last = ClauseShapes.skipAdverbsLeft(t, ReportedContent.beforeTimePhrase(t, last, start), start);
        return phrase(ctx, s.firstToken(), start, Datelines.closesDate(t, last, start) ? last - 1 : last, true);
    }

    /**
     * The subject of the clause when asides stand between it and the cue, the last of them closed at token
     * {@code close}: "Six newspapers in the state, including the Ledger, said"; "The justice -- who had clashed
     * with him over the past few days -- said"; "Rep. Ann Cole (D-Md.), said". The subject runs from where the
     * clause starts to the first comma, dash or bracket and must read as one noun phrase, as in {@link #of}; its
     * head need not be a word the lexicons know to speak, since a subject set off by an aside before a cue and
     * what was said is the speaker. A name alone in the first aside names it ("Another delegate on the slate,
     * Jo Lund, said"). The first aside must open as one does ({@link #asideOpens}).
     * The asides may run long and hold commas, brackets and whole quotations, but nothing that ends a clause.
     */
    Mention beforeAsides(AttributionContext ctx, int first, int close) {
        List<Token> t = ctx.tokens;
        int start = ClauseShapes.subjectStart(t, first, close);
        if (start < close && CLAUSE_OPENERS.contains(t.get(start).lower())) {
            start++;
        }
        int open = start;
        while (open < close && !(t.get(open).is(",") || t.get(open).is("(") || Asides.isDash(t.get(open)))) {
            open++;
        }
        if (open == start || open == close || close - open > Windows.STACKED_ASIDE_TOKENS
                || !asideOpens(t, open + 1, close)
                || !asidesOnly(ctx, open, close)) {
            return null;
        }
        for (int k = start; k < open; k++) {
            if (SUBORDINATORS.contains(t.get(k).lower())) {
                return null;
            }
        }
        Mention head = phrase(ctx, first, start, open - 1, false);
        if (head == null) {
            return null;
        }
        int nameEnd = open + 1;
        while (nameEnd < close && t.get(nameEnd).isWord()) {
            nameEnd++;
        }
        Mention name = t.get(open).is(",") && t.get(nameEnd).is(",") && !head.hasName() ? ctx.mentions.build(open + 1, nameEnd) : null;
        if (name != null && name.hasName() && name.kind() == SpeakerKind.PERSON) {
            // "Another delegate on the slate, Jo Lund, said": the description first, the name in the aside.
            return new Mention(head.start(), name.end(), ctx.doc.text(head.start(), name.end()), head.text(), name.name(),
                    SpeakerKind.PERSON);
        }
        return head;
    }

    /**
     * The first aside, from token {@code k}, opens as an apposition or adverbial does: a name, a number, a bracket,
     * an article or relative word, a participle ("run by", "citing"), an adverb, or a role ("communications director
     * of"). A lower-case noun is the next item of a list ("on gaming, taxes and trade, said").
     */
    private boolean asideOpens(List<Token> t, int k, int close) {
        while (k < close && Asides.isDash(t.get(k))) {
            k++;
        }
        Token w = t.get(k);
        if (!w.isWord() || w.isCapitalized() || Asides.appositionStart(w) || w.lower().endsWith("ed") || w.lower().endsWith("ly")) {
            return true;
        }
        for (int i = k; i < close && i - k < Windows.TITLE_MODIFIER_TOKENS && t.get(i).isWord(); i++) {
            if (lexicon.isRoleWord(t.get(i).lower()) || lexicon.isSpeakerNoun(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens {@code from} to {@code to} hold asides only: no clause break, brackets closed, quotations whole, and
     * no finite verb but in a relative clause ("Cole, who has led the group since 2019, said"), since
     * "..., the plan would fail, said Cole" is what was said, not an aside.
     */
    private static boolean asidesOnly(AttributionContext ctx, int from, int to) {
        List<Token> t = ctx.tokens;
        int brackets = 0;
        boolean relative = false;
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (tok.is(";") || tok.is(":") || tok.is("?") || tok.is("!")) {
                return false;
            }
            if (tok.is(",") || Asides.isDash(tok)) {
                relative = false;
            } else if (RELATIVES.contains(tok.lower()) || ASIDE_RELATIVES.contains(tok.lower())) {
                relative = true;
            } else if (FINITE.contains(tok.lower()) && !relative) {
                return false;
            }
            brackets += tok.is("(") ? 1 : tok.is(")") ? -1 : 0;
            if (brackets < 0) {
                return false;
            }
            if (tok.type() == Token.Type.QUOTE && !possessiveMark(t, k)) {
                Quote q = ctx.doc.quoteAt(tok.start());
                if (q == null || q.start() < t.get(from).end() || q.end() > t.get(to).start()) {
                    return false;
                }
            }
        }
        return brackets == 0;
    }

    private static boolean coordinated(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Lexicon.COORDINATORS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "PACs that have raised $1 million": a currency sign before its figure (read only in a relative clause). */
    private static boolean currency(List<Token> t, int k, int last) {
        return Lexicon.CURRENCY.contains(t.get(k).text()) && k < last && t.get(k + 1).start() == t.get(k).end()
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

    /**
     * Tokens {@code start} to {@code last} as the clause's subject, or null when they do not read as one noun
     * phrase or, with {@code mustSpeak}, its head cannot speak.
     */
    private Mention phrase(AttributionContext ctx, int first, int start, int last, boolean mustSpeak) {
        List<Token> t = ctx.tokens;
        int figure = last < start ? -1 : Quantities.afterHedge(t, start, last);
        if (last < start || last - start - dateTokens(t, start, last) >= longest(t, start, last)
                || Lexicon.NP_BREAKERS.contains(t.get(start).lower()) && !t.get(start).isAllCaps() && figure < 0) {
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
            if (ctx.cueAt[k] != null || tok.type() == Token.Type.QUOTE && !possessiveMark(t, k)
                    || tok.type() == Token.Type.PUNCT && !tok.is("/") && !abbreviation(t, k, start)
                    && !Datelines.dateComma(t, k, start) && !(relative && currency(t, k, last))
                    && !(headEnd < 0 && listComma(t, k, last))) {
                return null;
            }
            if (RELATIVES.contains(w) && k > start) {
                relative = true;
            } else if (!relative && (FINITE.contains(w) || k > start && tok.isWord() && w.endsWith("ly") && w.length() > 4
                    && !(prepositional && !tok.isCapitalized()))) {
                // "The nominee currently sits at 85 percent support": a verb and its adverb, no noun phrase.
                return null;
            }
            boolean modifierStarts = k > start && (RELATIVES.contains(w) || POSTMODIFIER_STARTS.contains(w)
                    || PERSONAL_PRONOUNS.contains(w) || PhraseShapes.contractedPronoun(tok) > 0
                    || tok.isWord() && !tok.isCapitalized() && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"))
                    && !premodifier(t, start, k, last));
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
        boolean person = headEnd <= last && t.get(headEnd).is("who") && describedPerson(t, start, headEnd);
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
     * "A pilot who attended said", "The new deckhand who": "who" after a determiner and lower-case words makes
     * the head a person, though no list knows the noun ("those who", "Among those who" are no description).
     */
    private static boolean describedPerson(List<Token> t, int start, int headEnd) {
        if (headEnd - start < 2 || !Lexicon.DETERMINERS.contains(t.get(start).lower())) {
            return false;
        }
        for (int k = start + 1; k < headEnd; k++) {
            if (!t.get(k).isWord() || t.get(k).isCapitalized() || Lexicon.NP_BREAKERS.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
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
        return !(RELATIVES.contains(w) || Lexicon.ARTICLES.contains(w) || Lexicon.POSSESSIVES.contains(w)
                || POSTMODIFIER_STARTS.contains(w));
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
        return k == start + 1 && Lexicon.ARTICLES.contains(t.get(start).lower()) && next != null && next.isWord()
                && !next.isCapitalized() && !POSTMODIFIER_STARTS.contains(next.lower()) && !RELATIVES.contains(next.lower())
                && !Lexicon.NP_BREAKERS.contains(next.lower()) && !Lexicon.DETERMINERS.contains(next.lower());
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
        // "The 71-year-old said": a description by age is a person.
        return lexicon.isSpeakerNoun(head) || plural || QUANTIFIER_HEADS.contains(w) || lexicon.isPersonNoun(w)
                || ResolutionStage.AGE.matcher(head.lower()).matches()
                || head.isCapitalized() && insideSentence && lexicon.cuesStartingWith(w).isEmpty();
    }

    /** "U.S.", "Mr.", "Md.": the period of an abbreviation inside the phrase. */
    static boolean abbreviation(List<Token> t, int k, int start) {
        return t.get(k).is(".") && k > start && t.get(k - 1).text().length() <= 4 && t.get(k - 1).end() == t.get(k).start();
    }
}
