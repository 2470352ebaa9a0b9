package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether a court's verb ("dismissed", "rejected", "confirmed") or a party's "defended" decides or answers a case, an
 * act, rather than taking a position: "The tribunal dismissed the counterclaim", "rejected the bail application, ruling
 * that ...", "defended the lawsuit", "is defending her title". A person's or body's "rejected the claims" stays a
 * position ({@link PositionObjects}).
 */
final class CourtDecisions {

    /** Participles that give a court's grounds after its decision: "rejected the bail application, ruling that ...". */
    private static final Set<String> RULINGS = WordSet.of("ruling", "finding");
    /**
     * Participles that give a court's grounds only after a party's filing: "rejected the defence's motion, stating that
     * ...". After any other object ("rejected the plan, stating that ...") they are a speaker's second statement.
     */
    private static final Set<String> WRITTEN_GROUNDS = WordSet.of("stating", "writing", "holding");
    /** What a party asks a court for, which a court's rejection decides: "the prosecution's request", "the motion". */
    private static final Set<String> FILINGS = WordSet.of("request", "requests", "motion", "motions", "application",
            "applications", "appeal", "appeals", "petition", "petitions", "argument", "arguments");
    /** Who decides a case: "The arbitrators threw out", "The appeals panel dismissed", "Tribunal rejects". */
    private static final Set<String> COURTS = WordSet.of("court", "courts", "tribunal", "tribunals", "panel", "panels",
            "judge", "judges", "justices", "jury", "juries", "arbitrator", "arbitrators");
    /** A case a party answers in court: "defended the claim". */
    private static final Set<String> LAWSUITS = WordSet.of("claim", "claims", "lawsuit", "lawsuits", "suit", "suits",
            "action", "actions", "proceedings");
    /** A champion's titles, defended in a contest: "defending her title". */
    private static final Set<String> TITLES = WordSet.of("title", "titles", "crown", "championship", "belt");
    /** Titles of a judge named: "Justice Orr", "Judge Lind". */
    private static final Set<String> JUDGES = WordSet.of("justice", "judge");
    /** The longest name after a judge's title: "Ana Maria Lind". */
    private static final int NAME_WORDS = 3;
    /** The longest subject opening a sentence: "The trial judge", "The three appeal judges". */
    private static final int SUBJECT_WORDS = 4;
    /** Verbs of a court's decision on a case: "dismissed the appeal", "rejected the challenge", "confirmed the ban". */
    static final Set<String> COURT_VERBS = WordSet.of("reject", "dismiss", "confirm");
    /**
     * What a court decides by rejecting or dismissing it: a party's case, claim, application or submission ("dismissed
     * their application for judicial review", "rejected the developer's submission on relief"), or the sanction appealed. A request ("rejected a request to unseal") or an argument is left a
     * statement, as PolNeAR marks it.
     */
    private static final Set<String> DECIDED = WordSet.of("appeal", "appeals", "challenge", "challenges", "case", "cases",
            "suspension", "suspensions", "ban", "bans", "motion", "motions", "counterclaim", "counterclaims", "lawsuit",
            "lawsuits", "suit", "suits", "defence", "defences", "defense", "defenses", "claim", "claims", "application",
            "applications", "submission", "submissions");

    /** A judge's reasons others join: "the lead judgment, with which ... agree". */
    private static final Set<String> JUDGMENTS = WordSet.of("judgment", "judgement", "opinion", "reasons", "decision");
    /** Verbs of joining a judge's reasons. */
    private static final Set<String> JOINING = WordSet.of("agree", "agrees", "agreed", "concur", "concurs", "concurred");
    /** What a bench member joins: "agrees with the result", "concurs in the reasons of the Chair". */
    private static final Set<String> JOINED = WordSet.union(List.of(JUDGMENTS), "result", "disposition");
    /** Titles a bench member is named by: "Member Ostrowski", "Justice Lind". */
    private static final Set<String> BENCH = WordSet.union(List.of(JUDGES), "member", "commissioner", "arbitrator");
    /** The longest bench between "with which" and its verb: "the Chief Justice, Justice Ada Wren and Justice Ordono". */
    private static final int BENCH_TOKENS = 14;

    private CourtDecisions() {
    }

    /**
     * "Justice Vane gives the lead judgment, with which Justice Moss and Justice Ibe agree": judges joining a judgment,
     * the bench's make-up, no statement of theirs; "residents agree that the hall is too small" stays.
     */
    static boolean concurrence(List<Token> t, int i, Sentence s) {
        if (t.get(i).is("concurring") && i + 2 < s.endToken() && t.get(i + 1).is(",") && JOINING.contains(t.get(i + 2).lower())) {
            // "Member Lind, concurring, agrees with the result": the participle set off before the same joining.
            return joinsResult(t, i + 2, s);
        }
        if (!JOINING.contains(t.get(i).lower())) {
            return false;
        }
        if (joinsResult(t, i, s)) {
            return true;
        }
        for (int k = i - 1; k - 3 >= s.firstToken() && i - k <= BENCH_TOKENS; k--) {
            if (t.get(k).is("which") && t.get(k - 1).is("with")) {
                return t.get(k - 2).is(",") && JUDGMENTS.contains(t.get(k - 3).lower());
            }
        }
        return false;
    }

    /**
     * "Member Ostrowski agrees with the reasons of the Vice-Chair.", "Justice Lind, concurring, agrees with the result":
     * a bench member joining the decision, no position of their own; "Residents agree with the result" stays.
     */
    private static boolean joinsResult(List<Token> t, int i, Sentence s) {
        int k = i + 1;
        return k + 2 < s.endToken() && (t.get(k).is("with") || t.get(k).is("in")) && t.get(k + 1).is("the")
                && JOINED.contains(t.get(k + 2).lower()) && BENCH.contains(t.get(s.firstToken()).lower());
    }

    /**
     * "rejected the bail application, ruling that the accused might flee": a rejection whose grounds follow as a
     * ruling is a court's decision, an act; the ruling is the statement. So is "rejected the prosecution's request,
     * stating that ...": a filing decided, its grounds written. "rejected the claim, saying ..." is left.
     */
    static boolean ruledOn(List<Token> t, int next, Sentence s) {
        boolean filing = false;
        for (int k = next; k < Math.min(s.endToken() - 1, next + Windows.COMPLEMENT_OBJECT_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.is(",")) {
                String grounds = t.get(k + 1).lower();
                return RULINGS.contains(grounds) || filing && WRITTEN_GROUNDS.contains(grounds);
            }
            filing |= FILINGS.contains(tok.lower());
            if (!tok.isWord() || tok.is("that") && k > next) {
                // "rejected that request": a demonstrative opens the object; a "that" after it opens a clause.
                return false;
            }
        }
        return false;
    }

    /**
     * "The tribunal dismissed the counterclaim", "Court rejects appeal": a court's subject and a case's object, so a
     * decision, an act. The subject is the word before the verb, past auxiliaries and adverbs ("The judges have
     * unanimously rejected"); a person's or body's "rejected the claims" is left a position.
     */
    static boolean courtDecided(List<Token> t, int i, int next, Sentence s) {
        int k = beforeAside(t, subjectEnd(t, i, s), s);
        if (k < s.firstToken() || !PositionObjects.headWithin(t, next, s, DECIDED)) {
            return false;
        }
        return COURTS.contains(t.get(k).lower()) || judgeNamed(t, k, s) || courtOfName(t, k, s)
                || t.get(k).is("and") && (courtBefore(t, k, s) || courtOpens(t, s));
    }

    /**
     * "A federal judge on Wednesday refused to dismiss the charges", "Judge refuses to toss fraud case": a court's
     * refusal to act on the case before it decides the case, an act, as its dismissing does; a party's "refused to sign
     * the lease" is left. The refusal is at {@code i}; a day may stand before or after it.
     */
    static boolean courtRefused(List<Token> t, int i, Sentence s) {
        int to = Refusals.afterDay(t, i + 1, s.endToken());
        if (to >= s.endToken() || !t.get(to).is("to")) {
            return false;
        }
        int k = subjectEnd(t, i, s);
        if (k > s.firstToken() && Mentions.isDateWord(t.get(k).lower())) {
            k -= t.get(k - 1).is("on") && k - 1 > s.firstToken() ? 2 : 1;
        }
        return k >= s.firstToken() && (COURTS.contains(t.get(k).lower()) || judgeNamed(t, k, s) || courtOfName(t, k, s));
    }

    /**
     * "A county jury found him guilty, rejecting his claim that he fired in self-defense", "A federal judge refused to
     * dismiss the charges, rejecting arguments that ...": a court's rejecting after the comma of its decision is part of
     * that decision, an act, as "rejected the appeal" is; a minister's "..., rejecting the union's claim" is left.
     */
    static boolean rejectedInDecision(List<Token> t, int i, Sentence s) {
        return i - 1 > s.firstToken() && t.get(i - 1).is(",")
                && PhraseShapes.wordInRun(t, s.firstToken(), Math.min(i, s.firstToken() + SUBJECT_WORDS + 1), COURTS::contains);
    }

    /** The last token of the subject before the verb at {@code i}, past auxiliaries and adverbs ("have unanimously"). */
    private static int subjectEnd(List<Token> t, int i, Sentence s) {
        int k = i - 1;
        while (k > s.firstToken() && (FunctionWords.ADVERBS.contains(t.get(k).lower())
                || t.get(k).lower().endsWith("ly") || FunctionWords.FINITE_AUXILIARIES.contains(t.get(k).lower()))) {
            k--;
        }
        return k;
    }

    /**
     * "found that the checks were adequate and dismissed her claim": a court's decision on a case after "and" is the
     * court's next act, no part of its finding.
     */
    static boolean decisionAfter(List<Token> t, int v, int end) {
        if (v + 1 >= end || !t.get(v).lower().endsWith("ed") || !WordForms.startsWithAny(t.get(v).lower(), COURT_VERBS)) {
            return false;
        }
        int to = Math.min(end, v + 1 + Windows.RESULT_OBJECT_TOKENS);
        int k = ObjectSense.head(t, v + 1, to, PositionObjects::objectWord, DECIDED);
        return k >= 0 && k < to;
    }

    /**
     * "The Borough defended the claim under section 58", "defended a lawsuit brought by the tenants": a party answering
     * a case in court, an act; "defended the claim that the pier was safe" and "defended the claim as fair" keep a
     * position.
     */
    static boolean caseDefended(List<Token> t, int next, Sentence s) {
        if (next + 1 >= s.endToken() || !FunctionWords.DETERMINERS.contains(t.get(next).lower()) || !LAWSUITS.contains(t.get(next + 1).lower())) {
            return false;
        }
        return next + 2 >= s.endToken() || !t.get(next + 2).is("that") && !t.get(next + 2).is("as");
    }

    /** "The Court of Appeal dismisses": a court named by what it hears, its last word at {@code k}. */
    private static boolean courtOfName(List<Token> t, int k, Sentence s) {
        return k - 2 >= s.firstToken() && t.get(k).isCapitalized() && t.get(k - 1).is("of") && COURTS.contains(t.get(k - 2).lower());
    }

    /**
     * "is defending her title", "defended the crown", "is defending it for the second time": a champion's title held
     * against a challenger, a contest; "defended it as necessary" keeps a position.
     */
    static boolean titleDefended(List<Token> t, int next, Sentence s) {
        if (next + 1 < s.endToken() && FunctionWords.DETERMINERS.contains(t.get(next).lower()) && TITLES.contains(t.get(next + 1).lower())) {
            return true;
        }
        return next + 5 <= s.endToken() && t.get(next).is("it") && t.get(next + 1).is("for") && t.get(next + 2).is("the")
                && t.get(next + 4).is("time");
    }

    /** "Justice Orr, dissenting, would have dismissed": the subject before a participle set off by commas. */
    private static int beforeAside(List<Token> t, int k, Sentence s) {
        if (k - 2 <= s.firstToken() || !t.get(k).is(",") || !t.get(k - 1).lower().endsWith("ing") || !t.get(k - 2).is(",")) {
            return k;
        }
        return k - 3;
    }

    /** "Justice Orr", "Judge Ada Lind": a judge by title and name. */
    private static boolean judgeNamed(List<Token> t, int k, Sentence s) {
        for (int name = k; name > s.firstToken() && k - name < NAME_WORDS && t.get(name).isCapitalized(); name--) {
            if (JUDGES.contains(t.get(name - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The trial judge found that the system was reasonable [8] and dismissed her claim": the sentence's own subject,
     * a court in its first words, decides after the finding it gave.
     */
    private static boolean courtOpens(List<Token> t, Sentence s) {
        return PhraseShapes.wordInRun(t, s.firstToken(), Math.min(s.endToken(), s.firstToken() + SUBJECT_WORDS), COURTS::contains);
    }

    /**
     * "The panel dismissed the appeal and confirmed the ban", "The arbitrators threw out the appeal and confirmed":
     * a court subject a few words before the "and" at {@code and}, with no comma or clause between, is the second
     * verb's subject too.
     */
    private static boolean courtBefore(List<Token> t, int and, Sentence s) {
        for (int k = and - 1; k >= Math.max(s.firstToken(), and - Windows.COMPLEMENT_OBJECT_TOKENS); k--) {
            if (!t.get(k).isWord() || t.get(k).is("that") || t.get(k).is("and")) {
                return false;
            }
            if (COURTS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
