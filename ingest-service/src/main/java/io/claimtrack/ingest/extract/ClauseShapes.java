package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * What stands between a subject and its verb (adverbs, a catenative before an infinitive cue), the spans of time a
 * clause may be counted by, and where a clause opens: the boundaries a speaker phrase starts after, a time noun, or
 * past the sentence's opening adverbials ({@link OpeningAdverbials}).
 */
final class ClauseShapes {

    /** Nouns in -ly that name or modify a speaker; "rally" stays out, it ends a listener ("told the rally"). */
    private static final Set<String> NOUNS_IN_LY = WordSet.of("family", "assembly", "supply", "monopoly");

    /** Words that open a clause of their own; a speaker phrase starts after them. */
    static final Set<String> CLAUSE_WORDS = WordSet.of("that", "and", "but", "while", "as", "when", "because",
            "after", "before", "since", "although", "though", "so", "where", "if", "whereas");

    /** Participles of perceiving, whose object does what follows: "Watching Berg talk", "Hearing her say". */
    private static final Set<String> PERCEIVING = WordSet.of("watching", "hearing", "seeing", "listening");
    /** Words after "to" that open a noun phrase (a listener, the one promised), not a verb phrase. */
    private static final Set<String> INFINITIVE_NOUN_OPENERS = WordSet.union(List.of(FunctionWords.ARTICLES,
            FunctionWords.POSSESSIVES, FunctionWords.DEMONSTRATIVES), "him", "them", "me", "us", "you", "all", "every",
            "each", "some", "many", "both", "god");
    /** A span of time that makes a phrase before a comma an adverbial: "Hours later,", "Two weeks after the vote,". */
    static final Set<String> TIME_UNITS = WordSet.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");
    /** Spans "for" makes a duration of: "for years", "for some time", "for a while", a sports page's "for two seasons". */
    private static final Set<String> DURATIONS = WordSet.union(List.of(TIME_UNITS), "time", "while", "season", "seasons");
    /** What a span of time is counted from: "Hours later", "Eight years ago", "One month after". */
    static final Set<String> TIME_RELATIONS = WordSet.of("later", "earlier", "ago", "after", "before", "into");
    /** Times a contact clause may follow: "the third time the union said", "the moment she learned". */
    private static final Set<String> TIME_NOUNS = WordSet.of("time", "times", "day", "moment", "night");
    /** What makes such a time one occasion: "the", "this", "every", an ordinal. */
    private static final Set<String> TIME_NOUN_LEADS = WordSet.of("the", "this", "that", "every", "each", "last", "first",
            "next", "only", "same", "second", "third", "fourth", "fifth");

    private ClauseShapes() {
    }

    /** "One month after", "Hours before": a span of time counted back from the relation at token {@code relation}. */
    static boolean spanBefore(List<Token> tokens, int first, int relation) {
        return relation > first && relation - first <= Windows.TIME_SPAN_TOKENS && TIME_UNITS.contains(tokens.get(relation - 1).lower());
    }

    /**
     * Whether a duration opened by "for" at token {@code at} runs to a "that" ("warned for years that", "has argued for
     * the past two years that"): the phrase is when, and the clause after "that" what was said.
     */
    static boolean durationBeforeThat(List<Token> tokens, int at, int end) {
        int after = durationEnd(tokens, at, end);
        return after > 0 && tokens.get(after).is("that");
    }

    /**
     * The token after a duration opened by "for" at token {@code at} ("for years", "for two seasons", "for the past
     * decade") when a token follows it before {@code end}; -1 if none opens there.
     */
    static int durationEnd(List<Token> tokens, int at, int end) {
        if (!tokens.get(at).is("for")) {
            return -1;
        }
        for (int k = at + 1; k + 1 < end && k - at <= Windows.DURATION_TOKENS; k++) {
            if (DURATIONS.contains(tokens.get(k).lower())) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Verbs of taking the floor whose infinitive says what was said: "spoke only to confirm", "rose to say". */
    private static final Set<String> PURPOSE_VERBS = WordSet.of("spoke", "speaks", "rose", "rises", "stood", "stands");

    /**
     * "continues to insist", "went on to say", "has begun to argue", "spoke only to confirm", "went so far as to say": when
     * {@code p} is the "to" of an infinitive cue after a catenative verb or phrase ({@link InfinitiveFrames}), the index
     * before that verb (and its "on"); {@code p} otherwise.
     */
    static int infinitiveAfter(List<Token> tokens, int p, int first) {
        if (p - 1 < first || !tokens.get(p).is("to")) {
            return p;
        }
        int k = p - 1;
        if (tokens.get(k).is("on") && k - 1 >= first) {
            k--;
        }
        Token verb = tokens.get(k);
        boolean catenative = FunctionWords.CATENATIVES.contains(verb.lower()) && !verb.isCapitalized()
                && (verb.is("went") || verb.is("go") || verb.is("goes") || verb.is("gone") || verb.is("going")) == (k < p - 1);
        int purpose = p - 1;
        while (purpose > first && (isAdverb(tokens.get(purpose)) || tokens.get(purpose).is("only"))) {
            purpose--;
        }
        if (catenative) {
            return k - 1;
        }
        // "spoke only to confirm that", "rose to say that": the infinitive tells what the speaking was for.
        if (PURPOSE_VERBS.contains(tokens.get(purpose).lower())) {
            return purpose - 1;
        }
        int frame = InfinitiveFrames.verbBefore(tokens, p, first);
        return frame >= 0 ? frame - 1 : p;
    }

    /**
     * Whether token {@code to} is the "to" of an infinitive: "to veto the bill", "to quietly portray herself"; not
     * "to voters", "to Congress", "to the crowd". A bare verb is lower case and has no plural -s.
     */
    static boolean opensInfinitive(List<Token> tokens, int to, int end) {
        if (to + 1 >= end || !tokens.get(to).is("to")) {
            return false;
        }
        Token t = tokens.get(skipAdverbsRight(tokens, to + 1, end));
        String w = t.lower();
        return t.isLowerWord() && !INFINITIVE_NOUN_OPENERS.contains(w) && !WordForms.pluralShape(w);
    }

    /** The first token at or after {@code p} that is no adverb; {@code end} when there is none. */
    static int skipAdverbsRight(List<Token> tokens, int p, int end) {
        while (p < end && isAdverb(tokens.get(p))) {
            p++;
        }
        return Math.min(p, end - 1);
    }

    static boolean isAdverb(Token t) {
        return t.in(WordClass.ADVERB) && !t.isCapitalized() || lyAdverb(t);
    }

    /**
     * A lower-case word in -ly, read as an adverb ("quickly said"), unless it is one of the nouns in -ly that name or
     * modify a speaker ("The family said", "the assembly speaker", "the supply ministry").
     */
    static boolean lyAdverb(Token t) {
        String lower = t.lower();
        return t.isLowerWord() && lower.endsWith("ly") && lower.length() > 4 && !NOUNS_IN_LY.contains(lower);
    }

    static int skipAdverbsLeft(List<Token> tokens, int p, int first) {
        while (p >= first) {
            Token t = tokens.get(p);
            // Inside a sentence a capitalised "May" or "Will" is a name ("Theresa May said"), not a modal.
            boolean name = p > first && t.isCapitalized() && !t.isAllCaps();
            if (t.in(WordClass.ADVERB) && !name || lyAdverb(t)) {
                p--;
                continue;
            }
            int auxiliary = PerfectAdverbials.auxiliaryBefore(tokens, p, first);
            if (auxiliary == p) {
                break;
            }
            p = auxiliary;
        }
        return p;
    }

    /**
     * Whether a phrase starting at token {@code start} opens its clause: at the sentence's first token, after a
     * boundary, after a word that only opens the sentence ("Even Norway, a close partner, said"), or after an
     * opening adverbial without its comma ("At the rally Holm said").
     */
    static boolean opensClause(AttributionContext ctx, int start, int first) {
        return start == first || isBoundary(ctx.tokens.get(start - 1)) || afterTimeNoun(ctx.tokens, start, first)
                || start - 1 == first && (PhraseShapes.sentenceOpener(ctx.doc, ctx.tokens.get(first))
                        || perceiving(ctx.tokens.get(first)))
                || OpeningAdverbials.subjectStart(ctx.tokens, first, start + 1) == start;
    }

    /**
     * A participle of perceiving that opens the sentence: in "Watching Berg talk about the port, Reed said" its
     * object opens the clause of "talk"; "Polling averages show" and "Leading Democrats say" are no such opener.
     */
    static boolean perceiving(Token t) {
        return t.isCapitalized() && PERCEIVING.contains(t.lower());
    }

    /**
     * "the third time the union said", "Every day he shares", "The last time she urged": a time that the clause its
     * subject opens names, with no "when" or "that" between.
     */
    static boolean afterTimeNoun(List<Token> tokens, int start, int first) {
        Token time = start - 2 >= first ? tokens.get(start - 1) : null;
        return time != null && TIME_NOUNS.contains(time.text()) && TIME_NOUN_LEADS.contains(tokens.get(start - 2).lower());
    }

    /**
     * Where a subject ending at token {@code last} starts when such a time stands before it ("It was the third time
     * the union said"); {@code first} when none does.
     */
    static int subjectAfterTime(List<Token> tokens, int first, int last) {
        for (int k = last; k > first + 1 && last - k < Windows.SUBJECT_TOKENS; k--) {
            if (!tokens.get(k).isWord()) {
                return first;
            }
            if (afterTimeNoun(tokens, k, first)) {
                return k;
            }
        }
        return first;
    }

    /** Punctuation, a quotation mark or a clause word: where a speaker phrase may begin after. */
    static boolean isBoundary(Token t) {
        return ",;:—–(-".contains(t.text()) && t.text().length() == 1 || t.type() == Token.Type.QUOTE
                || CLAUSE_WORDS.contains(t.lower());
    }

    /**
     * "Among the dead were two children, she said": a preposition's phrase, then "was" or "were" and the subject
     * after them, is a clause. A subordinator's clause ("After the vote was taken") or a relative in the phrase ("In
     * a speech that was broadcast") has its verb inside the adverbial.
     */
    static boolean invertedSubject(List<Token> tokens, int from, int to) {
        if (FunctionWords.SUBORDINATORS.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from + 2; k < to - 1; k++) {
            String w = tokens.get(k).lower();
            if (ClauseSubject.RELATIVES.contains(w)) {
                return false;
            }
            if (FunctionWords.BE_FORMS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
