package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** "McConnell, who said", "an architect who said": the antecedent of a relative pronoun speaks. */
final class RelativeAntecedent {

    /** Words of a time phrase between "who" and its verb: "who in 2010 said", "who last week told". */
    private static final Set<String> WHEN_WORDS = WordSet.of("in", "on", "at", "last", "this", "week", "month", "year");
    private static final Set<String> RELATIVE_PRONOUNS = WordSet.of("who", "which");
    private static final Set<String> PLACE_ADVERBS = WordSet.of("here", "there");
    /** The first verb's words between "who" and "and said": "who is by all accounts enjoying his new role and is saying". */
    private static final int FIRST_VERB_TOKENS = 14;
    private static final Set<String> PARTITIVES = WordSet.of("many", "most", "some", "several", "all", "both", "none",
            "few", "each", "half", "one", "majority");

    private final Lexicon lexicon;
    private final RoleHolder roleHolders;
    private final SentenceSubjects subjects;

    RelativeAntecedent(Lexicon lexicon, SentenceSubjects subjects) {
        this.lexicon = lexicon;
        this.roleHolders = new RoleHolder(lexicon);
        this.subjects = subjects;
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
        return antecedent(ctx, cue, s, k, partitive);
    }

    /**
     * "Ines Varga, who answered the door on Sunday and said A": the antecedent of the relative pronoun whose clause the
     * cue, after "and" or "but" at {@code conjunction}, is the second verb of, when a comma or dash sets the clause off;
     * null unless only words, none a cue, stand between the pronoun and the conjunction (within {@link #FIRST_VERB_TOKENS}).
     */
    Mention beforeConjunction(AttributionContext ctx, Cue cue, Sentence s, int conjunction) {
        List<Token> tokens = ctx.tokens;
        for (int k = conjunction - 1; k > s.firstToken() && conjunction - k <= FIRST_VERB_TOKENS; k--) {
            Token t = tokens.get(k);
            if (RELATIVE_PRONOUNS.contains(t.lower())) {
                // Only a clause set off by a comma or dash: "announced support from mothers who have lost children and
                // said A" joins "said" to "announced", and "an adviser to NAME who helped ... and portrayed" is no NAME's.
                Token before = tokens.get(k - 1);
                boolean setOff = before.is(",") || FunctionWords.DASHES.contains(before.text()) || before.is("--");
                return setOff && k + 1 < conjunction ? antecedent(ctx, cue, s, k, false) : null;
            }
            if (!t.isWord() && t.type() != Token.Type.NUMBER || ctx.cueAt[k] != null) {
                return null;
            }
        }
        return null;
    }

    /** The antecedent of the relative pronoun at token {@code k} ("of whom" after a quantifier when {@code partitive}). */
    private Mention antecedent(AttributionContext ctx, Cue cue, Sentence s, int k, boolean partitive) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int last = k - 1;
        while (last >= first && (tokens.get(last).is(",") || FunctionWords.DASHES.contains(tokens.get(last).text())
                || tokens.get(last).is("--"))) {
            last--;
        }
        if (last > first && PLACE_ADVERBS.contains(tokens.get(last).lower())) {
            // "demonstrators here, who": the adverb says where the antecedent is.
            last--;
        }
        if (last < first) {
            return null;
        }
        int named = tokens.get(k).is("who") ? nameBeforeFigure(tokens, last, first) : documentBeforeTime(tokens, last, first);
        // "Tom Dunmore Jr., who": the suffix's period closes the name.
        last = SpeakerPhrases.beforeSuffixPeriod(tokens, named, first);
        Mention share = tokens.get(k).is("who") && FunctionWords.SAY_TELL.contains(tokens.get(cue.firstToken()).lower())
                ? Quantities.endingAt(ctx, last, first) : null;
        if (share != null) {
            // "compared with 23 percent who said", "including 18% who say": a share of people is the antecedent;
            // "half of the pilots who support the quay are ..." names the group by what it backs.
            return share;
        }
        if (tokens.get(k).is("which") && !(tokens.get(last).isCapitalized() || lexicon.isSpeakerNoun(tokens.get(last))
                || bodies(tokens.get(last)))) {
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
                    && !FunctionWords.NP_BREAKERS.contains(tokens.get(npStart - 1).lower()) && !tokens.get(npStart - 1).is("And")
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
        if (!personBefore(tokens, npStart, npEnd) && !subjects.endsPersonName(ctx.doc, tokens.get(npEnd - 1))
                && !lexicon.isPersonNoun(head) && !lexicon.groups.contains(head)) {
            int role = roleHolders.of(ctx, npStart, first, npEnd, tokens.get(k).is("who"));
            if (role >= 0) {
                int start = ctx.mentions.scanLeft(role, first);
                npStart = start < 0 ? npStart : objectStart(tokens, start, role);
                npEnd = start < 0 ? npEnd : role + 1;
            }
        }
        // "the crews, many of whom", "members of the crews, who", "workers' unions, which": a group of people or
        // bodies, though its last word is no known speaker.
        return partitive || groupBeforeOf(tokens, npStart, npEnd) || bodies(tokens.get(npEnd - 1))
                ? ctx.mentions.describe(npStart, npEnd)
                : ctx.mentions.build(npStart, npEnd);
    }

    /**
     * "She released her medical records in July, which showed ...": a time phrase ending at token {@code last} dates the
     * document before it, which is the antecedent of "which"; that document's last token, or {@code last}.
     */
    private int documentBeforeTime(List<Token> tokens, int last, int first) {
        int before = ReportedContent.beforeTimePhrase(tokens, last, first);
        return before < last && lexicon.documents.contains(lexicon.headKey(tokens.get(before).lower())) ? before : last;
    }

    /** "the unions, which said", "agencies, which": bodies, the organisation noun's plural. */
    private boolean bodies(Token t) {
        String w = lexicon.headKey(t.lower());
        return WordForms.pluralShape(w) && lexicon.organizations.contains(WordForms.singular(w));
    }

    /**
     * "Ada Berg, 41, who says", "Ada Berg, 41, a welder and mother of two, who says": asides ending in a figure at
     * token {@code last} (an age, a count of children) describe the person named before them, the antecedent; the
     * index of the name's last word, or {@code last}.
     */
    private static int nameBeforeFigure(List<Token> tokens, int last, int first) {
        if (!Quantities.isNumber(tokens.get(last))) {
            return last;
        }
        int k = last;
        for (int asides = 0; asides < Windows.STACKED_ASIDES; asides++) {
            int open = k;
            while (open > first && !tokens.get(open).is(",") && k - open < Windows.ASIDE_TOKENS) {
                Token t = tokens.get(open);
                if (!(t.isWord() || t.type() == Token.Type.NUMBER) || t.isCapitalized()
                        || ClauseSubject.RELATIVES.contains(t.lower()) || ClauseSubject.FINITE.contains(t.lower())) {
                    return last;
                }
                open--;
            }
            if (open <= first || !tokens.get(open).is(",")) {
                return last;
            }
            if (tokens.get(open - 1).isCapitalized()) {
                return open - 1;
            }
            k = open - 1;
        }
        return last;
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
            if (FunctionWords.DETERMINERS.contains(tokens.get(k).lower()) && !prev.equals("of")
                    && !prev.equals("and")) {
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
        boolean dash = FunctionWords.DASHES.contains(open.text()) || open.is("--");
        if (!dash && !open.is(",")) {
            return end;
        }
        for (int k = from + 1; k < end; k++) {
            Token t = ctx.tokens.get(k);
            boolean closes = dash ? FunctionWords.DASHES.contains(t.text()) || t.is("--") : t.is(",");
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
