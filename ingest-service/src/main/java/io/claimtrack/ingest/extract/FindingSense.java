package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Whether a verb of finding or of holding a view ("found", "showed", "maintained", "felt") has a finding or a view
 * after it: a clause, a quotation, a document as its subject, or its clause before it ("Y, a study by the council
 * found."). "Police found a body", "maintained a lead" and "felt the need to" report an object or a state;
 * {@link CueSense} asks it for these verbs.
 */
final class FindingSense {

    /**
     * Bodies whose finding is their report, the verb's subject right before it: "Inspectorate finds safety breaches at 12
     * sites", "the auditor found gaps". "Police found a body" reports an object.
     */
    private static final Set<String> EXAMINERS = WordSet.of("inspectorate", "inspectors", "auditor", "auditors", "watchdog",
            "ombudsman", "regulator", "regulators");
    /** Examiners whose office's title ends in "General": "Inspector General finds", "the Auditor General found". */
    private static final Set<String> GENERAL_EXAMINERS = WordSet.of("inspector", "auditor", "comptroller");
    /** What an inspection finds none of: "found no irregularities", "found no evidence of tampering". */
    private static final Set<String> FAULTS = WordSet.of("irregularities", "irregularity", "wrongdoing", "misconduct",
            "evidence", "fault", "faults", "defect", "defects", "breach", "breaches", "violation", "violations",
            "deficiencies", "errors");
    /** Words between "no" and the fault: "no further safety defects". */
    private static final int FAULT_MODIFIERS = 2;
    private static final Set<String> NOUN_PREPOSITIONS = WordSet.of("of", "in", "into", "on", "at", "for", "with", "from",
            "to", "by", "about", "over", "under", "through", "without");

    /**
     * "showed no reaction as the verdicts were read": a clause these open after the object of "show" or "find" is the
     * narrator's time or reason, no finding. After "feel" a view may run on ("felt she wasn't taken seriously because
     * she lacked ..."), so it is left there.
     */
    private static final Set<String> ADVERBIAL_OPENERS = WordSet.of("as", "when", "while", "because", "until");

    /** "shows bias when it comes to ...": the idiom names a topic, no time. */
    private static boolean regarding(List<Token> t, int k, int end) {
        return k + 2 < end && t.get(k).is("when") && t.get(k + 1).is("it")
                && (t.get(k + 2).is("comes") || t.get(k + 2).is("came"));
    }

    /** Where a state shows: "it shows in her eyes", "it showed on his face". */
    private static final Set<String> SEEN_IN = WordSet.of("in", "on");

    /** "maintained this faith even though it's ...": a concession after the object opens no clause of the view. */
    private static final Set<String> CONCESSIVES = WordSet.of("even", "though", "although", "despite");

    private final Lexicon lexicon;

    FindingSense(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "found that ...", "the audit found gaps", "polls showed Clinton leading", "Inspectorate finds breaches", "Inspector
     * General finds": a clause, a quotation, a document or an examining body or office as subject. "Police found a body in the river" reports an object,
     * not a finding.
     */
    boolean reportsFinding(AnnotatedDocument doc, int i, int next, Sentence s) {
        List<Token> t = doc.tokens;
        if (i > s.firstToken() && EXAMINERS.contains(t.get(i - 1).lower())
                || i - 1 > s.firstToken() && t.get(i - 1).is("general") && GENERAL_EXAMINERS.contains(t.get(i - 2).lower())) {
            return true;
        }
        if (faultsDenied(t, i, next, s)) {
            return true;
        }
        // The document heads the clause's subject, which may be long ("A poll of likely voters released on Tuesday
        // showed"); an infinitive's "to" ("the email asked aides to help find a job") or a semicolon is its edge.
        for (int k = i - 1; k >= Math.max(s.firstToken(), i - Windows.CLAUSE_SUBJECT_TOKENS) && !t.get(k).is(";")
                && !infinitiveMarker(t, k, i); k--) {
            if (lexicon.documents.contains(Mentions.possessiveStem(t.get(k).lower()))) {
                return true;
            }
        }
        // "exit polling shows he won": a clause whose subject follows the verb.
        return !countedRelative(t, next, s) && (clauseFollows(doc, next, s, false) || BareClause.opensAt(t, next, s));
    }

    /**
     * "The Agency found no irregularities", "the inspectors found no safety defects": no fault found, whoever looked, is
     * the finding of an inspection (round 60's writer: a finding with a noun object is the finder's); "found no one at
     * home", "found a defect" and a verb coordinated inside another's clause ("said the line is inspected weekly and
     * had found no defects") are left.
     */
    private static boolean faultsDenied(List<Token> t, int i, int next, Sentence s) {
        if (!t.get(i).lower().startsWith("f") || next >= s.endToken() || !t.get(next).is("no")) {
            return false;
        }
        int subject = i - 1;
        while (subject > s.firstToken() && FunctionWords.FINITE_AUXILIARIES.contains(t.get(subject).lower())) {
            subject--;
        }
        if (subject < s.firstToken() || !t.get(subject).isWord() || FunctionWords.COORDINATORS.contains(t.get(subject).lower())) {
            return false;
        }
        for (int k = next + 1; k < Math.min(s.endToken(), next + 1 + FAULT_MODIFIERS + 1); k++) {
            if (FAULTS.contains(t.get(k).lower())) {
                return true;
            }
            if (!t.get(k).isLowerWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "officials found three ballots that the scanners had rejected": a counted object and its relative clause; things
     * found, no finding (a document's or an examiner's count is taken above).
     */
    private static boolean countedRelative(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !CountedObjects.thingsCounted(t.get(next))) {
            return false;
        }
        for (int k = next + 1; k < Math.min(s.endToken(), next + 1 + Windows.COUNTED_OBJECT_WORDS); k++) {
            Token tok = t.get(k);
            if (FunctionWords.THING_RELATIVES.contains(tok.lower())) {
                return k > next + 1;
            }
            if (!tok.isWord() || tok.isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "has been up since dawn, and it shows in her eyes", "it shows only in the way she yawns": "it" before the verb and
     * a place after it, where a state can be seen; "it shows that ...", "it shows in detail how ..." still find.
     */
    static boolean stateSeen(List<Token> t, int i, int next, Sentence s) {
        int k = next < s.endToken() && t.get(next).is("only") ? next + 1 : next;
        if (i == s.firstToken() || !t.get(i - 1).is("it") || k >= s.endToken() || !SEEN_IN.contains(t.get(k).lower())) {
            return false;
        }
        for (int j = k; j < Math.min(s.endToken(), k + Windows.FINDING_CLAUSE_TOKENS); j++) {
            if (t.get(j).is("that") || FunctionWords.QUESTION_WORDS.contains(t.get(j).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * "to help" before the cue: the "to" of an infinitive whose subject is elsewhere; not "back to 1972", "according
     * to the poll", nor the cue's own ("polls continue to show").
     */
    private static boolean infinitiveMarker(List<Token> t, int k, int cue) {
        if (!t.get(k).is("to")) {
            return false;
        }
        Token next = t.get(k + 1);
        return k + 1 < cue && next.isLowerWord() && !PhraseShapes.isArticle(next.lower())
                && !FunctionWords.DEMONSTRATIVES.contains(next.lower());
    }

    /**
     * "Y, a study by the council found.": closing its sentence after a comma and its subject, the verb has its
     * finding before it; "called in to a radio show." has no comma, "the show." is the noun. {@code after} is null
     * at the end of a headline. "Y, official results showed Monday, ending ...", "Y, preliminary results showed, but
     * ..." close the clause with the verb and its day.
     */
    static boolean closesAfterComma(List<Token> t, int i, Token after, Sentence s) {
        if (after != null && !closesClause(t, i + 1, s) || i == s.firstToken() || PhraseShapes.isArticle(t.get(i - 1).lower())) {
            return false;
        }
        for (int k = i - 1; k > Math.max(s.firstToken(), i - Windows.CLAUSE_SUBJECT_TOKENS); k--) {
            if (t.get(k).is(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentence ends at {@code next}, or, after a past ("showed", "found"; "a radio show," is the noun), a comma
     * follows there or after a day.
     */
    private static boolean closesClause(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || t.get(next).closesSentence()) {
            return true;
        }
        String verb = t.get(next - 1).lower();
        int k = Mentions.isDateWord(t.get(next).lower()) ? next + 1 : next;
        return (verb.equals("showed") || verb.equals("found")) && (k >= s.endToken() || t.get(k).closesSentence() || t.get(k).is(","));
    }

    /** "maintained his innocence": the one object of "maintain" that is itself a claim. */
    static boolean innocence(List<Token> t, int next, Sentence s) {
        for (int k = next; k < Math.min(s.endToken(), next + 2); k++) {
            if (t.get(k).is("innocence")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the object of "maintain" ends: "maintained the image of a leader that ...", "maintained working contacts
     * with both sides “at every stage”": past the object's head a clause or a quotation is the object's own, no view
     * held; "maintained “regular telephone contacts”" quotes the state kept. An adjunct first ("maintained in a
     * statement that") leaves the whole clause.
     */
    static int keptObjectEnd(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || NOUN_PREPOSITIONS.contains(t.get(next).lower())) {
            return s.endToken();
        }
        if (t.get(next).type() == Token.Type.QUOTE && quotedPhrase(t, next, s)) {
            return next;
        }
        for (int k = next + 1; k < Math.min(s.endToken(), next + Windows.FINDING_CLAUSE_TOKENS); k++) {
            String lower = t.get(k).lower();
            if (NOUN_PREPOSITIONS.contains(lower) || CONCESSIVES.contains(lower)) {
                return k;
            }
        }
        return s.endToken();
    }

    /**
     * A quotation opening at {@code k} that is a short noun phrase: a lower-case first word, no verb of a clause and
     * no subject pronoun, closed within a few words ("“regular telephone contacts”"). "“we did nothing wrong”" is a
     * clause.
     */
    private static boolean quotedPhrase(List<Token> t, int k, Sentence s) {
        if (k + 1 >= s.endToken() || !t.get(k + 1).isWord() || t.get(k + 1).isCapitalized()) {
            return false;
        }
        for (int j = k + 1; j < Math.min(s.endToken(), k + 2 + Windows.QUOTED_PHRASE_WORDS); j++) {
            Token tok = t.get(j);
            if (tok.type() == Token.Type.QUOTE) {
                return true;
            }
            if (!tok.isWord() || FunctionWords.FINITE_AUXILIARIES.contains(tok.lower()) || FunctionWords.SUBJECT_PRONOUNS.contains(tok.lower())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a clause or a quotation opens within a few words from {@code next}, before the clause ends;
     * {@code stateObject}: the verb is one of holding a view ("maintain", "feel"), whose object may be a state.
     */
    static boolean clauseFollows(AnnotatedDocument doc, int next, Sentence s, boolean stateObject) {
        return clauseFollows(doc, next, s.endToken(), stateObject);
    }

    /**
     * "submitted that higher port dues, the main option put to the Committee, would cost 900 jobs": the subject after
     * "that" and an aside set off by commas, then the clause's verb; "accepted that offer, the largest in years, in
     * June" has none.
     */
    static boolean clauseAfterAside(AnnotatedDocument doc, int next, Sentence s) {
        List<Token> t = doc.tokens;
        int end = s.endToken();
        int open = next;
        while (open < Math.min(end, next + Windows.FINDING_CLAUSE_TOKENS) && t.get(open).isWord()) {
            open++;
        }
        if (open == next || open >= end || !t.get(open).is(",")) {
            return false;
        }
        for (int close = open + 1; close < Math.min(end, open + Windows.ASIDE_TOKENS); close++) {
            if (t.get(close).is(",")) {
                return close > open + 1 && clauseFollows(doc, close + 1, end, false);
            }
        }
        return false;
    }

    /** {@link #clauseFollows(AnnotatedDocument, int, Sentence, boolean)} with the scan ending before {@code end}. */
    static boolean clauseFollows(AnnotatedDocument doc, int next, int end, boolean stateObject) {
        List<Token> t = doc.tokens;
        for (int k = next; k < Math.min(end, next + Windows.FINDING_CLAUSE_TOKENS); k++) {
            Token tok = t.get(k);
            String lower = tok.lower();
            // After "maintain" or "feel", an "-ed" or "-ing" word after a determiner or a preposition is an adjective
            // or a gerund in a state held, no clause's verb: "maintains a commanding lead", "an energetic pace into
            // advanced age"; after a possessive it is a noun for every verb ("found his footing", "showed her
            // breeding"). After "show" and "find" the object is otherwise left as it was: PolNeAR counts "showed no
            // sign of backing down" and "found widespread support among ..." (measured: dev -2 matches, train -12).
            if (tok.is("that") || tok.is(":") || tok.type() == Token.Type.QUOTE || FunctionWords.FINITE_AUXILIARIES.contains(lower)
                    || k > next && tok.isLowerWord() && lower.length() > 5
                    && (lower.endsWith("ed") || lower.endsWith("ing"))
                    && !FunctionWords.POSSESSIVES.contains(t.get(k - 1).lower())
                    && !(stateObject && (PhraseShapes.isArticle(t.get(k - 1).lower())
                            || NOUN_PREPOSITIONS.contains(t.get(k - 1).lower())))) {
                return true;
            }
            if (tok.is(",") || tok.is(".") || tok.is(";") || !stateObject && k > next && ADVERBIAL_OPENERS.contains(lower)
                    && !regarding(t, k, end)) {
                return false;
            }
        }
        return false;
    }
}
