package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Where reported content before its speaker begins and where content after its cue ends, and whether only an adverbial
 * follows the cue; where content after its cue begins is {@link ContentStart}.
 */
final class ReportedContent {

    private static final Set<String> TRAILING_STARTERS = WordSet.of("on", "in", "at", "during", "earlier", "last", "this",
            "yesterday", "today", "told", "to", "via", "through", "late", "recently", "later", "afterwards", "after",
            "before", "when", "while", "from", "over", "according", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "with", "by", "of", "as", "into");
    /** Finite verbs and "to": a clause of its own has begun. */
    /** With "to", whose infinitive is a clause's verb too. */
    private static final Set<String> CLAUSE_VERBS = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "to");
    static final Set<String> MEDIA = WordSet.of("statement", "interview", "letter", "memo", "post", "tweet", "note",
            "speech", "video", "remarks", "briefing", "conference", "podcast", "email", "message", "twitter",
            "facebook", "television", "radio", "blog", "op-ed", "column", "telegram", "x", "release");
    static final Set<String> WHEN_OPENERS = WordSet.of("on", "in", "late", "early", "earlier", "last", "this");
    /** What may open a time phrase after a subject: "X on Monday said", and "from" as a made thing's date ("A study from 2011 noted"). */
    private static final Set<String> SUBJECT_TIME_OPENERS = WordSet.union(List.of(WHEN_OPENERS), "from");
    private static final Set<String> DAY_PARTS = WordSet.of("morning", "afternoon", "evening", "night");
    static final Set<String> TIME_WORDS = WordSet.of("evening", "morning", "afternoon", "night", "week", "month",
            "year", "late", "early", "weekend", "last", "this", "today", "yesterday");

    private ReportedContent() {
    }

    /**
     * "The union responded Friday, saying ...", "Holm said late on Tuesday; ...": up to where the cue's own clause
     * ends, only a time follows the cue, and what was said is in the next clause.
     */
    static boolean timeOnly(List<Token> tokens, int from, int to) {
        boolean time = false;
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            boolean timeWord = Mentions.isDateWord(w) || TIME_WORDS.contains(w) || tokens.get(k).type() == Token.Type.NUMBER;
            if (!timeWord && !WHEN_OPENERS.contains(w)) {
                return false;
            }
            time |= timeWord;
        }
        return time;
    }

    /**
     * Where content that ends before its speaker at token {@code to} begins: after a dateline, after the bracket
     * that opens a whole sentence set in brackets ("(Y, X said.)"), and after the last semicolon outside quotations
     * ("A; Y, X said").
     */
    static int startBefore(AttributionContext ctx, int first, int to) {
        int from = Datelines.afterDateline(ctx.tokens, first, to);
        boolean closed = false;
        for (int k = from; k < to; k++) {
            from = ctx.tokens.get(k).is(";") && ctx.doc.quoteAt(ctx.tokens.get(k).start()) == null ? k + 1 : from;
            closed |= ctx.tokens.get(k).is(")");
        }
        return from == first && !closed && from + 1 < to && ctx.tokens.get(from).is("(") ? from + 1 : from;
    }

    /**
     * True when only a short adverbial follows the cue: "..., X said on Tuesday.", or one time, place or medium
     * phrase of any length: "..., X said in his 2012 book, ''A Ferry Town.''"
     */
    static boolean trailing(List<Token> tokens, int i, int end) {
        if (i < end && Mentions.isDateWord(tokens.get(i).lower()) && clauseAfterDay(tokens, afterDay(tokens, i, end), end)) {
            // "said Tuesday the pier was safe": the day dates the statement, and a clause follows it.
            return false;
        }
        if (i >= end || AdjunctOnly.is(tokens, i, end) || MediumTail.only(tokens, i, end)) {
            return true;
        }
        if (tokens.get(i).is("early") && i + 1 < end) {
            // "said early on Monday", "said early Tuesday": the time after it is the adverbial.
            return trailing(tokens, i + 1, end);
        }
        if (ShellNouns.thisObjectAt(tokens, i, end)) {
            // "welcomed this approach.": the cue's object, not "this week".
            return false;
        }
        if (end - i > Windows.TRAILING_ADVERBIAL_TOKENS || !TRAILING_STARTERS.contains(tokens.get(i).lower())
                && !tokens.get(i).is(",")) {
            return false;
        }
        if (i + 1 < end && CLAUSE_VERBS.contains(tokens.get(i + 1).lower()) && !tokens.get(i + 1).is("to")) {
            // "say this is a rough patch", "said today was a good day": the word is the subject of a clause.
            return false;
        }
        for (int k = i; k < end; k++) {
            if (tokens.get(k).is("that") || tokens.get(k).type() == Token.Type.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /** The token after a day at {@code k} and a part of the day after it ("Tuesday night"). */
    static int afterDay(List<Token> tokens, int k, int end) {
        return k + 1 < end && DAY_PARTS.contains(tokens.get(k + 1).lower()) ? k + 2 : k + 1;
    }

    /** A subject ("the pier", "she") and its finite verb within a few tokens from {@code k}. */
    static boolean clauseAfterDay(List<Token> tokens, int k, int end) {
        if (k >= end || !(FunctionWords.ARTICLES.contains(tokens.get(k).lower()) || FunctionWords.SUBJECT_PRONOUNS.contains(tokens.get(k).lower()))) {
            return false;
        }
        for (int j = k + 1; j < Math.min(end, k + Windows.BARE_CLAUSE_VERB_TOKENS + 1); j++) {
            if (CLAUSE_VERBS.contains(tokens.get(j).lower()) && !tokens.get(j).is("to")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where reported content after its cue stops inside the sentence: at a semicolon, or before ", but
     * stopped short of ...", "but did not say ...", "and declined to say more" or a court's "and dismissed the
     * appeal" where the subject's next clause begins, or after a quotation
     * the narrator's clause follows ({@link QuotedTail}), or before the narrator's name for what was said
     * ({@link SummativeAppositive}). Marks inside a quotation do not count.
     */
    static int clauseEnd(AnnotatedDocument doc, int from, int end) {
        List<Token> tokens = doc.tokens;
        // After a nested "told her he had ...", a refusal may be the nested speaker's, inside the content.
        boolean nestedSpeech = false;
        for (int k = from + 1; k < end; k++) {
            Token t = tokens.get(k);
            nestedSpeech |= FunctionWords.SAY_TELL.contains(t.lower());
            boolean semicolon = t.is(";");
            boolean nextClause = t.is(",") && k + 2 < end && (tokens.get(k + 1).is("but") || tokens.get(k + 1).is("yet"))
                    && tokens.get(k + 2).isWord() && tokens.get(k + 2).lower().endsWith("ed");
            // "backs the plan, but, in his words, Y": the owner's words are a statement of their own, as "but Y, according to X" are X's.
            nextClause |= t.is(",") && k + 3 < end && tokens.get(k + 1).is("but") && tokens.get(k + 2).is(",")
                    && OwnWords.after(tokens, k + 3, end, from) > 0
                    || ClauseAfterReport.sourcedAfter(tokens, from, k, end);
            boolean withheld = (t.is("but") || t.is("and")) && !nestedSpeech && Refusals.withheldAfter(tokens, k, end, t.is("and"))
                    || t.is("and") && CourtDecisions.decisionAfter(tokens, k + 1, end);
            if ((semicolon || nextClause || withheld) && doc.quoteAt(t.start()) == null) {
                return withheld && tokens.get(k - 1).is(",") && k - 1 > from ? k - 1 : k;
            }
            if (QuotedTail.startsAfter(doc, k, end)) {
                return k + 1;
            }
            if (SummativeAppositive.opensAfter(doc, k, end)) {
                return t.type() == Token.Type.QUOTE ? k + 1 : k;
            }
        }
        return end;
    }

    /** A finite verb, "to" or a past form in -ed: a clause of its own has begun. */
    static boolean isClauseVerb(Token t) {
        String w = t.lower();
        return CLAUSE_VERBS.contains(w) || t.isLowerWord() && w.length() > 4 && w.endsWith("ed")
                && !TIME_WORDS.contains(w);
    }

    /** "issued a statement saying": a medium of speech, whose publisher speaks through it. */
    static boolean isMedium(String lower) {
        return MEDIA.contains(lower);
    }

    /**
     * "X on Monday said", "X late Friday said", "X earlier this week said", "As a study from 2011 noted": the index before a time phrase
     * ending at {@code p}, so the speaker is found before it; {@code p} itself when there is none.
     */
    static int beforeTimePhrase(List<Token> tokens, int p, int first) {
        int k = p;
        // "The 71-year-old said": a description by age is no time.
        while (k > first && (Mentions.isDateWord(tokens.get(k).lower()) || TIME_WORDS.contains(tokens.get(k).lower())
                || tokens.get(k).type() == Token.Type.NUMBER && !ResolutionStage.AGE.matcher(tokens.get(k).lower()).matches())) {
            k--;
        }
        if (k == p) {
            return p;
        }
        if (k > first && SUBJECT_TIME_OPENERS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k;
    }
}
