package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A bill's passage and a report's number, no words said: "adopted in first reading", "reports it with two amendments",
 * "Audit report 2037-02: ...". Part of {@link SceneActs}.
 */
final class BillStages {

    /** The stages of a bill's passage: "in first reading", "at its second reading", "the final reading". */
    private static final Set<String> READING_STAGES = WordSet.of("first", "second", "third", "final");
    /** The longest bill and "back" between "reports" and "with(out) amendments": "reports Bill C-4 back". */
    private static final int BILL_REPORTED_TOKENS = 5;

    private BillStages() {
    }

    /**
     * "the bill was adopted in first reading: 61 deputies voted in favour": a stage of a bill's passage, a noun after
     * its ordinal, reads no words.
     */
    static boolean reading(List<Token> t, String w, int i, Sentence s) {
        return w.equals("reading") && i > s.firstToken() && READING_STAGES.contains(t.get(i - 1).lower());
    }

    /**
     * "now reports it with two amendments", "reported the bill back without amendment": a committee returns a bill to
     * the House, a stage of its passage; "reported that the bill needed amendments" keeps its clause.
     */
    static boolean reported(List<Token> t, int next, int end) {
        for (int k = next; k + 1 < end && k - next <= BILL_REPORTED_TOKENS; k++) {
            if (!t.get(k).isWord() || t.get(k).is("that")) {
                return false;
            }
            if ((t.get(k).is("with") || t.get(k).is("without")) && k > next) {
                int noun = t.get(k + 1).isWord() && k + 2 < end && !t.get(k + 1).lower().startsWith("amendment") ? k + 2 : k + 1;
                return t.get(noun).lower().startsWith("amendment");
            }
        }
        return false;
    }

    /**
     * "Audit report 2037-02: Who answers the phone?": a report's number and a colon before its title, a heading that
     * names the document; "Police report 12 injured" says something.
     */
    static boolean numberedTitle(List<Token> t, int next, int end) {
        if (next >= end || !Character.isDigit(t.get(next).text().charAt(0))) {
            return false;
        }
        for (int k = next + 1; k < end && k <= next + ResolutionWindows.REPORT_NUMBER_TOKENS; k++) {
            if (t.get(k).is(":")) {
                return true;
            }
            if (t.get(k).text().chars().anyMatch(Character::isLetter)) {
                return false;
            }
        }
        return false;
    }
}
