package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Growers in the valley were told on Friday that their allocation will be cut. Why ...?": a question's premise that
 * tells in the passive what others were told names no one who told it (the guideline's agentless report), and the
 * questioner only relays it: no statement. "We were told that ..." stays the questioner's own account (as "tell me"
 * in {@link Turns}), and "were told by the board that ..." names its teller. Asked by {@link Turns#add} of the
 * sentences that end a turn's text before its questions.
 */
final class AgentlessPremise {

    /** Participles of telling someone: "were told", "have been assured". */
    private static final Set<String> TOLD = WordSet.of("told", "informed", "advised", "assured", "promised", "warned", "notified");
    /** What joins the questioner's own clause to the report. */
    private static final Set<String> JOINS = WordSet.of("and", "but");
    /** The questioner or the one asked as the subject: their own account. */
    private static final Set<String> OWN = WordSet.union(List.of(FunctionWords.FIRST_PERSON_SUBJECTS), "you");

    private AgentlessPremise() {
    }

    /** The end of the text {@code [start, end)} before the agentless reports that close it. */
    static int before(AnnotatedDocument doc, int start, int end) {
        for (Sentence s = doc.sentenceAt(Chars.trimEnd(doc.text, start, end) - 1); s != null && s.start() >= start && report(doc, s);
                s = end > start ? doc.sentenceAt(end - 1) : null) {
            end = Chars.trimEnd(doc.text, start, s.start());
        }
        return end;
    }

    /** Whether the sentence is "SUBJECT was/were/has been told ... that A" with no "by" before its "that". */
    private static boolean report(AnnotatedDocument doc, Sentence s) {
        int first = s.firstToken();
        if (OWN.contains(doc.tokens.get(first).lower())) {
            return false;
        }
        int limit = Math.min(s.endToken(), first + Windows.PHRASE_TOKENS);
        for (int k = first + 1; k < limit; k++) {
            Token t = doc.tokens.get(k);
            String before = doc.tokens.get(k - 1).lower();
            if (TOLD.contains(t.lower()) && (FunctionWords.BE_FORMS.contains(before) || before.equals("been"))) {
                return thatFollows(doc, k + 1, s);
            }
            if (!t.isWord() && !t.is("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Residents have been told three times that the bridge will reopen, and three times the date has slipped": a
     * clause after the report's, joined by ", and" or ", but" and no "that", is the questioner's own.
     */
    private static boolean ownClause(AnnotatedDocument doc, int from, Sentence s) {
        for (int k = from; k + 2 < s.endToken(); k++) {
            if (doc.tokens.get(k).is(",") && JOINS.contains(doc.tokens.get(k + 1).lower()) && !doc.tokens.get(k + 2).is("that")) {
                return true;
            }
        }
        return false;
    }

    /** A "that" within a phrase's length after the participle, no agent's "by" before it, and no clause of the questioner's after it. */
    private static boolean thatFollows(AnnotatedDocument doc, int from, Sentence s) {
        for (int k = from; k < Math.min(s.endToken(), from + Windows.PHRASE_TOKENS); k++) {
            Token t = doc.tokens.get(k);
            if (t.is("that")) {
                return !ownClause(doc, k + 1, s);
            }
            if (t.is("by") || !t.isWord() && !t.is(",")) {
                return false;
            }
        }
        return false;
    }
}
