package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The terms on which a source speaks to the reporter, which are no statement of theirs: "on condition of anonymity",
 * "who asked not to be named", "She asked that her name not be used", "They asked not to be identified because ...",
 * and the reason given for them ("because she feared being disciplined").
 */
final class AnonymityTerms {

    /** "asked not to be named": what the speaker asked is to stay unnamed. */
    private static final Set<String> UNNAMED = WordSet.of("named", "identified", "quoted");
    /** "asked that her name not be used / published". */
    private static final Set<String> NAME_KEPT = WordSet.of("used", "published", "given", "disclosed", "printed", "named",
            "identified", "quoted");
    /** "identified with the strike", "named as a witness", "named to the board": another sense of the participle. */
    private static final Set<String> OTHER_SENSE = WordSet.of("with", "as", "to", "in", "among");

    private AnonymityTerms() {
    }

    /**
     * "on condition of anonymity", "on the condition that he not be named": the terms of speaking; not when a
     * that-clause follows them ("said on condition of anonymity that the deal was close"), which is what was said.
     */
    static boolean onCondition(List<Token> t, int k, int end) {
        int c = k + 1 < end && t.get(k + 1).is("the") ? k + 2 : k + 1;
        return c < end && (t.get(k).is("on") || t.get(k).is("under")) && t.get(c).lower().startsWith("condition")
                && !(c + 3 < end && t.get(c + 1).is("of") && t.get(c + 3).is("that"));
    }

    /**
     * After "asked" or "requested" at {@code next}: "not to be named", "that her name not be used", "that he not be
     * identified", "that their daughter not be named", "that his name be withheld": a request about the reporting, not
     * one reported. "The union asked not to be identified with the strike" asks something of the world and stays a
     * statement.
     */
    static boolean nameWithheld(List<Token> t, int next, int end) {
        int k = next;
        // Whether a person is kept unnamed (its participle one of UNNAMED), not a name; whether named by a noun.
        boolean person = true;
        boolean noun = false;
        if (k < end && t.get(k).is("that")) {
            k++;
            if (k + 1 < end && (FunctionWords.POSSESSIVES.contains(t.get(k).lower()) || t.get(k).is("the"))
                    && t.get(k + 1).isLowerWord()) {
                // "that her name not be used"; "that their son not be named", "that the boy not be identified": a
                // person kept unnamed, as with a pronoun.
                person = !t.get(k + 1).lower().startsWith("name");
                noun = person;
                k += 2;
            } else if (k < end && FunctionWords.SPEAKING_PRONOUNS.contains(t.get(k).lower())) {
                k++;
            } else {
                return false;
            }
        }
        if (k > next && !noun && k + 1 < end && t.get(k).is("be") && t.get(k + 1).is("withheld")) {
            // "requested that his name be withheld": kept back, with no "not" ("that the report be withheld" is left).
            return true;
        }
        if (k >= end || !t.get(k).is("not")) {
            return false;
        }
        k++;
        if (k < end && t.get(k).is("to")) {
            k++;
        }
        if (k + 1 >= end || !t.get(k).is("be") || !NAME_KEPT.contains(t.get(k + 1).lower())
                || person && !UNNAMED.contains(t.get(k + 1).lower())) {
            return false;
        }
        if (k + 2 >= end) {
            return true;
        }
        // "not be used to protect her son's privacy": a name kept back for a purpose; "named to the board" is an office.
        String after = t.get(k + 2).lower();
        return !OTHER_SENSE.contains(after) || after.equals("to") && !UNNAMED.contains(t.get(k + 1).lower());
    }

    /**
     * "a shopkeeper who asked to be identified only as Lucia": a source's terms in the relative clause on it, the way
     * {@link #nameWithheld} reads "who asked not to be named".
     */
    static boolean identifiedOnly(List<Token> t, int i, int next, int end) {
        return i > 0 && t.get(i - 1).is("who") && next + 2 < end && t.get(next).is("to") && t.get(next + 1).is("be")
                && UNNAMED.contains(t.get(next + 2).lower());
    }

    /**
     * "who asked not to be named because she feared being disciplined", "spoke on condition of anonymity because he
     * feared losing his job": a cue in the reason given for the terms, with a noun or gerund for its object, is
     * background on the source, no statement; a clause after it ("because she feared her employer would ...") stays.
     */
    static boolean reasonGiven(List<Token> t, int i, int next, Sentence s) {
        int because = i - 2;
        if (because - 2 < s.firstToken() || !t.get(because).is("because") || !FunctionWords.SPEAKING_PRONOUNS.contains(t.get(i - 1).lower())
                || next < s.endToken() && (t.get(next).is("that") || BareClause.opensAt(t, next, s))) {
            return false;
        }
        String terms = t.get(because - 1).lower();
        return terms.equals("anonymity") || t.get(because - 2).is("be") && NAME_KEPT.contains(terms);
    }
}
