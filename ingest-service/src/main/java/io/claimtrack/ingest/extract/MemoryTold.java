package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * Whether "remember" tells a memory ("remembers that the pier was full") or names an act with nothing told ("gathered
 * to remember the victims"): read for {@link SceneActs}.
 */
final class MemoryTold {

    private MemoryTold() {
    }

    /**
     * "remembers that the pier was full", "remembered when the ferry sank", "remembers the flood of 1988, when the river
     * rose", "remembers the surgeon sitting on the floor",
     * "remembers putting his hand on his heart", "“...,” she remembers.", "remembers her as strict": what is remembered
     * is told, as a clause, a scene, a person's character, the quotation before or one after "as" ("remembers the first
     * show as “an hour of polka”"). "remembers the pension talks as the
     * hardest months", "gathered to remember the victims", "remember to vote" tell no memory.
     */
    static boolean told(List<Token> t, int i, int next, Sentence s) {
        int end = s.endToken();
        if (i > s.firstToken() && t.get(i - 1).is("to")) {
            return false;
        }
        if (next >= end || !t.get(next).isWord() && t.get(next).type() != Token.Type.NUMBER) {
            return true;
        }
        if (FunctionWords.OBJECT_PRONOUNS.contains(t.get(next).lower()) && next + 1 < end && t.get(next + 1).is("as")) {
            // "remembers him as restless": a person's character is told, as "described him as" tells it.
            return true;
        }
        if (next + 2 < end && t.get(next).is("that") && BareAdverbial.isTime(t.get(next + 1)) && manner(t.get(next + 2))) {
            // "remembers that morning differently than the crowd": the time itself, then how it is kept.
            return false;
        }
        if (t.get(next).is("that") && !demonstrative(t, next + 1, end) || FunctionWords.QUESTION_WORDS.contains(t.get(next).lower())
                || BareClause.opensAt(t, next, s)) {
            return true;
        }
        for (int k = next; k < Math.min(end, next + Windows.PHRASE_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.is("when") || tok.is(",") && k + 1 < end && t.get(k + 1).is("when")) {
                // "remembers the night in 1998 when the dam broke", "the flood of 1988, when ...": a scene told by its clause.
                return k > next;
            }
            if (tok.is("as") && k > next && k + 1 < end && t.get(k + 1).type() == Token.Type.QUOTE) {
                // "remembers the first show as “an hour of polka”": the words it is remembered in are quoted.
                return true;
            }
            if (!tok.isWord() && tok.type() != Token.Type.NUMBER || tok.is("to") || tok.is("as")) {
                return false;
            }
            if (!tok.isCapitalized() && tok.lower().length() > 4 && tok.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "will remember that promise.", "remembers that day in May": "that" opens a noun phrase with no verb before the
     * next punctuation, not a clause ("remembers that the roof fell in", "that it rained", "that in 1990 the mill
     * shut", whose adverbial of time or place stands before the clause's subject).
     */
    private static boolean demonstrative(List<Token> t, int from, int end) {
        if (BareAdverbial.subjectAfter(t, from, end) > from) {
            return false;
        }
        int k = from;
        for (; k < end && t.get(k).isWord(); k++) {
            String w = t.get(k).lower();
            // A capital is a name's ("in May"), not a verb's.
            if (k >= from + Windows.PHRASE_TOKENS || !t.get(k).isCapitalized() && (ClauseSubject.FINITE.contains(w)
                    || Lexicon.get().isIrregularPast(w) || FunctionWords.SUBJECT_PRONOUNS.contains(w) || ReportedContent.isClauseVerb(t.get(k)))) {
                return false;
            }
        }
        return k > from;
    }

    /** "differently", "vividly", "well": how a memory is kept, right after the time remembered. */
    private static boolean manner(Token t) {
        String w = t.lower();
        return t.isLowerWord() && (w.equals("well") || w.length() > 4 && w.endsWith("ly"));
    }
}
