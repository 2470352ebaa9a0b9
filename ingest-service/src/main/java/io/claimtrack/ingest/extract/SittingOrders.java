package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A chair's sentence that only runs a hearing or a sitting: opening it ("I call this meeting to order.", "The hearing
 * is open."), swearing in a witness ("Ms. Holm, please take the oath."), saying where
 * it stands ("We are continuing our hearing on bus fares, and we are joined by the Minister."), welcoming the next witness
 * ("We now welcome Ms. Ada Lind, Director of the Riders' Union."), timing a member or the sitting ("Your
 * time has expired.", "Minister, you have ten minutes for your opening remarks."), breaking it off ("The committee
 * will stand in recess until two."), calling the House to order ("Order, order.") or a member to speak ("I call Ada
 * Berg."). None asserts anything; "The committee found the fares too high" and "Your time in
 * office was a failure" do.
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
    /** How a member's time runs out: "is up", "has expired", "has run out", "is over". */
    private static final Set<String> EXPIRED = WordSet.of("up", "expired", "out", "over");
    /** The sitting carrying on: "We are continuing our hearing on ...", "We resume the session on ...". */
    private static final Set<String> CONTINUING = WordSet.of("continuing", "continue", "resuming", "resume");
    /** A committee's work that sittings carry on: "We continue our study of bus fares.". */
    private static final Set<String> STUDIES = WordSet.of("study", "review", "examination", "consideration");
    /** Measures of a member's speaking time: "you have ten minutes". */
    private static final Set<String> TIME_UNITS = WordSet.of("minute", "minutes", "second", "seconds");
    /** A sitting's state once opened or closed: "The hearing is open.", "This session is now closed.". */
    private static final Set<String> OPENED = WordSet.of("open", "opened", "reopened", "closed");
    /** What may stand between the sitting's "is" and its state: "is now open", "is hereby closed". */
    private static final Set<String> OPENING_ADVERBS = WordSet.of("now", "hereby", "formally");
    /** A witness's swearing in, its verb first: "Please take the oath.", "Stand and take the oath.", "Raise your right hand.". */
    private static final Set<String> SWEARING = WordSet.of("take", "stand", "rise", "raise");
    /** What a swearing-in ends on: the oath or the raised hand. */
    private static final Set<String> OATH = WordSet.of("oath", "affirmation", "hand");
    /** The longest name or office a chair calls: "the Member for Carrow and Lisk". */
    private static final int CALLED_WORDS = 6;
    /** The words of a call to order: "Order, please.", "Order, order.". */
    private static final Set<String> CALL_TO_ORDER = WordSet.of("order", "please");
    /** Who is sworn: "Witnesses will give their evidence under oath.". */
    private static final Set<String> WITNESSES = WordSet.of("witness", "witnesses");
    /** What a witness's swearing in ends on when told as procedure: "under oath", "will be sworn". */
    private static final Set<String> SWORN = WordSet.of("oath", "sworn", "affirmed");
    /** The modal of procedure still to come: "will give evidence under oath", "must be sworn". */
    private static final Set<String> TO_COME = WordSet.of("will", "shall", "must");
    /** When a member's time comes: "You will have time at the end.", "You will have time later.". */
    private static final Set<String> TIME_LATER = WordSet.of("at", "later", "afterwards", "after", "for");
    /** Each speaker's share of the time: "Each delegation has five minutes.". */
    private static final Set<String> EACH = WordSet.of("each", "every");
    private static final Set<String> HAS = WordSet.of("has", "gets");
    /** Titles a chair calls a delegate by: "Ms. Lina Marr, for the residents". */
    private static final Set<String> DELEGATE_TITLES = WordSet.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.",
            "councillor", "professor");
    /** Who is heard in turn, and where in the order: "our last delegation", "the next speaker". */
    private static final Set<String> DELEGATES = WordSet.of("delegation", "delegate", "speaker", "presenter", "witness");
    private static final Set<String> PLACES_IN_ORDER = WordSet.of("next", "last", "first", "final");
    /** What may stand between "We" and "welcome": "We now welcome", "We also welcome". */
    private static final Set<String> WELCOME_ADVERBS = WordSet.of("now", "also", "next");
    /** The longest "we have now run out of time". */
    private static final int OUT_OF_TIME_WORDS = 7;
    /** The longest clause of procedure. */
    private static final int ORDER_WORDS = 14;
    /** What a chair's "That concludes" may close when more than its noun follows: "the time for oral questions". */
    private static final Set<String> CONCLUDED = WordSet.union(List.of(SITTINGS), "time", "questions", "period", "business", "debate");
    /** The longest thing concluded: "the time allotted for oral questions today". */
    private static final int CONCLUDED_WORDS = 8;
    /** A clause that gives a reason or a report, not only procedure. */
    private static final Set<String> CLAUSE_LINKS = WordSet.of("that", "which", "who", "because", "since", "although", "so");

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
        if (callsDelegate(doc, from, to)) {
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
        if (concludes(doc, from, to)) {
            return true;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (CLAUSE_LINKS.contains(t.lower()) || t.isWord() && ++words > ORDER_WORDS) {
                return false;
            }
        }
        String first = doc.tokens.get(from).lower();
        String last = doc.tokens.get(to - 1).lower();
        boolean we = first.equals("we");
        return to - from >= 2 && last.equals("order") && doc.tokens.get(to - 2).is("to")
                || first.equals("your") && to - from <= 5 && doc.tokens.get(from + 1).is("time") && EXPIRED.contains(last)
                || first.equals("you") && to - from >= 4 && doc.tokens.get(from + 1).is("have") && unitAt(doc, from + 3)
                || EACH.contains(first) && to - from >= 5 && HAS.contains(doc.tokens.get(from + 2).lower()) && unitAt(doc, from + 4)
                || nextSpeaker(doc, from, to) || nextSitting(doc, from, to)
                || (we || sitting(doc, from)) && breaks(doc, from, to)
                || we && to - from >= 4 && joinedBy(doc, from)
                || we && continuing(doc, from, to)
                || we && (welcomesWitness(doc, from, to) || outOfTime(doc, from, to))
                || sitting(doc, from) && opened(doc, afterOf(doc, from + 2, to), to)
                || swearing(doc, from, to) || callsToOrder(doc, from, to) || witnessesSworn(doc, from, to)
                || first.equals("you") && timeLater(doc, from + 1, to)
                || callsMember(doc, from, to) || pointOfOrder(doc, from, to);
    }

    /**
     * "Ms. Lina Marr, for the Brook Street Residents.", "Mr. Ode Vance, Harbour Chamber of Commerce.": the chair calling
     * the next delegate by title, name and the body spoken for, and nothing else.
     */
    private static boolean callsDelegate(AnnotatedDocument doc, int from, int to) {
        if (to - from < 4 || !DELEGATE_TITLES.contains(doc.tokens.get(from).lower())) {
            return false;
        }
        boolean comma = false;
        int words = 0;
        for (int k = from + 1; k < to; k++) {
            Token t = doc.tokens.get(k);
            comma |= t.is(",");
            if (t.isWord() ? ++words > CALLED_WORDS * 2 || !t.isCapitalized() && !FunctionWords.NAME_LINKS.contains(t.lower())
                    : !t.is(".") && !t.is(",") && !t.is("'") && !t.is("’")) {
                return false;
            }
        }
        return comma && doc.tokens.get(to - 1).isCapitalized();
    }

    /**
     * "Our last delegation is Dr. Ada Lind.", "The next speaker is Mr. Berg.", "Our first witness is Ms. Ada Lind, Director
     * of the Riders' Union.": who speaks next, by name and office.
     */
    private static boolean nextSpeaker(AnnotatedDocument doc, int from, int to) {
        if (to - from < 5 || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(doc.tokens.get(from).lower())
                || !PLACES_IN_ORDER.contains(doc.tokens.get(from + 1).lower()) || !DELEGATES.contains(doc.tokens.get(from + 2).lower())
                || !doc.tokens.get(from + 3).is("is")) {
            return false;
        }
        return namesOnly(doc, from + 4, to);
    }

    /** Only names and offices in {@code [from, to)}: capitalised words and the small words inside a name. */
    static boolean namesOnly(AnnotatedDocument doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (t.isWord() && !t.isCapitalized() && !FunctionWords.NAME_LINKS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "We now welcome Ms. Ada Lind, Director of the Riders' Union.": the chair bringing in the next witness by name and
     * office; "We welcome the minister's decision" says something.
     */
    private static boolean welcomesWitness(AnnotatedDocument doc, int from, int to) {
        int k = from + 1;
        if (k < to && WELCOME_ADVERBS.contains(doc.tokens.get(k).lower())) {
            k++;
        }
        return k + 1 < to && doc.tokens.get(k).is("welcome") && doc.tokens.get(k + 1).isCapitalized() && namesOnly(doc, k + 1, to);
    }

    /** "We are out of time.", "we have run out of time": the sitting's time spent. */
    private static boolean outOfTime(AnnotatedDocument doc, int from, int to) {
        return to - from >= 4 && to - from <= OUT_OF_TIME_WORDS && doc.tokens.get(to - 3).is("out") && doc.tokens.get(to - 2).is("of")
                && doc.tokens.get(to - 1).is("time");
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

    /**
     * "I call Ada Berg.", "I call the Minister.": the chair giving a member the floor by name or office; "I call on the
     * board to resign" and "I call for calm" ask something.
     */
    private static boolean callsMember(AnnotatedDocument doc, int from, int to) {
        if (to - from < 3 || to - from > CALLED_WORDS + 2 || !doc.tokens.get(from).is("i") || !doc.tokens.get(from + 1).is("call")) {
            return false;
        }
        int k = doc.tokens.get(from + 2).is("the") ? from + 3 : from + 2;
        if (k >= to || !doc.tokens.get(k).isCapitalized()) {
            return false;
        }
        for (; k < to; k++) {
            if (doc.tokens.get(k).is("to") || CLAUSE_LINKS.contains(doc.tokens.get(k).lower())) {
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


    /** "Witnesses will give their evidence under oath.", "The witness must be sworn."; "The witness lied under oath." reports. */
    private static boolean witnessesSworn(AnnotatedDocument doc, int from, int to) {
        int k = FunctionWords.ARTICLES.contains(doc.tokens.get(from).lower()) ? from + 1 : from;
        return k + 2 < to && WITNESSES.contains(doc.tokens.get(k).lower()) && TO_COME.contains(doc.tokens.get(k + 1).lower())
                && SWORN.contains(doc.tokens.get(to - 1).lower());
    }

    /**
     * "you will have time at the end", "you have time later": a member put off until later; "You have time to fix
     * the bridge before winter" says something.
     */
    private static boolean timeLater(AnnotatedDocument doc, int from, int to) {
        int k = from;
        if (k < to && doc.tokens.get(k).is("will")) {
            k++;
        }
        if (k + 1 >= to || !doc.tokens.get(k).is("have") || !doc.tokens.get(k + 1).is("time")) {
            return false;
        }
        k += 2;
        return k == to || TIME_LATER.contains(doc.tokens.get(k).lower()) && AgendaMoves.topic(doc, k + 1, to);
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

    /**
     * "Please take the oath.", "Please stand and take the oath.", "Mr. Lind, please stand.": a witness sworn in; "Take
     * the bridge off the list" is no oath, and a bare "Stand." is no request.
     */
    private static boolean swearing(AnnotatedDocument doc, int from, int to) {
        boolean please = doc.tokens.get(from).is("please");
        int k = please ? from + 1 : from;
        return k < to && SWEARING.contains(doc.tokens.get(k).lower())
                && (OATH.contains(doc.tokens.get(to - 1).lower()) || please && k + 1 == to);
    }

    /** "you have ten minutes", "you have 90 seconds". */
    private static boolean unitAt(AnnotatedDocument doc, int k) {
        return k < doc.tokens.size() && TIME_UNITS.contains(doc.tokens.get(k).lower());
    }

    /** "we are joined by the Minister", "we are joined today by ...". */
    private static boolean joinedBy(AnnotatedDocument doc, int from) {
        return doc.tokens.get(from + 1).is("are") && doc.tokens.get(from + 2).is("joined")
                && (doc.tokens.get(from + 3).is("by") || from + 4 < doc.tokens.size() && doc.tokens.get(from + 4).is("by"));
    }

    /** "we are continuing our hearing on surgical waiting lists", "We continue our study of X": the sitting and its topic, no more. */
    private static boolean continuing(AnnotatedDocument doc, int from, int to) {
        int k = from + 1;
        if (k < to && doc.tokens.get(k).is("are")) {
            k++;
        }
        if (k + 2 >= to || !CONTINUING.contains(doc.tokens.get(k).lower())
                || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(doc.tokens.get(k + 1).lower())
                || !SITTINGS.contains(doc.tokens.get(k + 2).lower()) && !STUDIES.contains(doc.tokens.get(k + 2).lower())) {
            return false;
        }
        k += 3;
        return k == to || FunctionWords.TOPIC_PREPOSITIONS.contains(doc.tokens.get(k).lower()) && AgendaMoves.topic(doc, k + 1, to);
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
}
