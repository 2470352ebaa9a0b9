package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Speakers that do not stand right before their cue: the noun phrase that opens the sentence (for a
 * participle or a second verb) and the antecedent of a relative pronoun ("McConnell, who said").
 */
final class SentenceSubjects {

    /** Words of a time phrase between "who" and its verb: "who in 2010 said", "who last week told". */
    private static final Set<String> WHEN_WORDS = WordSet.of("in", "on", "at", "last", "this", "week", "month", "year");
    private static final Set<String> RELATIVE_PRONOUNS = WordSet.of("who", "which");
    private static final Set<String> PARTITIVES = WordSet.of("many", "most", "some", "several", "all", "both", "none",
            "few", "each", "half", "one", "majority");

    /** Adverbs that also stand inside a noun phrase: "The first lady", "the last word", "both parties". */
    private static final Set<String> NOUN_PHRASE_ADVERBS = WordSet.of("first", "last", "long", "both", "once");

    /** Lower-case words that open a clause inside the sentence, with a subject of its own. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("when", "after", "because", "while", "where", "since",
            "until", "before", "although", "though", "whereas", "once", "why");

    /** Subjects that contract with "is" or "has" into one token: "it’s", "that's", "there’s". */
    private static final Set<String> CONTRACTED_SUBJECTS = Lexicon.words(List.of(Lexicon.PERSON_PRONOUNS,
            Lexicon.THING_PRONOUNS, Lexicon.DEMONSTRATIVES), "there", "here", "what");

    private final Lexicon lexicon;
    private final RoleHolder roleHolders;

    SentenceSubjects(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.roleHolders = new RoleHolder(lexicon);
    }

    /**
     * The noun phrase that opens the sentence: a name ends where its capitalised words do; an earlier verb's longer
     * speaker phrase from the same word, when it names someone this phrase does not ({@link SharedSubject}).
     */
    Mention opening(AttributionContext ctx, Sentence s, int limit) {
        List<Token> tokens = ctx.tokens;
        // "And now Mr. Manafort", "But in July, Holm", "In Ohio, even Obama": a conjunction and adverbs before the
        // subject or its opening adverbial.
        int first = ClauseShapes.subjectStart(tokens, skipLeads(tokens, SpeakerColonStage.afterQuestionLabel(ctx, s), limit), limit);
        first = skipLeads(tokens, first, limit);
        boolean pronoun = pronounSubject(tokens, first, limit);
        Mention m = pronoun ? ctx.mentions.build(first, first + 1) : phrase(ctx, first, limit);
        m = m == null || pronoun ? m : namedInAside(ctx, m, limit);
        int before = limit < tokens.size() ? tokens.get(limit).start() : ctx.doc.text.length();
        return m == null ? null : SharedSubject.widened(ctx.sentenceStatements, m, before);
    }

    /**
     * "It warned that A and urged B": an "it" that opens the sentence with a cue right after it, the subject a second
     * verb of saying goes on with (a body's pronoun: {@link #opening} takes no "it", which is as often "It was late").
     * Null for any other sentence.
     */
    Mention speakingIt(AttributionContext ctx, Sentence s, int limit) {
        int first = skipLeads(ctx.tokens, s.firstToken(), limit);
        return first + 1 < limit && Lexicon.THING_PRONOUNS.contains(ctx.tokens.get(first).lower()) && ctx.cueAt[first + 1] != null
                ? ctx.mentions.build(first, first + 1) : null;
    }

    /** The subject that starts at token {@code first}: a pronoun alone, or a noun phrase up to its verb. */
    Mention startingAt(AttributionContext ctx, int first, int limit) {
        return pronounSubject(ctx.tokens, first, limit) ? ctx.mentions.build(first, first + 1) : phrase(ctx, first, limit);
    }

    /**
     * "He went further, saying", "She brought glamour and defended it": the pronoun is the whole subject; "He and his
     * aides" goes on.
     */
    private static boolean pronounSubject(List<Token> tokens, int first, int limit) {
        return first < limit && (Lexicon.PERSON_PRONOUNS.contains(tokens.get(first).lower())
                || Lexicon.GROUP_PRONOUNS.contains(tokens.get(first).lower())) && !tokens.get(first + 1).is("and");
    }

    /**
     * The phrase from token {@code first} up to its verb: "Psaki pushed back", "Nowak thanked the government", "He
     * sent a memo", "The board did not", and a person's surname at the word after it ("Gale went after"), though
     * "Democratic candidate" goes on.
     */
    private Mention phrase(AttributionContext ctx, int first, int limit) {
        List<Token> tokens = ctx.tokens;
        int end = ctx.mentions.scanRight(first, Math.min(limit, first + Windows.SUBJECT_TOKENS));
        for (int k = first + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (finiteVerb(lexicon, t) || pluralsCue(ctx, k) || t.isWord() && !t.isCapitalized() && (Lexicon.ADVERBS.contains(t.lower()) && !NOUN_PHRASE_ADVERBS.contains(t.lower())
                    || !lexicon.isSpeakerNoun(t) && endsPersonName(ctx.doc, tokens.get(k - 1)))) {
                end = k;
                break;
            }
        }
        return end > first ? ctx.mentions.build(first, end) : null;
    }

    /** "The Sides attach particular importance to A and agree to B": a cue right after a plural head is its verb. */
    private static boolean pluralsCue(AttributionContext ctx, int k) {
        return ctx.cueAt[k] != null && ctx.tokens.get(k - 1).isWord() && WordForms.pluralShape(ctx.tokens.get(k - 1).lower());
    }

    static boolean finiteVerb(Lexicon lexicon, Token t) {
        return t.isWord() && !t.isCapitalized() && (t.lower().endsWith("ed") || ClauseSubject.FINITE.contains(t.lower())
                || lexicon.isIrregularPast(t.lower()));
    }

    /**
     * "The crowd cheered when Holm spotted a sign and asked", "the square, where protesters had gathered, chanting":
     * a participle or second verb goes with the nearest clause before {@code limit}, so the subject of a clause that
     * a subordinator or ", and"/", but" opens after the sentence's own verb, with a verb of its own, speaks. Null
     * when there is none, when a verb joined by "and" stands between (it may go with the sentence's own), when a cue
     * other than the clause's own verb ("when Holm took issue with the plan and assailed") does or stands before (the
     * clause is inside what was said: "Clinton said he would appoint judges who ..., and reminded"), and when the clause's subject is no speaker ("after the debate ended") or a pronoun: "after he
     * clinched the nomination and said" is as often the sentence subject's second verb, and "they" need not be people.
     */
    Mention nearer(AttributionContext ctx, Sentence s, int limit) {
        List<Token> tokens = ctx.tokens;
        Mention main = opening(ctx, s, limit);
        int first = main == null ? -1 : ctx.tokenAtOrAfter(main.start());
        // "It’s a big if, but Holm was in Eastport, stressing": the contraction holds the sentence's own verb.
        int mainVerb = main == null ? -1 : contractedBe(tokens.get(first)) ? first : firstVerb(tokens, ctx.tokenAtOrAfter(main.end()), limit);
        if (mainVerb < 0) {
            return null;
        }
        Mention m = nearestClause(ctx, mainVerb, limit);
        int ownVerb = m == null ? -1 : verbAfter(tokens, ctx.tokenAtOrAfter(m.end()), limit);
        int brackets = 0;
        for (int k = s.firstToken(); k < limit && m != null; k++) {
            // "when Holm took issue with the plan and assailed": the clause's own cue is the same speaker's; one in a
            // bracket ("(though he allowed that ...)") is the bracket's own.
            brackets += tokens.get(k).is("(") ? 1 : tokens.get(k).is(")") ? -1 : 0;
            if (ctx.cueAt[k] != null && k != ownVerb && brackets <= 0) {
                return null;
            }
        }
        return m;
    }

    /** The subject of the clause nearest before {@code limit} that opens after the sentence's own verb, or null. */
    private Mention nearestClause(AttributionContext ctx, int mainVerb, int limit) {
        List<Token> tokens = ctx.tokens;
        for (int k = limit - 1; k > mainVerb; k--) {
            Token t = tokens.get(k);
            int inside = ClauseInserts.openingBefore(ctx, k, mainVerb);
            if (inside > 0) {
                // "when Holm lamented the “broken” budget and criticized", "called them “rapists” (though ...) and
                // promised": a few quoted words or a bracket inside the clause hold no clause of its own to go with.
                k = inside;
                continue;
            }
            if (t.type() == Token.Type.QUOTE || t.is(";") || t.is(":") || t.is("(") || t.is(")")
                    || Asides.isDash(t)) {
                return null;
            }
            boolean conjunction = (t.is("and") || t.is("but")) && tokens.get(k - 1).is(",");
            if ((t.is("and") || t.is("but")) && k + 1 < limit && finiteVerb(lexicon, tokens.get(k + 1))) {
                return null;
            }
            if (conjunction || CLAUSE_OPENERS.contains(t.text())) {
                Mention m = clauseSubject(ctx, k + 1, limit);
                if (m != null) {
                    boolean speaker = m.hasName() || lexicon.isSpeakerNoun(tokens.get(ctx.tokenAtOrAfter(m.end()) - 1));
                    return speaker ? m : null;
                }
            }
        }
        return null;
    }

    /** "It’s", "That's", "There’s": a pronoun and a contracted "is" or "has", one token. */
    private static boolean contractedBe(Token t) {
        String w = t.lower().replace('’', '\'');
        return w.endsWith("'s") && CONTRACTED_SUBJECTS.contains(w.substring(0, w.length() - 2));
    }

    /** The first finite verb from token {@code from}, or -1 when none stands before {@code limit}. */
    private int firstVerb(List<Token> tokens, int from, int limit) {
        for (int k = from; k < limit; k++) {
            if (finiteVerb(lexicon, tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The subject opening a clause at {@code from}, when a finite verb follows it; null otherwise. */
    private Mention clauseSubject(AttributionContext ctx, int from, int limit) {
        List<Token> tokens = ctx.tokens;
        if (from >= limit) {
            return null;
        }
        String w = tokens.get(from).lower();
        boolean pronoun = Lexicon.PERSON_PRONOUNS.contains(w) || Lexicon.GROUP_PRONOUNS.contains(w) || w.equals("it");
        Mention m = pronoun ? ctx.mentions.build(from, from + 1) : phrase(ctx, from, limit);
        return m != null && verbAfter(tokens, ctx.tokenAtOrAfter(m.end()), limit) >= 0 ? m : null;
    }

    /**
     * The finite verb at token {@code from} or after adverbs there, or after a short prepositional phrase ("when
     * Holm in his opening speech called"); -1 when there is none.
     */
    private int verbAfter(List<Token> tokens, int from, int limit) {
        int verb = ClauseInserts.pastPrepositionalPhrase(lexicon, tokens, from, limit);
        while (verb < limit && !finiteVerb(lexicon, tokens.get(verb)) && ClauseShapes.isAdverb(tokens.get(verb))) {
            verb++;
        }
        return verb < limit && finiteVerb(lexicon, tokens.get(verb)) ? verb : -1;
    }

    /** "The harbour director, Mike Rubino, reached out ..., writing": the name in the apposition speaks. */
    private Mention namedInAside(AttributionContext ctx, Mention subject, int limit) {
        List<Token> tokens = ctx.tokens;
        int open = ctx.tokenAtOrAfter(subject.end());
        if (open >= limit || !tokens.get(open).is(",")) {
            return subject;
        }
        int close = open + 1;
        while (close < limit && close - open < Windows.ASIDE_TOKENS && !tokens.get(close).is(",")) {
            close++;
        }
        Mention named = close < limit && tokens.get(close).is(",") ? Asides.named(lexicon, ctx, subject, open, close) : null;
        return named == null ? subject : named;
    }

    /** Past a conjunction and adverbs before the subject; "Later, X" and "Still, X" are left to the adverbial. */
    private static int skipLeads(List<Token> tokens, int first, int limit) {
        while (first + 1 < limit && !tokens.get(first + 1).is(",") && (SpeakerPhrases.SENTENCE_CONJUNCTIONS.contains(tokens.get(first).lower())
                || Lexicon.ADVERBS.contains(tokens.get(first).lower()) && !NOUN_PHRASE_ADVERBS.contains(tokens.get(first).lower()))) {
            first++;
        }
        return first;
    }

    /**
     * The surname of a person the document names with a first name or a title: "Gale" once "Ruth Gale" is
     * named, "Trump" once "candidate Donald Trump" is.
     */
    private boolean endsPersonName(AnnotatedDocument doc, Token t) {
        if (!t.isCapitalized()) {
            return false;
        }
        for (Name n : doc.names) {
            List<String> w = n.words();
            if (n.kind() == SpeakerKind.PERSON && w.size() > 1 && w.get(w.size() - 1).equals(t.lower())
                    && (lexicon.isFirstName(w.get(0)) || !n.role().isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "McConnell, who in 2010 said Y", "an architect who said Y": the relative pronoun's antecedent speaks.
     * Between "who" and the cue only adverbs and a time phrase may stand.
     */
    Mention relative(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int k = cue.firstToken() - 1;
        while (k > first && !RELATIVE_PRONOUNS.contains(tokens.get(k).lower()) && (ClauseShapes.isAdverb(tokens.get(k))
                || WHEN_WORDS.contains(tokens.get(k).lower()) || Mentions.isDateWord(tokens.get(k).lower())
                || tokens.get(k).type() == Token.Type.NUMBER)) {
            k--;
        }
        boolean partitive = partitiveWhom(tokens, k, first);
        if (partitive) {
            // "the families, many of whom say": part of the group before the quantifier speaks.
            k -= 2;
        }
        if (k <= first || !partitive && !RELATIVE_PRONOUNS.contains(tokens.get(k).lower())) {
            return null;
        }
        int last = k - 1;
        while (last >= first && (tokens.get(last).is(",") || Lexicon.DASHES.contains(tokens.get(last).text())
                || tokens.get(last).is("--"))) {
            last--;
        }
        if (last < first) {
            return null;
        }
        // "Tom Dunmore Jr., who": the suffix's period closes the name.
        last = SpeakerPhrases.beforeSuffixPeriod(tokens, last, first);
        Mention share = tokens.get(k).is("who") && Lexicon.SAY_TELL.contains(tokens.get(cue.firstToken()).lower())
                ? Quantities.endingAt(ctx, last, first) : null;
        if (share != null) {
            // "compared with 23 percent who said", "including 18% who say": a share of people is the antecedent;
            // "half of the pilots who support the quay are ..." names the group by what it backs.
            return share;
        }
        if (tokens.get(k).is("which") && !(tokens.get(last).isCapitalized() || lexicon.isSpeakerNoun(tokens.get(last)))) {
            // "the union, which said", "the study -- which notes that": a body or document speaks; "the bridge,
            // which" does not.
            return null;
        }
        int npStart = last;
        int npEnd = last + 1;
        if (tokens.get(last).isCapitalized()) {
            // A name ends the phrase before it: "The mayor met Okafor, who ..." is Okafor. A capitalised clause
            // word is no part of it ("But Crawford, who").
            int of = -1;
            while (npStart > first && (tokens.get(npStart - 1).isCapitalized()
                    && !Lexicon.NP_BREAKERS.contains(tokens.get(npStart - 1).lower()) && !tokens.get(npStart - 1).is("And")
                    || npStart - 1 > first && tokens.get(npStart - 1).is("of") && tokens.get(npStart - 2).isCapitalized())) {
                npStart--;
                of = of < 0 && tokens.get(npStart).is("of") ? npStart : of;
            }
            // "Senator Ted Cruz of Texas, who": the person is the antecedent, the place only says which one;
            // "the Chamber of Commerce, which" is one name.
            npEnd = of > 0 && personBefore(tokens, npStart, of) ? of : npEnd;
        } else {
            npStart = ctx.mentions.scanLeft(last, first);
            npStart = npStart < 0 ? npStart : objectStart(tokens, npStart, last);
        }
        if (npStart < 0) {
            return null;
        }
        String head = lexicon.headKey(tokens.get(npEnd - 1).lower());
        if (!personBefore(tokens, npStart, npEnd) && !endsPersonName(ctx.doc, tokens.get(npEnd - 1))
                && !lexicon.isPersonNoun(head) && !lexicon.groups.contains(head)) {
            int role = roleHolders.of(ctx, npStart, first, npEnd, tokens.get(k).is("who"));
            if (role >= 0) {
                int start = ctx.mentions.scanLeft(role, first);
                npStart = start < 0 ? npStart : objectStart(tokens, start, role);
                npEnd = start < 0 ? npEnd : role + 1;
            }
        }
        // "the crews, many of whom", "members of the crews, who": a group of people, though its last word is no
        // known speaker.
        return partitive || groupBeforeOf(tokens, npStart, npEnd) ? ctx.mentions.describe(npStart, npEnd)
                : ctx.mentions.build(npStart, npEnd);
    }

    /** "members of the crews", "relatives of the victims": the phrase's head before its "of" names speakers. */
    private boolean groupBeforeOf(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (tokens.get(k).is("of")) {
                return lexicon.isSpeakerNoun(tokens.get(k - 1));
            }
        }
        return false;
    }

    /** A first name among the capitalised words before "of": "Senator Ted Cruz of", not "Bank of". */
    private boolean personBefore(List<Token> tokens, int from, int of) {
        for (int k = from; k < of; k++) {
            if (lexicon.isFirstName(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scan left from a relative pronoun runs over the verb whose object the antecedent is ("The toll
     * angered the crews, who ...", "It angered family members of the victims, many of whom ..."): the
     * antecedent starts at its last determiner not inside an of-phrase, or after a leading past form.
     */
    private static int objectStart(List<Token> tokens, int npStart, int last) {
        for (int k = last - 1; k > npStart; k--) {
            String prev = tokens.get(k - 1).lower();
            if (Lexicon.DETERMINERS.contains(tokens.get(k).lower()) && !prev.equals("of") && !prev.equals("and")) {
                return k;
            }
        }
        Token lead = tokens.get(npStart);
        return npStart < last && !lead.isCapitalized() && lead.lower().endsWith("ed") ? npStart + 1 : npStart;
    }

    /** "many of whom", "two of whom": a quantifier, "of" and "whom" ending at token {@code k}. */
    private static boolean partitiveWhom(List<Token> tokens, int k, int first) {
        if (k - 2 <= first || !tokens.get(k).is("whom") || !tokens.get(k - 1).is("of")) {
            return false;
        }
        Token q = tokens.get(k - 2);
        return PARTITIVES.contains(q.lower()) || Quantities.isNumber(q);
    }

    /**
     * "the study -- which notes that A -- should be", "the Union, which contended that A, is": a relative clause
     * set off by a comma or dash ends at the next such mark outside quotations.
     */
    static int asideEnd(AttributionContext ctx, int afterAntecedent, int from, int end) {
        int mark = afterAntecedent;
        // "a senior analyst at Jefferies, who notes": the role's place stands before the clause's comma.
        while (mark < from && ctx.tokens.get(mark).isWord() && !RELATIVE_PRONOUNS.contains(ctx.tokens.get(mark).lower())) {
            mark++;
        }
        Token open = ctx.tokens.get(mark);
        boolean dash = Lexicon.DASHES.contains(open.text()) || open.is("--");
        if (!dash && !open.is(",")) {
            return end;
        }
        for (int k = from + 1; k < end; k++) {
            Token t = ctx.tokens.get(k);
            boolean closes = dash ? Lexicon.DASHES.contains(t.text()) || t.is("--") : t.is(",");
            if (closes && ctx.doc.quoteAt(t.start()) == null) {
                return k;
            }
            int marks = dash ? -1 : QuotedAside.afterClosingMarks(ctx, k);
            if (marks > 0 && marks < end && ctx.cueAt[marks] != null) {
                // "Lund, who calls the mayor a “menace,” said": the quotation closes the clause, and the verb follows.
                return marks;
            }
        }
        return end;
    }
}
