package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The sense of a verb of stance ("appreciated", "welcomed", "demanded", "offered", "rejected", "refused", "defended",
 * "backed") told by its subject and object: a position taken, or an act ("welcomed the delegation", "rejected the
 * appeal", "denied bail"); part of {@link CueSense}.
 */
final class PositionVerbs {

    /** Machines, whose rejecting is no position: "ballots that the scanners had rejected". */
    private static final Set<String> MACHINES = WordSet.of("machine", "machines", "scanner", "scanners", "computer", "computers",
            "software", "algorithm", "algorithms", "tabulator", "tabulators");
    /** Who reject only by a ballot, a vote and so an act: "voters rejected a stricter cap by 11 points". */
    private static final Set<String> BALLOTERS = WordSet.of("voters", "electorate", "electors", "shareholders", "stockholders");

    private final PositionObjects positions;

    PositionVerbs(Lexicon lexicon) {
        this.positions = new PositionObjects(lexicon);
    }

    /**
     * Whether the one-word cue {@code w} at token {@code i}, {@code after} it the next token in the sentence or null,
     * says something when it is a verb of stance; null when it is none.
     */
    Boolean sense(List<Token> t, int i, String w, Token after, Sentence s) {
        int next = i + 1;
        if (w.startsWith("apprecia")) {
            // "highly appreciated the measures taken by the Government" judges them, as "praised" does; "highly
            // appreciated the hospitality" thanks, and a plain "appreciated his loyalty" or "will appreciate it" is
            // thanks or a liking.
            return i > s.firstToken() && t.get(i - 1).is("highly") && !PositionObjects.kindness(t, next, s);
        }
        if (w.startsWith("welcom") || w.startsWith("applaud")) {
            // "welcomed the decision" takes a position; "welcomed the delegation" greets and "investors welcomed the
            // cost cuts" is a price.
            return !ThingSubjects.marketReaction(t, i, s) && !(w.startsWith("welcom") && positions.guest(t, next, s))
                    && !(w.startsWith("applaud") && Clapping.at(t, i, s));
        }
        if (w.startsWith("demand") && (ThingSubjects.marketReaction(t, i, s) && after != null && !after.is("that")
                && after.type() != Token.Type.QUOTE || PositionObjects.ransom(t, next, s))) {
            // "as traders demanded a fatter premium": the price a market asks, said to no one; "investors demanded
            // that the board resign" is left. A ransom demanded is extortion.
            return false;
        }
        if ((w.startsWith("express") || w.startsWith("voic") || w.startsWith("offer")) && PositionObjects.courtesy(t, i, next, s)) {
            // "expressed condolences over", "expressed his gratitude to": a courtesy.
            return false;
        }
        if (w.startsWith("offer")) {
            return !PositionObjects.thingOffered(t, next, s) && !positions.amountOffered(t, i, s);
        }
        if (w.startsWith("reject") && (ThingSubjects.subjectIn(t, i, s, MACHINES) || ThingSubjects.subjectIn(t, i, s, BALLOTERS)
                && after != null && after.isWord() && !FunctionWords.NP_BREAKERS.contains(after.lower()))) {
            // "the scanners had rejected", "Harwick voters rejected a parking levy": a machine's sorting or a vote on the
            // measure its object names, an act.
            return false;
        }
        if (w.startsWith("reject") && (PositionObjects.bargained(t, next, s) || PositionObjects.votedDown(t, next, s))
                || (w.startsWith("reject") || w.startsWith("refus")) && CourtDecisions.ruledOn(t, next, s)
                || w.equals("rejecting") && CourtDecisions.rejectedInDecision(t, i, s)) {
            // "rejected the contract offer": a bargain, not a position; "rejected a motion to postpone": a vote;
            // "rejected the appeal, ruling that" and "refused the other two requests, finding that": a decision, as a
            // court's "..., rejecting arguments that" after its verdict.
            return false;
        }
        if (w.startsWith("refus") && PositionObjects.doneByRelative(t, next, s)) {
            // "asked the landlord to fix the heating, which he refused to do": the act refused is the relative's, an act.
            return false;
        }
        if (w.startsWith("refus") && CourtDecisions.courtRefused(t, i, s)) {
            // "The judge refused to dismiss the charges": a ruling on the case, an act.
            return false;
        }
        if ((w.startsWith("refus") || w.startsWith("denie") || w.startsWith("deny")) && PositionObjects.admissionRefused(t, next, s)) {
            // "Officers refused entry to 318 people", "denied bail": an admission withheld, an act.
            return false;
        }
        if (WordForms.startsWithAny(w, CourtDecisions.COURT_VERBS) && CourtDecisions.courtDecided(t, i, next, s)) {
            // "The panel dismissed the appeal", "... and confirmed the ban": a court's decision on a case, an act.
            return false;
        }
        if (w.startsWith("defend") && (CourtDecisions.caseDefended(t, next, s) || CourtDecisions.titleDefended(t, next, s))) {
            return false;
        }
        if (w.startsWith("back")) {
            return PositionObjects.proposalBacked(t, i, next, s);
        }
        return null;
    }
}
