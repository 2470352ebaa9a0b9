package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The sense of a cue whose clause after it tells it apart from its other senses: "considers that", "held that", "accepted
 * that", "judged that", "regrets that", "knows that", "stated:", "answered that" give what was said; "considered the
 * bill", "held talks", "accepted that offer", "knows the area", "answered the door" do not. Asked by {@link CueSense}.
 */
final class ThatClauseVerbs {

    /**
     * What opens the setting of a submission or concession before its clause: "in reply", "at the hearing", and whom
     * counsel speaks for ("on behalf of the family").
     */
    private static final Set<String> SETTINGS = WordSet.of("in", "at", "during", "on");
    /** The most words of that setting: "in cross-examination", "during his evidence in chief". */
    private static final int SETTING_WORDS = 4;
    private static final String GERUND_SUFFIX = "ing";

    private final Lexicon lexicon;

    ThatClauseVerbs(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the one-word cue {@code w} (lower case) is one of these verbs, whose sense {@link #sense} decides. */
    static boolean covers(String w) {
        return w.startsWith("consider") || w.startsWith("accept") || w.startsWith("hold") || w.equals("held")
                || w.startsWith("submit") || w.startsWith("judg") || w.startsWith("establish") || w.startsWith("regret")
                || w.startsWith("know") || w.equals("knew") || w.equals("state") || w.equals("states") || w.startsWith("answer");
    }

    /** The sense of the cue at token {@code i}, one that {@link #covers}: true when it introduces what was said. */
    boolean sense(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        String w = t.get(i).lower();
        int next = i + 1;
        Token after = next < s.endToken() ? t.get(next) : null;
        if (w.startsWith("consider")) {
            // "The Embassy considers that the detention violated the Convention" gives a view; "considered the bill", "is
            // considering options" and "considered the only country that can" do not; "consider this accusation
            // groundless" judges words ({@link WordsJudged}), "consider the vote a warning" the vote ({@link VerdictComplement});
            // "consider it necessary to reopen the crossing" judges what is to be done.
            return after != null && (after.is("that") || itJudged(t, next, s) || WordsJudged.follows(t, next, s, lexicon))
                    || VerdictComplement.follows(t, i, s, lexicon);
        }
        if (w.startsWith("accept") && (AcceptedEvidence.follows(t, i, s.endToken()) || PositionObjects.adviceAccepted(t, i, s))) {
            // "accepts Ms. Rhee's evidence that ...": a finding; "has accepted all six of the auditor's recommendations":
            // a position taken on advice given.
            return true;
        }
        if (w.startsWith("hold") || w.equals("held") || w.startsWith("submit") || w.startsWith("accept")) {
            // "The tribunal held that the levy was unlawful" gives a ruling, "The Board submitted that the notice was
            // late" a party's case, "The Council accepted that the lights were out" a point conceded; "held talks",
            // "has long held that view.", "submitted the report", "accepted that offer" keep a thing, "that" its
            // determiner. An article or a plural after "that" opens the clause however long its subject ("holds that an
            // authority which sets its own standard ... cannot rely", "submitted that notices exclude").
            // "accepted in cross-examination that", "submitted at the hearing that", "submitted on behalf of the family
            // that": a short setting before the clause.
            next = SETTINGS.contains(after == null ? "" : after.lower()) ? settingEnd(t, next, s) : next;
            after = next < s.endToken() ? t.get(next) : null;
            return after != null && after.is("that") && (next + 1 < s.endToken() && FunctionWords.ARTICLES.contains(t.get(next + 1).lower())
                    || FindingSense.clauseFollows(doc, next + 1, s, false) || BareClause.pluralSubjectOpens(t, next + 1, s.endToken())
                    || FindingSense.clauseAfterAside(doc, next + 1, s) || !w.startsWith("hold") && !w.equals("held") && gerundSubject(doc, next + 1, s));
        }
        if (w.startsWith("judg") || w.startsWith("establish")) {
            // "Most members judged that the rate could fall", "The inquiry established that:" conclude; "the judges’
            // statement that ..." is the noun's, "established a fund" an act.
            return after != null && after.is("that");
        }
        if (w.startsWith("regret")) {
            // "The Consulate regrets that the broadcaster did not ask" states a grievance; "regrets any step that links"
            // regrets an act, its "that" a relative pronoun.
            return after != null && after.is("that");
        }
        if (w.startsWith("know") || w.equals("knew")) {
            // "knows that the vote is close", "knew Holm would run" report a belief; "knows the area", "knows how to",
            // "as far as we know" do not.
            return after != null && (after.is("that") || BareClause.opensAt(t, next, s));
        }
        if (w.equals("state") || w.equals("states")) {
            // As a verb it introduces a clause or a quotation; otherwise it is the noun ("swing state Florida"), also
            // before a plural's apostrophe ("their home states’ choice"). "states the following:" leads in to a list.
            return after != null && (after.is("that") || after.is(":") || after.type() == Token.Type.QUOTE && after.start() > t.get(i).end()
                    || after.is("the") && next + 2 < s.endToken() && t.get(next + 1).is("following") && t.get(next + 2).is(":"));
        }
        // Left: "answer". "“Denver,” he answered.", "He answered, “No idea.”", "answered that the fund was empty", "answered in
        // question period that ...": a reply; "answered the door", "answered that question" are acts.
        return after == null || after.is(",") || after.is(":") || after.type() == Token.Type.QUOTE
                || after.closesSentence() || after.is("that") && next + 1 < s.endToken()
                        && (AdjunctOnly.opensSubject(t.get(next + 1)) || BareClause.opensAt(t, next + 1, s))
                || AdjunctOnly.thatAfter(t, next, s.endToken()) > 0;
    }

    /**
     * "accepts that delaying part of the work to 2051 would raise costs": a gerund and its object open the clause as its
     * subject, the clause's verb read from the object; "accepted that finding of the panel" keeps the noun. Not after
     * "held", whose "held that meeting the following week" is an act.
     */
    private static boolean gerundSubject(AnnotatedDocument doc, int k, Sentence s) {
        List<Token> t = doc.tokens;
        if (k + 2 >= s.endToken() || !t.get(k).isLowerWord() || t.get(k).lower().length() <= GERUND_SUFFIX.length() + 2
                || !t.get(k).lower().endsWith(GERUND_SUFFIX)) {
            return false;
        }
        Token object = t.get(k + 1);
        return (FunctionWords.DETERMINERS.contains(object.lower()) || object.isLowerWord() && t.get(k + 2).is("of"))
                && FindingSense.clauseFollows(doc, k + 1, s, false);
    }

    /** "consider it necessary to A", "considers it important that B": "it", a lone adjective, then what is judged. */
    private static boolean itJudged(List<Token> t, int next, Sentence s) {
        return next + 3 < s.endToken() && t.get(next).is("it") && t.get(next + 1).isLowerWord()
                && !FunctionWords.NP_BREAKERS.contains(t.get(next + 1).lower()) && (t.get(next + 2).is("to") || t.get(next + 2).is("that"));
    }

    /** The token after a short setting opening at {@code k} when a "that" closes it, {@code k} otherwise. */
    private static int settingEnd(List<Token> t, int k, Sentence s) {
        for (int j = k + 1; j < Math.min(s.endToken(), k + SETTING_WORDS + 2); j++) {
            if (t.get(j).is("that")) {
                return j > k + 1 ? j : k;
            }
            if (!t.get(j).isWord()) {
                return k;
            }
        }
        return k;
    }
}
