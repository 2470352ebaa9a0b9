package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A verb of saying whose subject is negative: "Neither government immediately confirmed the date", "None of the
 * officials commented", "No official has confirmed it": nobody said anything, as with "did not confirm". Only verbs
 * whose negation leaves nothing said: PolNeAR takes "Neither side wants conflict", "None of those three declared any
 * preferences" as statements of a view. A partial negation ("Not every scientist agreed") names no speaker for any
 * verb. Asked by {@link CueSense}.
 */
final class NegativeSubject {

    /** Words that make the subject they open a negation of a speaker. */
    private static final Set<String> NEGATIVES = WordSet.of("neither", "none", "nobody", "no");
    /** Words after "not" that open a subject of some of a group: "Not every", "Not all", "Not everyone". */
    private static final Set<String> PARTIAL = WordSet.of("every", "all", "everyone", "everybody");
    /** Verbs of saying whose negation leaves nothing said (the forms of {@code CueSense}'s refused verbs that occur so). */
    private static final Set<String> SAYING = WordForms.verbForms("say/said", "tell/told", "comment", "confirm",
            "respond", "answer", "specify", "elaborate", "disclose", "reveal", "explain", "speculate");
    /** Words that end the subject on the left: a clause's conjunction or complementizer comes before its subject. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("and", "but", "or", "that", "which", "who", "whom",
            "when", "while", "as", "because", "if", "though", "although");

    private NegativeSubject() {
    }

    /**
     * Whether the cue at {@code i} is a verb of saying and the run of words before it, back to the sentence's start,
     * punctuation or a clause's opener, starts with a negative word. "No, she said" keeps its speaker (the comma ends
     * the run); "Lund said no one objected" is left (the run starts at "Lund").
     */
    static boolean before(List<Token> t, int i, Sentence s) {
        boolean saying = SAYING.contains(t.get(i).lower());
        int stop = Math.max(s.firstToken(), i - Windows.CLAUSE_SUBJECT_TOKENS);
        int k = i - 1;
        while (k >= stop && t.get(k).isWord() && !CLAUSE_OPENERS.contains(t.get(k).lower())) {
            k--;
        }
        if (k < stop && stop > s.firstToken()) {
            // A run longer than any subject: its start is no subject's.
            return false;
        }
        return k + 1 < i && (saying && NEGATIVES.contains(t.get(k + 1).lower()) || partial(t, k + 1, i));
    }

    /**
     * "Not every scientist agreed with the report", "Not all analysts believe it": the narrator's summary of a split
     * among people it does not name, a speaker of no one (PolNeAR never attributes to one), whatever the verb.
     */
    private static boolean partial(List<Token> t, int k, int cue) {
        return k + 1 < cue && t.get(k).is("not") && PARTIAL.contains(t.get(k + 1).lower());
    }
}
