package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * A chair's sentence of a hearing that only brings in a witness or a member: calling a delegate by name and body
 * ("Ms. Lina Marr, for the Brook Street Residents."), naming the next speaker ("Our last delegation is Dr. Ada Lind."),
 * welcoming a witness ("We now welcome Ms. Ada Lind, Director of the Riders' Union."), swearing one in ("Ms. Holm,
 * please take the oath.") or giving a member the floor ("I call Ada Berg."). Asked by {@link SittingOrders} per clause.
 */
final class WitnessCalls {

    /** A witness's swearing in, its verb first: "Please take the oath.", "Stand and take the oath.", "Raise your right hand.". */
    private static final Set<String> SWEARING = WordSet.of("take", "stand", "rise", "raise");
    /** What a swearing-in ends on: the oath or the raised hand. */
    private static final Set<String> OATH = WordSet.of("oath", "affirmation", "hand");
    /** The longest name or office a chair calls: "the Member for Carrow and Lisk". */
    private static final int CALLED_WORDS = 6;
    /** Who is sworn: "Witnesses will give their evidence under oath.". */
    private static final Set<String> WITNESSES = WordSet.of("witness", "witnesses");
    /** What a witness's swearing in ends on when told as procedure: "under oath", "will be sworn". */
    private static final Set<String> SWORN = WordSet.of("oath", "sworn", "affirmed");
    /** The modal of procedure still to come: "will give evidence under oath", "must be sworn". */
    private static final Set<String> TO_COME = WordSet.of("will", "shall", "must");
    /** Titles a chair calls a delegate by: "Ms. Lina Marr, for the residents". */
    private static final Set<String> DELEGATE_TITLES = WordSet.of("mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.",
            "councillor", "professor");
    /** Who is heard in turn, and where in the order: "our last delegation", "the next speaker". */
    private static final Set<String> DELEGATES = WordSet.of("delegation", "delegate", "speaker", "presenter", "witness");
    private static final Set<String> PLACES_IN_ORDER = WordSet.of("next", "last", "first", "final");
    /** Who welcomes the witnesses: "We now welcome", "I welcome". */
    private static final Set<String> WELCOMERS = WordSet.of("we", "i");
    /** Who is welcomed beside the named: "the Minister and officials of the Department of Ports". */
    private static final Set<String> ATTENDING = WordSet.of("officers", "officials", "staff", "witnesses", "representatives");
    /** What may stand between "We" and "welcome": "We now welcome", "We also welcome". */
    private static final Set<String> WELCOME_ADVERBS = WordSet.of("now", "also", "next");

    private WitnessCalls() {
    }

    /** Whether the clause {@code [from, to)} only brings in a witness or a member. */
    static boolean clause(AnnotatedDocument doc, int from, int to) {
        return nextSpeaker(doc, from, to) || WELCOMERS.contains(doc.tokens.get(from).lower()) && welcomesWitness(doc, from, to)
                || swearing(doc, from, to) || witnessesSworn(doc, from, to) || callsMember(doc, from, to);
    }

    /**
     * "Ms. Lina Marr, for the Brook Street Residents.", "Mr. Ode Vance, Harbour Chamber of Commerce.": the chair calling
     * the next delegate by title, name and the body spoken for, and nothing else.
     */
    static boolean callsDelegate(AnnotatedDocument doc, int from, int to) {
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
     * of the Riders' Union.", "Our witnesses today are Mr. Kell and Dr. Ruiz.": who speaks next, or who is heard at this
     * sitting, by name and office.
     */
    private static boolean nextSpeaker(AnnotatedDocument doc, int from, int to) {
        if (to - from < 4 || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(doc.tokens.get(from).lower())) {
            return false;
        }
        int k = PLACES_IN_ORDER.contains(doc.tokens.get(from + 1).lower()) ? from + 2 : from + 1;
        String noun = doc.tokens.get(k).lower();
        boolean one = DELEGATES.contains(noun);
        // Who is heard at this sitting, in the plural, needs no place in the order.
        boolean plural = !one && (WITNESSES.contains(noun) || DELEGATES.contains(WordForms.singular(noun)));
        if (!one && !plural || one && k == from + 1) {
            return false;
        }
        k = k + 1 < to && doc.tokens.get(k + 1).is("today") ? k + 2 : k + 1;
        return k + 1 < to && doc.tokens.get(k).is(plural ? "are" : "is") && namesOnly(doc, k + 1, to);
    }

    /** Only names and offices in {@code [from, to)}: capitalised words and the small words inside a name. */
    static boolean namesOnly(AnnotatedDocument doc, int from, int to) {
        return namesOnly(doc, from, to, Set.of());
    }

    /** Only names, offices and the lower-case {@code others} in {@code [from, to)}. */
    private static boolean namesOnly(AnnotatedDocument doc, int from, int to, Set<String> others) {
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (t.isLowerWord() && !FunctionWords.NAME_LINKS.contains(t.lower()) && !others.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "We now welcome Ms. Ada Lind, Director of the Riders' Union.", "I welcome the Minister and officers of the Department
     * of Ports.": the chair bringing in the next witnesses by name and office; "We welcome the minister's decision" says
     * something.
     */
    private static boolean welcomesWitness(AnnotatedDocument doc, int from, int to) {
        int k = from + 1;
        if (k < to && WELCOME_ADVERBS.contains(doc.tokens.get(k).lower())) {
            k++;
        }
        if (k + 1 >= to || !doc.tokens.get(k).is("welcome")) {
            return false;
        }
        int named = doc.tokens.get(k + 1).is("the") ? k + 2 : k + 1;
        return named < to && doc.tokens.get(named).isCapitalized() && namesOnly(doc, named, to, ATTENDING);
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

    /** "Witnesses will give their evidence under oath.", "The witness must be sworn."; "The witness lied under oath." reports. */
    private static boolean witnessesSworn(AnnotatedDocument doc, int from, int to) {
        int k = FunctionWords.ARTICLES.contains(doc.tokens.get(from).lower()) ? from + 1 : from;
        return k + 2 < to && WITNESSES.contains(doc.tokens.get(k).lower()) && TO_COME.contains(doc.tokens.get(k + 1).lower())
                && SWORN.contains(doc.tokens.get(to - 1).lower());
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
            if (doc.tokens.get(k).is("to") || SittingOrders.CLAUSE_LINKS.contains(doc.tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
