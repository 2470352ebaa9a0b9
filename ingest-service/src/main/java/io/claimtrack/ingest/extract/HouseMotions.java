package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A presiding officer's sentence that only moves a legislature's business along: calling it ("Orders of the day.",
 * "Further questions and comments?"), giving the floor by seat or office ("The member for Carrow East.", "The
 * Honourable Minister."), stating the motion before the House ("The Minister of Fisheries moves second reading of Bill
 * 12."), declaring the vote ("Carried.", "The motion is defeated.") and sending a bill on ("The bill is referred to the
 * Standing Committee on Fisheries."). None asserts anything; "The member for Carrow East misled the House" and "The
 * minister moved the hatchery to Dunmore" do. {@link AgendaMoves} asks it of each sentence of a turn.
 */
final class HouseMotions {

    /** The House's business as the chair calls it: "Orders of the day.", "Questions and comments?", "Petitions.". */
    private static final Set<String> BUSINESS = WordSet.of("orders", "questions", "question", "comments", "petitions",
            "statements", "motions");
    /** The other words of a call of business: "Further questions and comments", "Orders of the day", "Oral questions". */
    private static final Set<String> BUSINESS_WORDS = WordSet.of("further", "more", "last", "final", "oral", "and", "of",
            "the", "day", "members", "by");
    /** The longest call of business: "Further questions and comments for the minister" is longer and asks. */
    private static final int BUSINESS_LONGEST = 6;
    /** What is moved: "moves second reading", "has moved the adoption of the report", "moved an amendment". */
    private static final Set<String> MOTIONS = WordSet.of("reading", "adoption", "motion", "amendment", "concurrence");
    private static final Set<String> MOVED = WordSet.of("moves", "moved");
    /** The words of a vote's outcome: "Carried.", "The amendment is lost.". */
    private static final Set<String> OUTCOMES = WordSet.of("carried", "defeated", "lost", "negatived", "agreed");
    /** What the House votes on or sends on: "The motion is carried.", "The bill is referred to ...". */
    private static final Set<String> MEASURES = WordSet.of("motion", "amendment", "bill", "report", "petition", "matter");
    private static final Set<String> IS = WordSet.of("is", "stands");
    /** The honorific before a seat or an office: "The hon. member for", "The Honourable Minister". */
    private static final Set<String> HONOURABLE = WordSet.of("hon", "honourable", "honorable");
    /** The longest seat or office called: "the member for Carrow and Lisk East". */
    private static final int CALLED_WORDS = 7;
    /** The longest statement of a motion: "Ms. Orton has moved second reading of Bill 31, Farm Repair Act, 2035". */
    private static final int MOTION_WORDS = 24;
    /** The longest "It being 10:45," before the business called at that hour. */
    private static final int HOUR_TOKENS = 8;
    /** A clause that gives a reason or a report, not only the motion. */
    private static final Set<String> CLAUSE_LINKS = WordSet.of("that", "which", "who", "because", "since", "although", "so", "but");

    /** The longest "It was moved by Ms. Ada Lind-Orr, seconded by Mr. Tan," before the motion's "That". */
    private static final int MOVER_TOKENS = 14;

    private HouseMotions() {
    }

    /**
     * "Moved by Ms. Lind, That the committee request the Board to report ...": minutes give a motion's text after its
     * mover, opening with a capitalised "That" (or "THAT") after a comma or a colon, or with "THAT" opening a sentence, or
     * title it "Motion to ...: Mover."; a cue inside it (token {@code i}) is the motion's wording, not said.
     */
    static boolean motionText(List<Token> t, int i, Sentence s) {
        int k = s.firstToken();
        if (k + 1 < i && t.get(k).text().equals("THAT") && t.get(k + 1).isLowerWord()) {
            // "Moved by Ms. Lind, seconded by Mr. Tan:" / "THAT staff report back in June": each of the motion's clauses
            // on its own line, in capitals.
            return true;
        }
        if (k + 1 < i && t.get(k).text().equals("Motion") && t.get(k + 1).is("to")) {
            // "Motion to send a letter to the Board opposing the fee: Achterberg.": action minutes title a motion by
            // what it does, its mover after the colon.
            return moverAfterColon(t, i, s);
        }
        if (k + 1 < i && t.get(k).is("it") && t.get(k + 1).is("was")) {
            k += 2;
        }
        if (k + 1 >= i || !t.get(k).is("moved") || !t.get(k + 1).is("by")) {
            return false;
        }
        for (int end = Math.min(i, s.firstToken() + MOVER_TOKENS); k < end; k++) {
            if ((t.get(k).is(",") || t.get(k).is(":")) && t.get(k + 1).is("that") && t.get(k + 1).isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    /** A colon after token {@code i}, within {@link #MOTION_WORDS} of the sentence's start, with a name after it. */
    private static boolean moverAfterColon(List<Token> t, int i, Sentence s) {
        for (int k = i + 1; k + 1 < Math.min(s.endToken(), s.firstToken() + MOTION_WORDS); k++) {
            if (t.get(k).is(":")) {
                return t.get(k + 1).isCapitalized();
            }
        }
        return false;
    }

    /** Whether the sentence's tokens {@code [from, to)} only move the House's business along. */
    static boolean only(AnnotatedDocument doc, int from, int to) {
        while (to > from && !doc.tokens.get(to - 1).isWord()) {
            to--;
        }
        return to > from && (business(doc, from, to) || calledBySeat(doc, from, to) || calledByOffice(doc, from, to)
                || moved(doc, from, to) || outcome(doc, from, to) || referred(doc, from, to) || timeFor(doc, from, to));
    }

    /**
     * "It being 1:30, it is time for members' statements.", "It is now time for oral questions.": the chair opening the
     * next business at its hour; "It is time for a new government" proposes.
     */
    private static boolean timeFor(AnnotatedDocument doc, int from, int to) {
        int k = from;
        if (k + 2 < to && doc.tokens.get(k).is("it") && doc.tokens.get(k + 1).is("being")) {
            // "It being 10:45," the hour read off the clock, up to its comma.
            for (k += 2; k < to && k < from + HOUR_TOKENS && !doc.tokens.get(k).is(","); k++) {
                if (doc.tokens.get(k).isWord()) {
                    return false;
                }
            }
            k++;
        }
        if (k + 4 >= to || !doc.tokens.get(k).is("it") || !doc.tokens.get(k + 1).is("is")) {
            return false;
        }
        k += doc.tokens.get(k + 2).is("now") ? 3 : 2;
        return k + 2 < to && doc.tokens.get(k).is("time") && doc.tokens.get(k + 1).is("for") && business(doc, k + 2, to);
    }

    /** "Orders of the day", "Further questions and comments", "Questions": the business called, no verb. */
    private static boolean business(AnnotatedDocument doc, int from, int to) {
        boolean called = false;
        for (int k = from; k < to; k++) {
            String w = doc.tokens.get(k).lower();
            if (k - from >= BUSINESS_LONGEST || !BUSINESS.contains(w) && !BUSINESS_WORDS.contains(w)) {
                return false;
            }
            called |= BUSINESS.contains(w);
        }
        return called;
    }

    /** "The member for Carrow East", "The hon. member for Lisk": the floor given by seat. */
    private static boolean calledBySeat(AnnotatedDocument doc, int from, int to) {
        int k = honorific(doc, doc.tokens.get(from).is("the") ? from + 1 : from, to);
        return k + 2 < to && doc.tokens.get(k).is("member") && doc.tokens.get(k + 1).is("for") && to - from <= CALLED_WORDS + 3
                && WitnessCalls.namesOnly(doc, k + 2, to);
    }

    /** "The Honourable Minister", "The Minister of Fisheries": the floor given by office, every word capitalised. */
    private static boolean calledByOffice(AnnotatedDocument doc, int from, int to) {
        String first = doc.tokens.get(from).lower();
        // Opened by the article, the honorific or the office itself: a title-case headline ("I'm Not Running For
        // President") is no call.
        if (to - from > CALLED_WORDS || !doc.tokens.get(from).isCapitalized() || !WitnessCalls.namesOnly(doc, from, to)
                || !first.equals("the") && !HONOURABLE.contains(first) && !Lexicon.get().roles.contains(first)) {
            return false;
        }
        boolean office = false;
        for (int k = from; k < to; k++) {
            office |= Lexicon.get().roles.contains(doc.tokens.get(k).lower());
        }
        return office;
    }

    /** Past "hon." or "Honourable" at {@code k}. */
    static int honorific(AnnotatedDocument doc, int k, int to) {
        if (k < to && HONOURABLE.contains(doc.tokens.get(k).lower())) {
            k++;
            return k < to && doc.tokens.get(k).is(".") ? k + 1 : k;
        }
        return k;
    }

    /**
     * "The Minister of Fisheries moves second reading of Bill 12.", "Ms. Dale has moved the adoption of the report.": a
     * subject of names and offices, the motion right after the verb.
     */
    private static boolean moved(AnnotatedDocument doc, int from, int to) {
        int verb = from;
        while (verb < to && !MOVED.contains(doc.tokens.get(verb).lower())) {
            verb++;
        }
        int subjectEnd = verb > from && doc.tokens.get(verb - 1).is("has") ? verb - 1 : verb;
        if (verb + 1 >= to || subjectEnd == from || !WitnessCalls.namesOnly(doc, from, subjectEnd) || to - from > MOTION_WORDS) {
            return false;
        }
        boolean motion = false;
        for (int k = verb + 1; k < Math.min(to, verb + 4); k++) {
            motion |= MOTIONS.contains(doc.tokens.get(k).lower());
        }
        for (int k = verb + 1; motion && k < to; k++) {
            motion = !CLAUSE_LINKS.contains(doc.tokens.get(k).lower());
        }
        return motion;
    }

    /** "Carried", "Motion carried", "The amendment is lost": the vote's outcome declared. */
    private static boolean outcome(AnnotatedDocument doc, int from, int to) {
        int k = doc.tokens.get(from).is("the") ? from + 1 : from;
        if (k < to - 1 && MEASURES.contains(doc.tokens.get(k).lower())) {
            k++;
            k += k < to - 1 && IS.contains(doc.tokens.get(k).lower()) ? 1 : 0;
        }
        return k == to - 1 && OUTCOMES.contains(doc.tokens.get(k).lower());
    }

    /** "The bill is referred to the Standing Committee on Fisheries", "The matter stands referred to a committee". */
    private static boolean referred(AnnotatedDocument doc, int from, int to) {
        int k = doc.tokens.get(from).is("the") ? from + 1 : from;
        if (k + 5 > to || !MEASURES.contains(doc.tokens.get(k).lower()) || !IS.contains(doc.tokens.get(k + 1).lower())
                || !doc.tokens.get(k + 2).is("referred") || !doc.tokens.get(k + 3).is("to")) {
            return false;
        }
        return committee(doc, k + 4, to);
    }

    /**
     * "a committee", "the Standing Committee on Fisheries and Oceans": tokens {@code [from, to)} name a committee; also
     * asked by {@link NothingSaid} of a cue's object ("referred to a committee").
     */
    static boolean committee(AnnotatedDocument doc, int from, int to) {
        if (from >= to || !FunctionWords.ARTICLES.contains(doc.tokens.get(from).lower())) {
            return false;
        }
        boolean committee = false;
        for (int k = from + 1; k < to; k++) {
            Token t = doc.tokens.get(k);
            committee |= t.is("committee");
            if (t.isLowerWord() && !FunctionWords.NAME_LINKS.contains(t.lower()) && !t.is("committee")) {
                return false;
            }
        }
        return committee;
    }
}
