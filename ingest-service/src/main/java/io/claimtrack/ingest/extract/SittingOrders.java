package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A chair's sentence that only runs a hearing or a sitting: opening it ("I call this meeting to order.", "The hearing
 * is open."), saying where it stands ("We are continuing our hearing on bus fares, and we are joined by the Minister."),
 * breaking it off ("The committee will stand in recess until two."), closing its business ("That concludes the
 * delegations.") or calling the House to order ("Order, order."). Each clause is asked here; a member's time
 * ({@link SpeakingTime}) and a witness or member brought in ({@link WitnessCalls}) have their own classes. None asserts
 * anything; "The committee found the fares too high" does.
 */
final class SittingOrders {

    /** What a sitting is called: "this meeting", "the committee", "our hearing". */
    private static final Set<String> SITTINGS = WordSet.of("meeting", "sitting", "hearing", "session", "committee",
            "house", "chamber", "subcommittee", "inquiry");
    /** A break in the sitting: "will recess until two", "stands adjourned", "is suspended". */
    private static final Set<String> BREAKS = WordSet.of("recess", "recessed", "adjourn", "adjourned", "adjourns",
            "suspend", "suspended");
    /** What may follow a break: "until two", "for lunch", "now". */
    private static final Set<String> BREAK_AFTER = WordSet.of("until", "till", "for", "now");
    /** The sitting carrying on: "We are continuing our hearing on ...", "We resume the session on ...". */
    private static final Set<String> CONTINUING = WordSet.of("continuing", "continue", "resuming", "resume");
    /** A committee's work that sittings carry on: "We continue our study of bus fares.". */
    private static final Set<String> STUDIES = WordSet.of("study", "review", "examination", "consideration");
    /** A sitting's state once opened or closed: "The hearing is open.", "This session is now closed.". */
    private static final Set<String> OPENED = WordSet.of("open", "opened", "reopened", "closed");
    /** What may stand between the sitting's "is" and its state: "is now open", "is hereby closed". */
    private static final Set<String> OPENING_ADVERBS = WordSet.of("now", "hereby", "formally");
    /** The words of a call to order: "Order, please.", "Order, order.". */
    private static final Set<String> CALL_TO_ORDER = WordSet.of("order", "please");
    /** The longest clause of procedure. */
    private static final int ORDER_WORDS = 14;
    /** The longest break with where the sitting resumes: "We will suspend for lunch and resume at two with ...". */
    private static final int BREAK_WORDS = 20;
    /** What a chair's "That concludes" may close when more than its noun follows: "the time for oral questions". */
    private static final Set<String> CONCLUDED = WordSet.union(List.of(SITTINGS), "time", "questions", "period", "business", "debate");
    /** The longest thing concluded: "the time allotted for oral questions today". */
    private static final int CONCLUDED_WORDS = 8;
    /** A clause that gives a reason or a report, not only procedure. */
    static final Set<String> CLAUSE_LINKS = WordSet.of("that", "which", "who", "because", "since", "although", "so");

    private SittingOrders() {
    }

    /** Whether {@code word} names a sitting: "meeting", "hearing", "House". */
    static boolean isSitting(String word) {
        return SITTINGS.contains(word);
    }

    /** Whether the sentence's tokens {@code [from, to)}, past an address ("Mr. Lind, ..."), only run the sitting. */
    static boolean only(AnnotatedDocument doc, int from, int to) {
        while (to > from && !doc.tokens.get(to - 1).isWord()) {
            to--;
        }
        if (WitnessCalls.callsDelegate(doc, from, to)) {
            return true;
        }
        // "We are continuing our hearing on bus fares, and we are joined by the Minister.": each clause on its own, in a
        // loop: a call per clause overflowed the stack on a long sentence of clauses of procedure.
        for (int and = from;; from = and + 2) {
            int comma = HandOvers.addressEnd(doc, from, to);
            from = comma < 0 ? from : comma + 1;
            and = nextAnd(doc, from, to);
            if (and < 0) {
                return to > from && clause(doc, from, to);
            }
            if (and == from || !clause(doc, from, and)) {
                return false;
            }
        }
    }

    /** The first ", and" in {@code [from, to)}: the comma's index, or -1. */
    private static int nextAnd(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (doc.tokens.get(k).is(",") && doc.tokens.get(k + 1).is("and")) {
                return k;
            }
        }
        return -1;
    }

    private static boolean clause(AnnotatedDocument doc, int from, int to) {
        if (concludes(doc, from, to) || FloorRulings.clause(doc, from, to)) {
            // Before the clause links: "That is a matter for clause-by-clause." opens with "that".
            return true;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (CLAUSE_LINKS.contains(t.lower()) || t.isWord() && ++words > BREAK_WORDS) {
                return false;
            }
        }
        String first = doc.tokens.get(from).lower();
        String last = doc.tokens.get(to - 1).lower();
        boolean we = first.equals("we");
        if (words > ORDER_WORDS) {
            // "We will now suspend for lunch and resume at two with officers of the Ports Authority.": a break and the
            // sitting's next business, longer than other procedure.
            return (we || sitting(doc, from)) && breaks(doc, from, to) && resumes(doc, from, to);
        }
        return to - from >= 2 && last.equals("order") && doc.tokens.get(to - 2).is("to")
                || SpeakingTime.clause(doc, from, to) || WitnessCalls.clause(doc, from, to) || nextSitting(doc, from, to)
                || (we || sitting(doc, from)) && breaks(doc, from, to)
                || we && to - from >= 4 && joinedBy(doc, from)
                || we && continuing(doc, from, to)
                || sitting(doc, from) && opened(doc, afterOf(doc, from + 2, to), to)
                || callsToOrder(doc, from, to) || pointOfOrder(doc, from, to);
    }

    /**
     * "Committee members will debate the budget at the meeting of November 18.": what the next sitting will take up,
     * said as the chair closes this one. "The board will close the pier in May" is no sitting's agenda.
     */
    private static boolean nextSitting(AnnotatedDocument doc, int from, int to) {
        int will = -1;
        for (int k = from; k < to && will < 0; k++) {
            will = doc.tokens.get(k).is("will") ? k : -1;
        }
        for (int k = will < 0 ? to : will + 2; k + 2 < to; k++) {
            if (doc.tokens.get(k).is("at") && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(doc.tokens.get(k + 1).lower())) {
                int noun = doc.tokens.get(k + 2).is("next") ? k + 3 : k + 2;
                return noun < to && SITTINGS.contains(doc.tokens.get(noun).lower())
                        && (noun + 1 == to || doc.tokens.get(noun + 1).is("of") || doc.tokens.get(noun + 1).is("on")) && to - noun <= 4;
            }
        }
        return false;
    }

    /**
     * "That concludes the delegations.", "This concludes our hearing.", "This concludes the time set aside for members'
     * statements.": the chair closing the list of speakers or the sitting's time; "That concludes a decade of decline" is
     * no sitting's.
     */
    private static boolean concludes(AnnotatedDocument doc, int from, int to) {
        if (to - from < 3 || !(doc.tokens.get(from).is("that") || doc.tokens.get(from).is("this"))
                || !doc.tokens.get(from + 1).is("concludes")) {
            return false;
        }
        if (to - from <= 5 && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(doc.tokens.get(from + 2).lower())) {
            return true;
        }
        boolean sitting = false;
        for (int k = from + 2; k < to; k++) {
            sitting |= CONCLUDED.contains(doc.tokens.get(k).lower());
        }
        return sitting && AgendaMoves.phrase(doc, from + 2, to, CONCLUDED_WORDS);
    }

    /**
     * "There are no points of order during oral questions.", "That is not a point of order.": the chair ruling on a
     * member's point of order, the House's procedure; a reason ("because the minister misled the House") reports.
     */
    private static boolean pointOfOrder(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k + 2 < to; k++) {
            if ((doc.tokens.get(k).is("point") || doc.tokens.get(k).is("points")) && doc.tokens.get(k + 1).is("of")
                    && doc.tokens.get(k + 2).is("order")) {
                return true;
            }
        }
        return false;
    }

    /** "Order.", "Order, order.", "Order, please.": the chair calling the House to order. */
    static boolean callsToOrder(AnnotatedDocument doc, int from, int to) {
        if (from >= to || !doc.tokens.get(from).is("order")) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (t.isWord() ? !CALL_TO_ORDER.contains(t.lower()) : !t.is(",") && !t.is("!") && !t.is(".")) {
                return false;
            }
        }
        return true;
    }

    /** "The committee", "This meeting", "The House": a sitting as the subject. */
    private static boolean sitting(AnnotatedDocument doc, int from) {
        return from + 1 < doc.tokens.size() && (FunctionWords.ARTICLES.contains(doc.tokens.get(from).lower())
                || FunctionWords.DEMONSTRATIVES.contains(doc.tokens.get(from).lower()))
                && SITTINGS.contains(doc.tokens.get(from + 1).lower());
    }

    /** Past the sitting's "of" phrase to its verb: "This hearing of the Committee on Transport is now in session". */
    private static int afterOf(AnnotatedDocument doc, int from, int to) {
        if (from >= to || !doc.tokens.get(from).is("of")) {
            return from;
        }
        int k = from + 1;
        while (k < to && !doc.tokens.get(k).is("is") && (doc.tokens.get(k).isCapitalized() || FunctionWords.NAME_LINKS.contains(doc.tokens.get(k).lower()))) {
            k++;
        }
        return k;
    }


    /** "is open", "is now closed", "is in session": tokens {@code [from, to)} after the sitting. */
    private static boolean opened(AnnotatedDocument doc, int from, int to) {
        if (from >= to || !doc.tokens.get(from).is("is")) {
            return false;
        }
        int k = from + 1;
        if (k < to && OPENING_ADVERBS.contains(doc.tokens.get(k).lower())) {
            k++;
        }
        return k + 1 == to && OPENED.contains(doc.tokens.get(k).lower())
                || k + 2 == to && doc.tokens.get(k).is("in") && doc.tokens.get(k + 1).is("session");
    }

    /** "we are joined by the Minister", "we are joined today by ...". */
    private static boolean joinedBy(AnnotatedDocument doc, int from) {
        return doc.tokens.get(from + 1).is("are") && doc.tokens.get(from + 2).is("joined")
                && (doc.tokens.get(from + 3).is("by") || from + 4 < doc.tokens.size() && doc.tokens.get(from + 4).is("by"));
    }

    /**
     * "we are continuing our hearing on surgical waiting lists", "We continue our study of X", "We are here to continue
     * public hearings on Bill 9": the sitting and its topic, no more.
     */
    private static boolean continuing(AnnotatedDocument doc, int from, int to) {
        int k = from + 1;
        if (k < to && doc.tokens.get(k).is("are")) {
            k++;
        }
        if (k + 1 < to && doc.tokens.get(k).is("here") && doc.tokens.get(k + 1).is("to")) {
            k += 2;
        }
        if (k + 2 >= to || !CONTINUING.contains(doc.tokens.get(k).lower())) {
            return false;
        }
        k++;
        if (FunctionWords.ARTICLES_OR_POSSESSIVES.contains(doc.tokens.get(k).lower())) {
            k++;
        }
        if (k + 1 < to && doc.tokens.get(k).isLowerWord() && worksOn(doc.tokens.get(k + 1))) {
            // "public hearings", "our clause-by-clause review"
            k++;
        }
        if (k >= to || !worksOn(doc.tokens.get(k))) {
            return false;
        }
        k++;
        return k == to || FunctionWords.TOPIC_PREPOSITIONS.contains(doc.tokens.get(k).lower()) && AgendaMoves.topic(doc, k + 1, to);
    }

    /** A sitting or the work it carries on, one or several: "hearing", "hearings", "study". */
    private static boolean worksOn(Token t) {
        String one = WordForms.singular(t.lower());
        return SITTINGS.contains(one) || STUDIES.contains(one);
    }

    /** "will stand in recess until two", "is adjourned": a break with no object ("we suspended the licence" is an act). */
    private static boolean breaks(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (BREAKS.contains(doc.tokens.get(k).lower())) {
                return k + 1 == to || BREAK_AFTER.contains(doc.tokens.get(k + 1).lower());
            }
        }
        return false;
    }

    /** "... and resume at two", "and then reconvene with the Ports Authority": where the sitting goes on after a break. */
    private static boolean resumes(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            int verb = doc.tokens.get(k + 1).is("then") ? k + 2 : k + 1;
            if (doc.tokens.get(k).is("and") && verb < to && AgendaMoves.RESUMING.contains(doc.tokens.get(verb).lower())) {
                return true;
            }
        }
        return false;
    }
}
