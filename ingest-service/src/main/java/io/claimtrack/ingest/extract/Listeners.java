package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The one a cue's speaker told ("told reporters", "told The Huffington Post", "told her supporters on Monday"): where
 * the listener, and when or in what medium it was told, end and what was said begins.
 */
final class Listeners {

    /** Words after an apology's "for" that tell a time: "for the first time", "for years". */
    private static final Set<String> APOLOGY_TIMES = WordSet.of("first", "second", "third", "last", "final", "only",
            "years", "decades", "months", "weeks", "days", "hours");
    private static final Set<String> LISTENER_DETERMINERS = WordSet.union(List.of(FunctionWords.ARTICLES,
            FunctionWords.POSSESSIVES), "some", "several", "many");
    /** Listeners in the singular: a body, or a gathering one addresses ("told a news conference", "told the briefing"). */
    private static final Set<String> COLLECTIVE_LISTENERS = WordSet.of("crowd", "audience", "press", "congregation",
            "committee", "panel", "board", "room", "group", "gathering", "nation", "country", "public", "rally",
            "conference", "briefing", "meeting", "hearing", "forum");
    /** What a question asked of the speaker opens: "told MSNBC when asked about ...", "in response to a question about". */
    private static final Set<String> ASKED = WordSet.of("when", "while", "asked", "question", "questions", "response");
    /** Words before the "of" of a part of the listeners: "informed some of the members". */
    private static final Set<String> PARTS = WordSet.of("some", "many", "most", "all", "each", "both", "several", "few",
            "none", "any", "one", "two", "three", "half", "rest", "members");
    private static final Set<String> TOLD_WHERE = WordSet.of("at", "in", "on", "during", "before", "after", "via", "over",
            "by", "from");
    /** Relative words that open a clause on the noun of where or how it was told: "from a hospital where ...". */
    private static final Set<String> ADJUNCT_RELATIVES = WordSet.of("where", "which");

    /** Question words whose clause after a listener tells of words without giving them: "told the jury how ...". */
    private static final Set<String> TOLD_QUESTIONS = WordSet.of("what", "how", "why");

    private Listeners() {
    }

    /**
     * "told the jury how the boat had capsized", "told the driver who hit her what the crash had cost them": a
     * listener, with a who-clause of its own, then a what-, how- or why-clause gives no words, only what they were
     * about ("told Ola Sand how surprised he was" tells a feeling). "told reporters the mayor knew what ..." opens a
     * clause before the question word (a second determiner, a subject pronoun, an auxiliary or a past form outside
     * the who-clause): its content stays.
     */
    static boolean toldQuestionOnly(List<Token> t, int next, Sentence s) {
        int limit = Math.min(s.endToken(), next + Windows.ASIDE_TOKENS);
        boolean relative = false;
        for (int k = next; k < limit && t.get(k).isWord(); k++) {
            String w = t.get(k).lower();
            if (TOLD_QUESTIONS.contains(w)) {
                // "told stories of how ...": the question word belongs to the story; "told those who wonder why ...":
                // to the who-clause, unless that clause has ended with its object ("who hit her what").
                String before = t.get(k - 1).lower();
                return k > next && !before.equals("of") && (!relative || FunctionWords.OBJECT_PRONOUNS.contains(before))
                        && (!w.equals("how") || clauseSubjectAt(t, k + 1, s));
            }
            if (relative) {
                continue;
            }
            relative = k > next && (w.equals("who") || w.equals("whom"));
            if (!relative && k > next && (w.equals("that") || w.endsWith("ed") || FunctionWords.FINITE_AUXILIARIES.contains(w)
                    || FunctionWords.SUBJECT_PRONOUNS.contains(w) || objectPronoun(t.get(k - 1).lower())
                    || LISTENER_DETERMINERS.contains(w) && !t.get(k - 1).is("of"))) {
                return false;
            }
        }
        return false;
    }

    /** "how the boat sank", "how he lost": a clause's subject after "how"; "how surprised he was" tells a feeling. */
    private static boolean clauseSubjectAt(List<Token> t, int k, Sentence s) {
        return k < s.endToken() && (FunctionWords.DETERMINERS.contains(t.get(k).lower())
                || FunctionWords.SUBJECT_PRONOUNS.contains(t.get(k).lower()) || t.get(k).isCapitalized());
    }

    /** "him", "them": an object pronoun that is no possessive, a whole listener. */
    private static boolean objectPronoun(String lower) {
        return FunctionWords.OBJECT_PRONOUNS.contains(lower) && !FunctionWords.POSSESSIVES.contains(lower);
    }

    /**
     * "..., Trump told NBC's Today show when asked about Bill Clinton": words from {@code from} to {@code to} right after
     * a verb of telling that hold only its listener and a reduced time clause of the question asked, within {@link
     * Windows#PHRASE_TOKENS} and with no "that" or quotation after it, give no words of their own.
     */
    static boolean askedOnly(AttributionContext ctx, int from, int to) {
        List<Token> t = ctx.tokens;
        int npEnd = from > 0 && from < to && t.get(from - 1).in(WordClass.TELL_VERB) ? ctx.mentions.scanRight(from, to, true) : -1;
        if (npEnd <= from || npEnd + 1 >= to || to - npEnd > Windows.PHRASE_TOKENS || !ASKED.contains(t.get(npEnd).lower())
                || !t.get(npEnd + 1).is("asked")) {
            return false;
        }
        for (int k = npEnd + 2; k < to; k++) {
            if (t.get(k).is("that") || t.get(k).type() == Token.Type.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /**
     * After "told reporters" or "told The Huffington Post": where what follows the listener begins. A particle after
     * the verb ("warned of higher fares") makes what follows what was said, no one told.
     */
    static int afterListener(AttributionContext ctx, Cue cue, int end) {
        if (!ctx.tokens.get(cue.firstToken()).in(WordClass.TELL_VERB) || cue.endToken() - cue.firstToken() > 1) {
            return cue.endToken();
        }
        int npEnd = ctx.mentions.scanRight(cue.endToken(), end);
        return npEnd < 0 ? cue.endToken() : npEnd;
    }

    /**
     * "..., X told reporters on Monday.": only a short adverbial follows the cue and its listener. "On Monday, the
     * board urged the company to close the pier" goes on with the infinitive of what was asked, and "This year,
     * Holm has sought to calm the port" with what she sought: the words before the subject are no content.
     */
    static boolean trailingAfterListener(AttributionContext ctx, Cue cue, int end) {
        int i = afterListener(ctx, cue, end);
        return !(i < end && ctx.tokens.get(i).is("to") && (i > cue.endToken() || ClauseShapes.opensInfinitive(ctx.tokens, i, end)))
                && ReportedContent.trailing(ctx.tokens, i, end);
    }

    /**
     * "apologised to the travellers “for a night in the terminal”", "apologized to fans for the delay": the one
     * apologised to after "to", then what the apology was for; "apologised to fans." alone and "apologised to the
     * county for the first time" give no words.
     */
    static boolean apologyToListener(List<Token> t, int next, int end) {
        if (next >= end || !t.get(next).is("to")) {
            return false;
        }
        for (int k = next + 1; k < Math.min(end, next + 2 + Windows.LISTENER_WORDS); k++) {
            Token tok = t.get(k);
            if (tok.is("for") || tok.type() == Token.Type.QUOTE && k + 1 < end && t.get(k + 1).is("for")) {
                int f = tok.is("for") ? k : k + 1;
                return k > next + 1 && !timeAfterFor(t, f + 1, end);
            }
            if (!tok.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "for the first time since", "for years": how long or how often, not what the apology was for. */
    private static boolean timeAfterFor(List<Token> t, int k, int end) {
        int w = k < end && FunctionWords.ARTICLES.contains(t.get(k).lower()) ? k + 1 : k;
        return w < end && APOLOGY_TIMES.contains(t.get(w).lower());
    }

    /**
     * "informed the President about the reform ...", "would inform his capital of the position": a listener, then
     * "about" (or, {@code ofToo}, "of") within the window of "spoke to ... about"; a "that" or a clause's verb first
     * ("informed the board that the talks about ... were over") is content. The "of" of a title, a name or a part
     * ("the Secretary of State", "Cuomo of CNN", "some of the miners") is the listener's own, and one with a "that"
     * after it ("the head of the agency that ...") too.
     */
    static boolean toldOfTopic(List<Token> t, int next, int end, boolean ofToo) {
        int limit = Math.min(end, next + Windows.SPOKE_TOPIC_GAP_TOKENS + 1);
        for (int k = next; k < limit; k++) {
            String w = t.get(k).lower();
            if (w.equals("about")) {
                return k > next;
            }
            if (ofToo && w.equals("of") && k > next && k + 1 < end && t.get(k + 1).isLowerWord()
                    && !PARTS.contains(t.get(k - 1).lower())) {
                return !thatWithin(t, k + 1, Math.min(end, k + 1 + Windows.THAT_AFTER_TELL_TOKENS));
            }
            if (!t.get(k).isWord() || w.equals("that") || FunctionWords.FINITE_AUXILIARIES.contains(w)
                    || ASKED.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** The index after the first "that" from {@code from} that opens a clause with its subject, or -1. */
    private static int thatClauseAfter(List<Token> t, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (t.get(k).is("that") && AdjunctOnly.opensSubject(t.get(k + 1))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Whether a "that" lies between {@code from} (inclusive) and {@code to} (exclusive). */
    private static boolean thatWithin(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is("that")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "told reporters the plan is dead", "told supporters on Monday to vote early": the listener, and when or
     * in what medium it was told, are not what was said. -1 when nothing else follows ("told Fox News.").
     */
    static int afterAddressee(AttributionContext ctx, Cue cue, int from, int end) {
        List<Token> tokens = ctx.tokens;
        if (from != cue.endToken() || !FunctionWords.ADDRESSEE_VERBS.contains(tokens.get(cue.firstToken()).lower())
                || ctx.doc.block(ctx.doc.sentences.get(cue.sentence()).block()).kind() == Block.Kind.HEADLINE) {
            // A title-case headline capitalises every word, so no name ends where the content begins.
            return from;
        }
        int k = listenerEnd(tokens, from, end);
        if (k == from) {
            return from;
        }
        // Where and when it was told: "at a rally in Bergen", "on Monday", up to what was told.
        int adjunct = k;
        while (adjunct < end && adjunct - k < Windows.TRAILING_ADVERBIAL_TOKENS && TOLD_WHERE.contains(tokens.get(adjunct).lower())) {
            int preposition = adjunct++;
            // "at the pier the fares will fall": a second determiner opens what was told.
            while (adjunct < end && !tokens.get(adjunct).is(",") && !tokens.get(adjunct).is("to")
                    && !(adjunct > preposition + 1 && LISTENER_DETERMINERS.contains(tokens.get(adjunct).lower()))
                    && !FunctionWords.QUESTION_OPENERS.contains(tokens.get(adjunct).lower())
                    && !FunctionWords.SUBJECT_PRONOUNS.contains(tokens.get(adjunct).lower()) && !TOLD_WHERE.contains(tokens.get(adjunct).lower())
                    && tokens.get(adjunct).type() != Token.Type.QUOTE && adjunct - k < Windows.TRAILING_ADVERBIAL_TOKENS) {
                adjunct++;
            }
        }
        if (adjunct > k && adjunct < end && ADJUNCT_RELATIVES.contains(tokens.get(adjunct).lower())
                && !TOLD_WHERE.contains(tokens.get(adjunct - 1).lower())) {
            // "told the Gazette by phone from a hospital where she was being treated": the clause is the place's, and
            // what was told follows a "that" after it, if anything does.
            return thatClauseAfter(tokens, adjunct, end);
        }
        if (adjunct > k && namedAfterComma(tokens, adjunct, end)) {
            // "told a news conference in the capital, Kelso,": the place's name in apposition, nothing told after it.
            return -1;
        }
        k = adjunct;
        while (k < end && (tokens.get(k).is(",") || tokens.get(k).is(":"))) {
            k++;
        }
        if (k < end && (tokens.get(k).is("to") || tokens.get(k).is("not"))) {
            // "told residents not to drink the water": a request keeps whom it asks, as "called on X to" does.
            return from;
        }
        return k >= end || ReportedContent.trailing(tokens, k, end) ? -1 : k;
    }

    /** A comma at {@code k}, then only a short capitalised name up to {@code end}. */
    private static boolean namedAfterComma(List<Token> tokens, int k, int end) {
        if (!tokens.get(k).is(",") || end - k - 1 < 1 || end - k - 1 > Windows.TITLE_MODIFIER_TOKENS) {
            return false;
        }
        for (int i = k + 1; i < end; i++) {
            if (!tokens.get(i).isWord() || !tokens.get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one spoken to: a pronoun ("him") or a short noun phrase ("reporters", "her supporters") that ends
     * where the next phrase or clause begins ("the ferries will", "this was"); {@code from} when there is none.
     */
    private static int listenerEnd(List<Token> tokens, int from, int end) {
        Token first = tokens.get(from);
        if (FunctionWords.OBJECT_PRONOUNS.contains(first.lower())) {
            // "told her supporters": "her" may open a noun phrase.
            int phrase = first.is("her") ? nounListenerEnd(tokens, from, end) : from;
            return phrase > from ? phrase : from + 1;
        }
        boolean named = first.isCapitalized() || first.is("the") && from + 1 < end && tokens.get(from + 1).isCapitalized();
        return named ? NamedListener.end(tokens, from, end) : nounListenerEnd(tokens, from, end);
    }

    private static int nounListenerEnd(List<Token> tokens, int from, int end) {
        int counted = CountedListener.end(tokens, from, end);
        if (counted > from) {
            return counted;
        }
        Token first = tokens.get(from);
        int k = from;
        if (LISTENER_DETERMINERS.contains(first.lower())) {
            k++;
        }
        // "a North Harbour rally", "his Senate colleagues": a name after the determiner may modify the listener's noun.
        while (k > from && k < end && k - from <= Windows.TITLE_MODIFIER_TOKENS && tokens.get(k).isWord()
                && tokens.get(k).isCapitalized()) {
            k++;
        }
        int head = k;
        while (k < end && k - head < Windows.ADVERB_RUN && tokens.get(k).isLowerWord()
                && !LISTENER_DETERMINERS.contains(tokens.get(k).lower()) && !FunctionWords.SUBJECT_PRONOUNS.contains(tokens.get(k).lower())
                && !FunctionWords.NP_BREAKERS.contains(tokens.get(k).lower())
                && !TOLD_WHERE.contains(tokens.get(k).lower()) && !tokens.get(k).is("to") && !tokens.get(k).is("that")
                && !ReportedContent.isClauseVerb(tokens.get(k))) {
            k++;
        }
        if (k == head) {
            return from;
        }
        // The listener is a plural or collective noun ("reporters", "the crowd", "his closest advisers"), or any noun
        // after a determiner when a clause's subject follows it: "told the council she had moved", "told the court
        // his client was ill".
        return tokens.get(k - 1).lower().endsWith("s") || COLLECTIVE_LISTENERS.contains(tokens.get(k - 1).lower())
                || LISTENER_DETERMINERS.contains(first.lower()) && opensSubject(tokens, k, end) ? k : from;
    }

    /**
     * A clause's subject at {@code k}: a subject pronoun ("she had moved"), or a determiner and a few words up to a
     * finite verb ("the pier was safe"), with no other determiner, pronoun, relative word or mark between ("the way he
     * heard it", "a single mother who had" are no clause of their own).
     */
    private static boolean opensSubject(List<Token> tokens, int k, int end) {
        if (k >= end || tokens.get(k).isCapitalized() && !tokens.get(k).is("I")) {
            return false;
        }
        String w = tokens.get(k).lower();
        if (FunctionWords.SUBJECT_PRONOUNS.contains(w)) {
            return true;
        }
        if (!LISTENER_DETERMINERS.contains(w)) {
            return false;
        }
        for (int i = k + 1; i < end && i - k <= Windows.DETERMINED_PHRASE_TOKENS; i++) {
            Token t = tokens.get(i);
            if (i > k + 1 && ReportedContent.isClauseVerb(t)) {
                return true;
            }
            if (!t.isWord() || LISTENER_DETERMINERS.contains(t.lower())
                    || FunctionWords.SUBJECT_PRONOUNS.contains(t.lower())
                    || FunctionWords.NP_BREAKERS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }
}
