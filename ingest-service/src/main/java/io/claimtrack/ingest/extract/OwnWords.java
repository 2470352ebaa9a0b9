package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "In his own words", "in her view", "by their own count": a source phrase whose owner is its possessive. Asked by
 * {@link CueStage} (the phrase is a cue), {@link AccordingTo} and {@link ReportedContent}.
 */
final class OwnWords {

    /** Possessives whose words a source phrase gives: "in his words", "in their own words". */
    private static final Set<String> OWNERS = WordSet.of("his", "her", "their", "its");
    /** Views that open a clause without their comma ("In her view the survey was adequate"); a judgment is a court's. */
    private static final Set<String> UNMARKED_VIEWS = WordSet.of("view", "opinion");
    /** What an owner reckons, by which a figure is given: "by his own count", "by their estimate". */
    private static final Set<String> COUNTS = WordSet.of("count", "estimate", "reckoning", "tally", "calculation",
            "calculations", "estimation");

    private OwnWords() {
    }

    /**
     * The index after "in his words", "in their own words", "In her view," or "By his own count" at token {@code i}, a
     * source phrase whose owner is the possessive; -1 when none stands there. A view opens its sentence ({@code first})
     * and has its comma: "in her view of the harbour" is a sight, and "Lund said that, in his view, Y" is Lund's own
     * statement. A count opens its sentence, with or without a comma, or is set off by commas inside it.
     */
    static int after(List<Token> tokens, int i, int end, int first) {
        int k = i + 2;
        if (k < end && tokens.get(k).is("own")) {
            k++;
        }
        if (k >= end || !OWNERS.contains(tokens.get(i + 1).lower())) {
            return -1;
        }
        Token noun = tokens.get(k);
        if (tokens.get(i).is("by")) {
            // "By his own count he has made 90,000 crossings": a figure the owner reckoned, opening the sentence or set
            // off by commas before the last item of a list ("the schools, and, by his own count, 9,000 homes").
            boolean setOff = i > first + 1 && tokens.get(i - 1).is(",") && k + 1 < end && tokens.get(k + 1).is(",");
            // A newspaper's dateline may stand before it: "HARLOW — By her own count, ...".
            boolean opening = i == first || i > first && i == Datelines.afterDateline(tokens, first, end);
            return (opening || setOff) && COUNTS.contains(noun.lower()) ? k + 1 : -1;
        }
        if (!tokens.get(i).is("in")) {
            return -1;
        }
        return noun.is("words") || i == first && CueStage.VIEW_NOUNS.contains(noun.lower()) && k + 1 < end
                && (tokens.get(k + 1).is(",") || UNMARKED_VIEWS.contains(noun.lower()) && subjectStarts(tokens.get(k + 1)))
                ? k + 1 : -1;
    }

    /**
     * "In her view the survey was adequate", "In his opinion it failed": a view without its comma still opens the
     * clause when a subject's first word follows; "in her view of the harbour" and "in his view that ..." do not.
     */
    private static boolean subjectStarts(Token next) {
        String lower = next.lower();
        return FunctionWords.ARTICLES.contains(lower) || FunctionWords.SUBJECT_PRONOUNS.contains(lower)
                || !lower.equals("that") && FunctionWords.DEMONSTRATIVES.contains(lower) || lower.equals("there");
    }
}
