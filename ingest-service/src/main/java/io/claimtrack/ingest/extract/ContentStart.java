package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Where reported content begins after its cue: after "that", the listener of "told X that", and where, when or how it
 * was said ("said in a statement on Tuesday evening they ..."). Part of {@link ReportedContent}.
 */
final class ContentStart {

    private static final Set<String> MEDIUM_PREPOSITIONS = WordSet.of("in", "on", "at", "during", "via", "through");
    /** Determiners that open the cue's object noun phrase ("said the demands that ..."), not a time ("this week"). */
    private static final Set<String> OBJECT_DETERMINERS = WordSet.union(List.of(FunctionWords.ARTICLES,
            FunctionWords.POSSESSIVES), "no", "some", "many", "these", "those");
    /** Times after a demonstrative "that": "told reporters that day that ...". */
    private static final Set<String> DEMONSTRATIVE_TIMES = WordSet.of("day", "night", "morning", "afternoon", "evening",
            "week", "weekend", "month", "year");

    private ContentStart() {
    }

    /** Skips "that", the listener of "told X that" and a short adverbial before "that". */
    static int startAfterCue(List<Token> tokens, Cue cue, int end) {
        int topic = SpokenTopic.topicStart(tokens, cue, end);
        if (topic > 0) {
            // "spoke at length about the pier": the manner or listener before the topic is not what was said.
            return topic;
        }
        int plea = PleaObject.start(tokens, cue, end);
        if (plea > 0) {
            // "had asked for a sentence of two years": what was asked for, without the "for".
            return plea;
        }
        if (tokens.get(cue.firstToken()).lower().startsWith("accept") && AcceptedEvidence.follows(tokens, cue.firstToken(), end)) {
            // "accepts Ms. Orr's evidence that A": the evidence accepted, with its clause.
            return cue.endToken();
        }
        int felt = FeltManner.end(tokens, cue.endToken(), end);
        // "noted with satisfaction the growth of trade": the feeling it was said with is not what was said.
        int i = felt > 0 ? felt : cue.endToken();
        int aside = i < end && Asides.isDash(tokens.get(i)) ? afterDashAside(tokens, i, end) : -1;
        if (aside > 0 && tokens.get(aside).is("that")) {
            // "said — on Twitter, as it happens — that ...": the aside between dashes is no part of what was said.
            i = aside;
        }
        int quoted = TopicBeforeQuote.start(tokens, i, end);
        if (quoted > 0) {
            return quoted;
        }
        int adjunct = AdjunctOnly.thatAfter(tokens, i, end);
        if (adjunct > 0) {
            // "said in an interview in his office last week that ...": where it was said, however long, is not what.
            return adjunct;
        }
        boolean tell = FunctionWords.TELL_VERBS.contains(tokens.get(cue.firstToken()).lower());
        int limit = Math.min(end, i + (tell ? Windows.THAT_AFTER_TELL_TOKENS : Windows.THAT_AFTER_CUE_TOKENS));
        for (int k = i; k < limit; k++) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                if (k + 1 < end && DEMONSTRATIVE_TIMES.contains(tokens.get(k + 1).lower())) {
                    // "told reporters that day that ...", "plans to meet him that evening": a demonstrative before a
                    // time, no complementiser.
                    continue;
                }
                if (k + 1 < end && ClauseSubject.FINITE.contains(tokens.get(k + 1).lower())
                        || ShellNouns.demonstrativeAt(tokens, k, end)) {
                    // "said that was wrong", "said that claim was wrong": the "that" is the content's subject or its
                    // determiner; "proposed rules that would end
                    // ...": it opens a relative clause on the cue's object, and the object is what was said.
                    break;
                }
                // "reported that, according to X, Y": the comma after "that" opens an aside inside the content.
                return k + 1 < end && tokens.get(k + 1).is(",") ? k + 2 : k + 1;
            }
            if (t.is(";") || t.is(":") || t.type() == Token.Type.QUOTE && !tell
                    || t.is(",") && k + 1 < limit && (tokens.get(k + 1).lower().endsWith("ing")
                    || FunctionWords.SAY_TELL.contains(tokens.get(k + 1).lower()))) {
                // The "that" of ", adding that ..." opens the next statement, not this one; so does the "that" of
                // the main verb after a relative clause ("Lund, who endorsed Berg, said on Monday that ...").
                break;
            }
            if (t.is("and") && k + 1 < limit && FunctionWords.SAY_TELL.contains(tokens.get(k + 1).lower())) {
                // "expressed support for the plan and said that ...": the "that" is the coordinated verb's.
                break;
            }
            if (k > i && ReportedContent.isClauseVerb(t) || opensOwnClause(tokens, i, k, tell)) {
                // "say the Democrats tried to do that", "said the plan was so bad that": the content's own clause
                // has begun, and its "that" is no complementiser of the cue.
                break;
            }
        }
        while (i < end && (tokens.get(i).is(":") || tokens.get(i).is(","))) {
            i++;
        }
        return skipWhen(tokens, i, end);
    }

    /**
     * The token after an aside between dashes that opens at {@code open}, the closing dash within
     * {@link Windows#ASIDE_TOKENS}; -1 when none closes it ("--" may come as two hyphens).
     */
    private static int afterDashAside(List<Token> tokens, int open, int end) {
        int k = open;
        while (k < end && Asides.isDash(tokens.get(k))) {
            k++;
        }
        for (int words = k; k < Math.min(end, words + Windows.ASIDE_TOKENS); k++) {
            Token t = tokens.get(k);
            if (Asides.isDash(t)) {
                while (k < end && Asides.isDash(tokens.get(k))) {
                    k++;
                }
                return k < end ? k : -1;
            }
            if (t.is(";") || t.is(":") || t.type() == Token.Type.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "said he thought that", "says it underscores that", "said Obama hopes that": a subject and its verb open
     * the content, and the "that" is its verb's. "said the demands that come with ...", "disputes the idea
     * that": the cue's object is a noun the "that" modifies. A listener after "told" is neither.
     */
    private static boolean opensOwnClause(List<Token> tokens, int i, int k, boolean tell) {
        Token t = tokens.get(k);
        String w = t.lower();
        // After "told", a pronoun that is an object form too ("told it", "told you") is the listener.
        if (FunctionWords.SUBJECT_PRONOUNS.contains(w)
                && !(tell && (FunctionWords.THING_PRONOUNS.contains(w) || FunctionWords.OBJECT_PRONOUNS.contains(w)))) {
            return true;
        }
        int apostrophe = w.replace('’', '\'').indexOf('\'');
        if (!tell && apostrophe > 0 && t.isWord() && FunctionWords.SUBJECT_PRONOUNS.contains(w.substring(0, apostrophe))) {
            // "said it’s important that she ...": the pronoun and its contracted verb open the content's own clause.
            return true;
        }
        if (tell) {
            return false;
        }
        if (k == i && OBJECT_DETERMINERS.contains(w)) {
            return k + 1 < tokens.size() && !ReportedContent.TIME_WORDS.contains(tokens.get(k + 1).lower())
                    && !Mentions.isDateWord(tokens.get(k + 1).lower());
        }
        Token prev = tokens.get(k - 1);
        return k > i && t.isLowerWord() && w.length() > 3 && WordForms.endsInSingleS(w)
                && !Mentions.isPossessive(w) && prev.isCapitalized() && prev.isWord();
    }

    /** "said on Tuesday evening they had ...": the time phrase dates the statement, it is not said. */
    private static int skipWhen(List<Token> tokens, int i, int end) {
        int k = skipMedium(tokens, i, end);
        if (k > i) {
            return skipWhen(tokens, k, end);
        }
        int day = k < end && Mentions.isDateWord(tokens.get(k).lower()) ? ReportedContent.afterDay(tokens, k, end) : -1;
        if (day > 0 && ReportedContent.clauseAfterDay(tokens, day, end)) {
            // "said Tuesday the pier was safe", "said Tuesday night she would stay".
            return day;
        }
        if (k < end && ReportedContent.WHEN_OPENERS.contains(tokens.get(k).lower())) {
            k++;
            int words = 0;
            while (k < end && (Mentions.isDateWord(tokens.get(k).lower()) || ReportedContent.TIME_WORDS.contains(tokens.get(k).lower())
                    || tokens.get(k).type() == Token.Type.NUMBER)) {
                k++;
                words++;
            }
            if (k < end && tokens.get(k).is(",")) {
                k++;
            }
            // Only when a clause follows: at least a subject and a verb.
            if (words > 0 && end - k >= 2) {
                return k;
            }
        }
        return i;
    }

    /** "said in a statement it ...", "told reporters in an interview that": where it was said, not what. */
    private static int skipMedium(List<Token> tokens, int i, int end) {
        if (i + 2 >= end || !MEDIUM_PREPOSITIONS.contains(tokens.get(i).lower())) {
            return i;
        }
        int k = i + 1;
        if (FunctionWords.DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= end || !ReportedContent.MEDIA.contains(tokens.get(k).lower())) {
            return i;
        }
        k++;
        if (k < end && tokens.get(k).is(",")) {
            k++;
        }
        // "wrote in a letter to the court.": what follows the medium says only to whom or when.
        return end - k >= 2 && !ReportedContent.trailing(tokens, k, end) ? k : i;
    }
}
