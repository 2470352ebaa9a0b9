package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The one told when it is a count of people: "telling about 300 students that ...", "told some 40 reporters",
 * "telling nearly 2,000 delegates the party ...". The hedge and the figure open the listener as a determiner does.
 */
final class CountedListener {

    /** Plurals of people without "-s": "40 people", "300 children" ("fishermen", "women" end in "men"). */
    private static final Set<String> PLURALS_WITHOUT_S = WordSet.of("people", "children", "folk");

    private CountedListener() {
    }

    /**
     * Where a counted listener starting at {@code from} ends: after the plural noun that follows the figure within
     * {@link Windows#COUNTED_OBJECT_WORDS} ("300 high school students"), before a determiner or pronoun opens what
     * was told; {@code from} when no figure opens it, or the
     * figure counts a share ("about 40 percent of jobs could go" tells what was said).
     */
    static int end(List<Token> tokens, int from, int end) {
        int figure = from;
        while (figure < end && figure - from < Windows.ADVERB_RUN && Quantities.HEDGES.contains(tokens.get(figure).lower())) {
            figure++;
        }
        if (figure >= end || !Quantities.isNumber(tokens.get(figure))) {
            return from;
        }
        int k = figure + 1;
        while (k < end && k - figure <= Windows.COUNTED_OBJECT_WORDS && tokens.get(k).isLowerWord()
                && !FunctionWords.NP_BREAKERS.contains(tokens.get(k).lower()) && !tokens.get(k).is("of")
                && !FunctionWords.DETERMINERS.contains(tokens.get(k).lower())
                && !FunctionWords.SUBJECT_PRONOUNS.contains(tokens.get(k).lower())
                && !ReportedContent.isClauseVerb(tokens.get(k))) {
            k++;
        }
        boolean share = k < end && tokens.get(k).is("of");
        String head = tokens.get(k - 1).lower();
        boolean plural = head.endsWith("s") || head.endsWith("men") || PLURALS_WITHOUT_S.contains(head);
        return k > figure + 1 && !share && plural ? k : from;
    }
}
