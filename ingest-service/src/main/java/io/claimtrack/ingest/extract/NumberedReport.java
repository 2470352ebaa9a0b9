package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Sixth Report: The Future of the Island Ferry Service", "Twenty-First Report: ...": a committee's report by its number,
 * its title after the colon; no one speaks. So does a report named by its kind ("Special Report: Wait times at the
 * passport office", "Investigation Report: ..."). A headline's bare "Report: Holm to run" stays (PolNeAR marks it).
 */
final class NumberedReport {

    /** Ordinals by name, to the twentieth; larger ones end in one of these after a hyphen ("Twenty-First"). */
    private static final Set<String> ORDINALS = WordSet.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth");
    /** "6th", "21st", "3rd". */
    private static final Pattern NUMBERED = Pattern.compile("\\d+(?:st|nd|rd|th)");
    /** What a committee numbers: "Sixth Report", "Second Interim Report". */
    private static final Set<String> REPORTS = WordSet.of("report", "reports");

    /** Kinds of report an office issues under its own name: "Investigation Report:", "Audit Report:". */
    private static final Set<String> KINDS = WordSet.of("investigation", "special", "audit", "annual", "interim", "final",
            "inspection", "systemic", "progress");

    private NumberedReport() {
    }

    /** Whether the label {@code [from, colon)} is an ordinal and a report, with at most one word between, or a kind and a report. */
    static boolean label(List<Token> t, int from, int colon) {
        if (colon - from < 2 || colon - from > 3 || !REPORTS.contains(t.get(colon - 1).lower())) {
            return false;
        }
        String first = t.get(from).lower();
        if (colon - from == 2 && KINDS.contains(first)) {
            return true;
        }
        int hyphen = first.lastIndexOf('-');
        return ORDINALS.contains(hyphen < 0 ? first : first.substring(hyphen + 1)) || NUMBERED.matcher(first).matches();
    }
}
