package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Nouns that sum up what was said or done before ("that assumption", "that claim", "that margin"). They are count
 * nouns, and a singular count noun takes a determiner: "said that threat was taken seriously" can only be the
 * demonstrative "that threat", the content's own subject, never a complementiser before a bare noun (as "said that
 * inflation was rising" may be, with a mass noun, which this list leaves out).
 */
final class ShellNouns {

    private static final Set<String> NOUNS = WordSet.of("assumption", "explanation", "argument", "claim", "threat",
            "margin", "gap", "limitation", "figure", "estimate", "idea", "approach", "decision", "plan", "proposal",
            "promise", "statement", "report", "account", "assessment", "conclusion", "allegation", "accusation",
            "characterization", "comparison", "description", "interpretation", "notion", "premise", "theory",
            "prediction", "forecast", "warning", "finding", "outcome", "scenario", "possibility", "distinction",
            "remark", "comment", "suggestion", "request", "offer", "agreement", "deal", "move", "step", "view",
            "reading", "version", "bill", "number", "projection", "verdict", "ruling", "decline", "increase", "lead");

    /** Times after "this" besides the units of the calendar: "this past week", "this time". */
    private static final Set<String> THIS_TIMES = WordSet.of("past", "time", "season", "term", "session", "quarter");
    /** What may close the clause a demonstrative's noun ends: the sentence, its next clause, "as" of "rejected that claim as false". */
    private static final Set<String> CLAUSE_ENDS = WordSet.of(".", ",", ";", "as");

    private ShellNouns() {
    }

    /** Whether a word (lower case) is one of these count nouns. */
    static boolean isNoun(String lower) {
        return NOUNS.contains(lower);
    }

    /**
     * Whether the "that" at {@code k} is a demonstrative before one of these nouns, which a finite verb or a quotation
     * follows: "said that explanation “remains accurate”", "called that argument “an insult”"; or which ends the clause,
     * where a complementiser would need a verb: "Moravsk has rejected that explanation.", "rejected that claim as false".
     */
    static boolean demonstrativeAt(List<Token> tokens, int k, int end) {
        if (k + 1 >= end || !NOUNS.contains(tokens.get(k + 1).text())) {
            return false;
        }
        if (k + 2 == end) {
            return true;
        }
        Token after = tokens.get(k + 2);
        return ClauseSubject.FINITE.contains(after.lower()) || after.type() == Token.Type.QUOTE || CLAUSE_ENDS.contains(after.lower());
    }

    /**
     * Whether the "this" at {@code k} opens the cue's object, before a lower-case noun that names no time: "welcomed this
     * approach.", "rejected this step"; "said this week", "said this past spring", "said this time" only say when.
     */
    static boolean thisObjectAt(List<Token> tokens, int k, int end) {
        if (k + 1 >= end || !tokens.get(k).is("this")) {
            return false;
        }
        Token noun = tokens.get(k + 1);
        return noun.isLowerWord() && !BareAdverbial.isTime(noun) && !THIS_TIMES.contains(noun.lower());
    }
}
