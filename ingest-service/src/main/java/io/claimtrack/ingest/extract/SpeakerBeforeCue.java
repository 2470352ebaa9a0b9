package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The content of a cue whose speaker stands before it: "X said (that) Y", "Y, X said", "Y, it says, would be Z",
 * "Y (she said)", "As X noted, Y", "a wall, which he said Mexico would pay for".
 */
final class SpeakerBeforeCue {

    /** Relative words before a speaker whose clause holds what was said: "which he said ...", "what she called ...". */
    private static final Set<String> FREE_RELATIVES = WordSet.of("which", "what");
    /** Relative words whose clause, with its cue inside, holds what was said: "a wall, which he said ...", "his
     * daughters, who he said were living abroad". */
    static final Set<String> CLAUSE_RELATIVES = WordSet.of("which", "who", "whom");
    /** Objects that only point back: "says it,", "said so.". */
    private static final Set<String> PRONOUN_OBJECTS = WordSet.of("it", "that", "this", "so");
    /**
     * Verbs whose complement after "what X ..." is what was said: "what he called a disgrace", "what she said is
     * a trend". "what Putin told Trump about" and "what the plan would do" have none.
     */
    private static final Set<String> NAMING_VERBS = WordSet.of("called", "calls", "call", "said", "says", "described",
            "describes", "termed", "dubbed", "labeled", "labelled", "believed", "believes", "considered", "considers",
            "deemed", "deems");

    private final Lexicon lexicon;
    private final ClauseSubject clauseSubject;
    private final NarratorsTail tail;

    SpeakerBeforeCue(Lexicon lexicon, ClauseSubject clauseSubject) {
        this.lexicon = lexicon;
        this.clauseSubject = clauseSubject;
        this.tail = new NarratorsTail(lexicon);
    }

    /** The statement of speaker {@code m} (found before the cue or as the clause's subject), or null. */
    Attribution attribute(AttributionContext ctx, Cue cue, Sentence s, Mention m, int end) {
        List<Token> tokens = ctx.tokens;
        int first = TurnLabels.afterQuestionLabel(ctx, s);
        int npStart = ctx.tokenAtOrAfter(m.start());
        // The pair's few tokens are read before the words after the cue, which run to the sentence's end.
        int pair = TrailingPair.start(ctx, npStart, first, lexicon);
        Mention paired = pair > 0 && ReportedContent.trailing(tokens, cue.endToken(), end)
                ? ctx.mentions.build(pair, ctx.tokenAtOrAfter(m.end())) : null;
        if (paired != null) {
            m = paired;
            npStart = pair;
        }
        boolean objectRelative = ObjectRelative.afterAntecedent(ctx, npStart, first)
                || ObjectRelative.bodyAfterAntecedent(ctx, npStart, first, cue) || ObjectRelative.pronounAfterBareNoun(ctx, npStart, first, cue)
                || ObjectRelative.definiteAfterAntecedent(ctx, ctx.tokenAtOrAfter(m.end()) - 1, first, cue) == npStart
                || ObjectRelative.bareGroupAfterAntecedent(ctx, npStart, first, cue)
                || ObjectRelative.groupAfterObject(ctx, npStart, first, cue)
                || NamingRelative.nameStart(ctx, ctx.tokenAtOrAfter(m.end()) - 1, first, cue) == npStart;
        // "A group called Harbour Watch said": the name a thing is called by speaks for it, as the clause's subject.
        boolean atStart = !objectRelative && (ClauseShapes.opensClause(ctx, npStart, first)
                || npStart > first && tokens.get(npStart - 1).is("called") && ctx.cueAt[npStart - 1] == null);
        Token before = npStart > first ? tokens.get(npStart - 1) : null;
        Mention whole = objectRelative || atStart && !(before != null && before.is("and"))
                || before != null && FREE_RELATIVES.contains(before.lower()) ? null : clauseSubject.of(ctx, cue, s);
        if (whole != null) {
            // "Federal and state officials said", "Pilots and their unions said": the scan stopped inside the subject.
            m = whole;
            npStart = ctx.tokenAtOrAfter(m.start());
            atStart = true;
        }
        int afterTime = atStart ? -1 : FrontedClause.subjectAfterTime(ctx, first, npStart, ctx.tokenAtOrAfter(m.end()));
        Mention timed = afterTime < 0 ? null : ctx.mentions.build(afterTime, ctx.tokenAtOrAfter(m.end()));
        if (timed != null) {
            // "Although in September she said A, ...": a time phrase between the clause's opener and its subject.
            m = timed;
            npStart = afterTime;
            atStart = true;
        }
        int bracket = atStart && npStart > first + 1 && tokens.get(npStart - 1).is("(") ? closingBracket(tokens, cue, end) : -1;
        if (bracket > 0) {
            // "Y (she said) would be Z", "Y (he added on Monday).": a cue in brackets is parenthetical, as between commas.
            return ctx.content.statement(Attribution.Source.CUE, m, cue, first,
                    bracket + 1 < end ? end : npStart - 1, s, 0.8);
        }
        if (atStart && npStart - 2 > first && tokens.get(npStart - 1).is(",") && tokens.get(npStart - 2).is("that")
                && relativeThat(tokens.get(npStart - 3)) && cue.endToken() + 1 < end && tokens.get(cue.endToken()).is(",")) {
            // "the shortage that, she said, had emptied the shelves": the relative clause's rest is what was said,
            // not the sentence around it.
            int from = cue.endToken() + 1;
            return ctx.content.statement(Attribution.Source.CUE, m, cue, from,
                    ReportedContent.clauseEnd(ctx.doc, from, end), s, 0.8);
        }
        int comma = DayInsideCue.pastWeekday(tokens, cue.endToken(), end);
        if (atStart && npStart > first + 1 && tokens.get(npStart - 1).is(",") && comma + 1 < end
                && tokens.get(comma).is(",") && !tokens.get(first).is("as")
                && !tail.opensAdjunct(ctx, comma + 1, end)) {
            // "Y, it says, would be Z", "Y, officials said Sunday, and Z": a parenthetical cue (a wire's weekday after
            // it); the content is the whole sentence around it.
            return RelativeAside.insideReport(ctx, m, s) ? null
                    : ctx.content.statement(Attribution.Source.CUE, m, cue, first, end, s, 0.8);
        }
        int clause = Math.min(semicolonAfter(ctx, cue.endToken(), end), tail.adjunctAfter(ctx, cue.endToken(), end));
        if (atStart && npStart > first && tokens.get(npStart - 1).is(",")
                && Listeners.trailingAfterListener(ctx, cue,
                        Math.min(clause, Math.min(NarratorsTail.timeClauseAfterListener(ctx, cue, end), NarratorsTail.tailAfterListener(ctx, cue, end))))) {
            // "Y, X said." The content is everything before the speaker; "Y, analysts say; in 2012, ..." stops at
            // the semicolon, and "A; Y, X said" starts after it.
            Token last = tokens.get(cue.endToken() - 1);
            if (cue.endToken() - cue.firstToken() > 1 && (last.in(WordClass.PREPOSITION) || last.in(WordClass.NO_CONTENT))) {
                // "2.1 meters, well below the 4 meters its forecasters had warned of on Wednesday.": a cue's
                // preposition left without its object ends a relative clause; the phrase before is that object.
                return null;
            }
            if (tokens.get(first).is("as") && !commaBetween(tokens, first, npStart - 1)) {
                // "As expected, officials said.": the as-clause is all there is. "As part of the probe, the FBI
                // will ..., officials said." has a clause of its own after the as-phrase.
                return null;
            }
            int from = ReportedContent.startBefore(ctx, first, npStart - 1);
            return from < npStart - 1 && !FrontedAdverbials.loneAdverbial(ctx.doc, from, npStart - 1)
                    ? ctx.content.statement(Attribution.Source.CUE, m, cue, from, npStart - 1, s, 0.85) : null;
        }
        if (AsClause.opens(tokens, cue, npStart, first, end)) {
            // "As X noted, Y", "Y, as X put it."
            return AsClause.attribute(ctx, m, cue, s, npStart, end);
        }
        if (objectRelative || !atStart && (CLAUSE_RELATIVES.contains(tokens.get(npStart - 1).lower())
                || tokens.get(npStart - 1).is("what") && NAMING_VERBS.contains(tokens.get(cue.firstToken()).lower()))) {
            // "a wall, which he said Mexico would pay for, ...", "his daughters, who he said were living abroad",
            // "trumpeting what he called his self-funded campaign", "a charge she called “flatly untrue”":
            // the relative clause, to its comma or semicolon, is what was said.
            if (cue.endToken() >= end || tokens.get(cue.endToken()).is(",")) {
                // "That is what she said, and he agreed.": the clause ended with its cue.
                return null;
            }
            if (objectOfCue(ctx, npStart - 1)) {
                // "The guild denounced what it called a raid on pensions", "apologized to members for what she called
                // a mistake": one statement, the outer cue's, whose content keeps the naming.
                return null;
            }
            if (!tokens.get(npStart - 1).is("which") && !tokens.get(npStart - 1).is("what")
                    && (tokens.get(cue.endToken()).is("to") || tokens.get(cue.endToken()).lower().endsWith("ly"))
                    || objectRelative && ObjectRelative.noContentAfter(tokens.get(cue.endToken()))) {
                // "a rival whom he attacked viciously", "who he plans to vote for", "the things he believes in": the
                // antecedent is the verb's object.
                return null;
            }
            int from = ContentStart.startAfterCue(tokens, cue, end);
            if (objectRelative && from == cue.endToken() && from < end && tokens.get(from).is("as")) {
                // "charges Ostmark rejected as “invented”": the name the object is given, without its "as".
                from++;
            }
            int to = from;
            while (to < end && !((tokens.get(to).is(",") || tokens.get(to).is(";")) && ctx.doc.quoteAt(tokens.get(to).start()) == null)) {
                to++;
            }
            if (from > cue.endToken() && tokens.get(from - 1).is(",")) {
                // "a speech in which he pledged that, if elected, he would ...": the comma after "that" opens an
                // adverbial inside what was said, which runs to the clause's end.
                to = ReportedContent.clauseEnd(ctx.doc, from, end);
            }
            // "That was what Wahl said when she resigned.": the clause after the cue only says when, as does "what she
            // said in May, when she told the board that A", whose A is the second cue's.
            return from == cue.endToken() && WhenOrHowOnly.timeClauseOnly(ctx.doc, from, to)
                    || npStart > 0 && tokens.get(npStart - 1).is("what") && WhenOrHowOnly.timeClauseWithCue(ctx, from, to) ? null
                    : ctx.content.statement(Attribution.Source.CUE, m, cue, from, to, s, 0.75);
        }
        if (!atStart) {
            return null;
        }
        int from = Listeners.afterAddressee(ctx, cue, ContentStart.startAfterCue(tokens, cue, end), end);
        if (ClauseShapes.afterTimeNoun(tokens, npStart, first) && !objectFollows(tokens, cue, end)) {
            // "on the day Holm had proposed, she ...", "the moment he says it, ...": the time is the verb's object.
            return null;
        }
        if (from < 0 || from == cue.endToken() && end - from <= Windows.WHEN_AND_WHERE_TOKENS && ReportedContent.trailing(tokens, from, end)
                && !FeltManner.aboutObject(tokens, from, end) && !Commissives.infinitive(tokens, cue, from, end) || from < end && ctx.cueAt[from] != null && lexicon.isGerund(ctx.cueAt[from])) {
            // "Flynn said Thursday morning on Fox News." names when and where; what he said is elsewhere. In
            // "“Q,” Holm said in a statement, adding that B" the cue's content is the quotation, and B the participle's.
            return null;
        }
        if (from == cue.endToken() && (ReportedContent.timeOnly(tokens, from, clause)
                || WhenOrHowOnly.asClauseOnly(ctx.doc, from, clause))) {
            // "The union responded Friday, saying ...", "he responded as if he had been hurt": when or how, not what.
            return null;
        }
        int answer = from == cue.endToken() ? Answers.end(tokens, from, end) : -1;
        int to = answer > 0 ? answer : ReportedContent.clauseEnd(ctx.doc, from, end);
        if (npStart > first && tokens.get(npStart - 1).is("(")) {
            // "The mayor (she said the plan is bad) has none": what was said ends with its bracket.
            int k = from;
            while (k < to && !tokens.get(k).is(")")) {
                k++;
            }
            to = k;
        }
        to = FrontedClause.end(ctx, first, npStart, from, to, end);
        if (from == cue.endToken() && npStart > first && (FREE_RELATIVES.contains(tokens.get(npStart - 1).lower())
                || tokens.get(npStart - 1).is("that")) && WhenOrHowOnly.timeClauseOnly(ctx.doc, from, to)) {
            // "the shootings that Obama mentioned when he announced the steps": what he mentioned is the antecedent.
            return null;
        }
        return ctx.content.statement(Attribution.Source.CUE, m, cue, from,
                CoordinatedPredicate.cut(ctx.doc, cue, from, MediumTail.cut(ctx.doc, from, to), lexicon), s, 0.85);
    }

    /** Whether "that" after {@code before} may be relative: not "On top of that," nor "And that, he said, was". */
    private static boolean relativeThat(Token before) {
        return before.isWord() && !CueStage.PREPOSITIONS.contains(before.lower())
                && !ClauseSubject.CLAUSE_OPENERS.contains(before.lower());
    }

    /** Something other than a comma or a lone pronoun follows the cue at once: "said it had closed", "praised the crews". */
    private static boolean objectFollows(List<Token> tokens, Cue cue, int end) {
        int k = cue.endToken();
        return k + 1 < end && tokens.get(k).isWord() && !(PRONOUN_OBJECTS.contains(tokens.get(k).lower())
                && !tokens.get(k + 1).isWord());
    }

    /** The ")" closing a bracketed cue, with at most a short adverbial between ("she noted on Monday)"), or -1. */
    private static int closingBracket(List<Token> tokens, Cue cue, int end) {
        for (int k = cue.endToken(); k < end && k - cue.endToken() <= Windows.TRAILING_ADVERBIAL_TOKENS; k++) {
            if (tokens.get(k).is(")")) {
                return ReportedContent.trailing(tokens, cue.endToken(), k) ? k : -1;
            }
        }
        return -1;
    }

    /** The first semicolon after {@code from} outside quotations, or {@code end}. */
    private static int semicolonAfter(AttributionContext ctx, int from, int end) {
        for (int k = from; k < end; k++) {
            if (ctx.tokens.get(k).is(";") && ctx.doc.quoteAt(ctx.tokens.get(k).start()) == null) {
                return k;
            }
        }
        return end;
    }

    /**
     * "what" at {@code what} is the object of a cue right before it ("condemned what"), or of the "for" of a cue's
     * complement ({@link #reasonOfCue}).
     */
    private static boolean objectOfCue(AttributionContext ctx, int what) {
        return ctx.tokens.get(what).is("what") && what > 0 && ctx.cueEndingAt[what - 1] != null || reasonOfCue(ctx, what);
    }

    /**
     * "apologized to members for what she called a lapse": "what" at {@code what} is the object of a "for" whose cue
     * ends within {@link Windows#DETERMINED_PHRASE_TOKENS} before it, the reason its complement gives.
     */
    static boolean reasonOfCue(AttributionContext ctx, int what) {
        if (what < 2 || !ctx.tokens.get(what).is("what") || !ctx.tokens.get(what - 1).is("for")) {
            return false;
        }
        for (int k = what - 2; k >= 0 && what - k <= Windows.DETERMINED_PHRASE_TOKENS && ctx.tokens.get(k).isWord(); k--) {
            if (ctx.cueEndingAt[k] != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBetween(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).is(",")) {
                return true;
            }
        }
        return false;
    }
}
