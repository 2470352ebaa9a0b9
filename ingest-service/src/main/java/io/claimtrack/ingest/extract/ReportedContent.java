package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** Where reported content begins after its cue and whether only an adverbial follows it. */
final class ReportedContent {

    private static final Set<String> TRAILING_STARTERS = WordSet.of("on", "in", "at", "during", "earlier", "last", "this",
            "yesterday", "today", "told", "to", "via", "through", "late", "recently", "later", "afterwards", "after",
            "before", "when", "while", "from", "over", "according", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "with", "by", "of", "as", "into");
    /** Finite verbs and "to": a clause of its own has begun. */
    /** With "to", whose infinitive is a clause's verb too. */
    private static final Set<String> CLAUSE_VERBS = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "to");
    private static final Set<String> MEDIUM_PREPOSITIONS = WordSet.of("in", "on", "at", "during", "via", "through");
    static final Set<String> MEDIA = WordSet.of("statement", "interview", "letter", "memo", "post", "tweet", "note",
            "speech", "video", "remarks", "briefing", "conference", "podcast", "email", "message", "twitter",
            "facebook", "television", "radio", "blog", "op-ed", "column", "telegram", "x", "release");
    /** Prepositions and subordinators that open an adverbial in front of a sentence's subject. */
    private static final Set<String> FRONTED_OPENERS = WordSet.union(List.of(FunctionWords.SUBORDINATORS), "in", "on",
            "at", "during", "for", "with", "without", "under", "over", "from", "amid", "despite", "following", "among", "through",
            "throughout", "upon", "within");
    /** Determiners that open the cue's object noun phrase ("said the demands that ..."), not a time ("this week"). */
    private static final Set<String> OBJECT_DETERMINERS = WordSet.union(List.of(FunctionWords.ARTICLES,
            FunctionWords.POSSESSIVES), "no", "some", "many", "these", "those");
    private static final Set<String> WHEN_OPENERS = WordSet.of("on", "in", "late", "early", "earlier", "last", "this");
    private static final Set<String> DAY_PARTS = WordSet.of("morning", "afternoon", "evening", "night");
    private static final Set<String> TIME_WORDS = WordSet.of("evening", "morning", "afternoon", "night", "week", "month",
            "year", "late", "early", "weekend", "last", "this", "today", "yesterday");

    /** Times after a demonstrative "that": "told reporters that day that ...". */
    private static final Set<String> DEMONSTRATIVE_TIMES = WordSet.of("day", "night", "morning", "afternoon", "evening",
            "week", "weekend", "month", "year");

    private ReportedContent() {
    }

    /**
     * "During the service, the pastor asked ...", "In the early 1990s, Ms. Holm said, ...": a phrase or a
     * subordinate clause before the subject, with no comma of its own, is where or when, not what was said.
     * "In May, the port closed, officials said" holds a clause after its comma and stays, and so does "For most of the
     * night he sat in a chair, his son said", a preposition's phrase with a subject pronoun's clause after it.
     */
    static boolean loneAdverbial(AnnotatedDocument doc, int from, int to) {
        // "At least 46 people were treated, officials said": a bound on a figure opens a subject, not an adverbial.
        return to - from <= Windows.FRONTED_ADVERBIAL_TOKENS && FRONTED_OPENERS.contains(doc.tokens.get(from).lower())
                && !Quantities.atBound(doc.tokens, from) && WhenOrHowOnly.unbroken(doc, from + 1, to)
                && !ClauseShapes.invertedSubject(doc.tokens, from, to) && !clauseAfterPhrase(doc.tokens, from, to);
    }

    /** "For hours she sat ...": a preposition (no subordinator) opens a phrase, and a person's pronoun a clause after it. */
    private static boolean clauseAfterPhrase(List<Token> tokens, int from, int to) {
        if (FunctionWords.SUBORDINATORS.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from + 2; k < to; k++) {
            if (FunctionWords.SPEAKING_PRONOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
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

    /** "In", "after", "while": a word that opens an adverbial before a sentence's subject. */
    static boolean frontedOpener(Token t) {
        return FRONTED_OPENERS.contains(t.lower());
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
    private static int afterDay(List<Token> tokens, int k, int end) {
        return k + 1 < end && DAY_PARTS.contains(tokens.get(k + 1).lower()) ? k + 2 : k + 1;
    }

    /** A subject ("the pier", "she") and its finite verb within a few tokens from {@code k}. */
    private static boolean clauseAfterDay(List<Token> tokens, int k, int end) {
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
                    && AccordingTo.ownWordsEnd(tokens, k + 3, end, from) > 0
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
            if (k > i && isClauseVerb(t) || opensOwnClause(tokens, i, k, tell)) {
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
            return k + 1 < tokens.size() && !TIME_WORDS.contains(tokens.get(k + 1).lower())
                    && !Mentions.isDateWord(tokens.get(k + 1).lower());
        }
        Token prev = tokens.get(k - 1);
        return k > i && t.isWord() && !t.isCapitalized() && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")
                && !Mentions.isPossessive(w) && prev.isCapitalized() && prev.isWord();
    }

    /** A finite verb, "to" or a past form in -ed: a clause of its own has begun. */
    static boolean isClauseVerb(Token t) {
        String w = t.lower();
        return CLAUSE_VERBS.contains(w) || t.isWord() && !t.isCapitalized() && w.length() > 4 && w.endsWith("ed")
                && !TIME_WORDS.contains(w);
    }

    /** "issued a statement saying": a medium of speech, whose publisher speaks through it. */
    static boolean isMedium(String lower) {
        return MEDIA.contains(lower);
    }

    /**
     * "X on Monday said", "X late Friday said", "X earlier this week said": the index before a time phrase
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
        if (k > first && WHEN_OPENERS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k;
    }

    /** "said on Tuesday evening they had ...": the time phrase dates the statement, it is not said. */
    private static int skipWhen(List<Token> tokens, int i, int end) {
        int k = skipMedium(tokens, i, end);
        if (k > i) {
            return skipWhen(tokens, k, end);
        }
        int day = k < end && Mentions.isDateWord(tokens.get(k).lower()) ? afterDay(tokens, k, end) : -1;
        if (day > 0 && clauseAfterDay(tokens, day, end)) {
            // "said Tuesday the pier was safe", "said Tuesday night she would stay".
            return day;
        }
        if (k < end && WHEN_OPENERS.contains(tokens.get(k).lower())) {
            k++;
            int words = 0;
            while (k < end && (Mentions.isDateWord(tokens.get(k).lower()) || TIME_WORDS.contains(tokens.get(k).lower())
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
        if (k >= end || !MEDIA.contains(tokens.get(k).lower())) {
            return i;
        }
        k++;
        if (k < end && tokens.get(k).is(",")) {
            k++;
        }
        // "wrote in a letter to the court.": what follows the medium says only to whom or when.
        return end - k >= 2 && !trailing(tokens, k, end) ? k : i;
    }
}
