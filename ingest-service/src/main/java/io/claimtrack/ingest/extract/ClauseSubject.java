package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The whole subject of a clause whose verb is a cue, when the speaker phrase scan stops short of it:
 * coordinated heads ("Federal and state officials said"), a prepositional tail ("Experts on North Korea and
 * nuclear arms said"), a reduced or full relative clause ("A study released Tuesday by the institute shows",
 * "A 2014 study that appeared in a journal found", "All the experts I interviewed said"), a bare plural
 * ("But environmentalists worry that"). Everything from where the clause's subject starts to the cue must
 * read as one noun phrase: no finite verb outside a relative clause, no punctuation, no cue of its own, and
 * a head that can speak (a speaker noun, a plural, a name).
 */
final class ClauseSubject {

    /** Finite verbs and modals: a subject holding one outside a relative clause is a clause of its own. */
    /** With "'s", which is "is" or "has" after a subject: "the plan's dead". */
    static final Set<String> FINITE = WordSet.union(List.of(FunctionWords.FINITE_AUXILIARIES), "'s", "’s");
    static final Set<String> RELATIVES = WordSet.of("that", "who", "which", "whom", "whose");
    static final Set<String> CLAUSE_OPENERS = WordSet.of("but", "and", "so", "yet");
    /**
     * Words that open an adverbial clause with its own subject; not "as" (an as-clause has its own shapes) nor "until",
     * whose clause's words are still to come ("Until officials say it is safe, ...").
     */
    private static final Set<String> ADVERBIAL_CLAUSE_OPENERS = WordSet.without(FunctionWords.SUBORDINATORS, "until");

    private final Lexicon lexicon;
    private final SubjectPhrase phrase;

    ClauseSubject(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.phrase = new SubjectPhrase(lexicon);
    }

    /** The speaker that is the whole subject of the clause the cue is the verb of, or null. */
    Mention of(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> t = ctx.tokens;
        // "Q (NAME, Outlet): Minister, parents' groups in X say A" asks the minister; the groups are the subject.
        int address = QuestionAddress.end(ctx, s);
        int start = OpeningAdverbials.subjectStart(t, address < 0 ? s.firstToken() : address, cue.firstToken());
        if (start < cue.firstToken() && CLAUSE_OPENERS.contains(t.get(start).lower())) {
            start++;
        }
        if (start + 1 < cue.firstToken() && ADVERBIAL_CLAUSE_OPENERS.contains(t.get(start).lower())
                && !coordinated(t, start + 1, cue.firstToken())) {
            // "Though executives who have worked with him say ..., they ...": the adverbial clause's own subject.
            // "Although the agency declined to comment and aides said" holds two clauses.
            start++;
        }
        return from(ctx, cue, s, start);
    }

    /**
     * The subject of a second clause joined to the sentence by a comma and a conjunction, or by a semicolon,
     * when the cue is its verb: "Obama said the reforms were incomplete, and rights groups warned that ...".
     * A bare common noun there is a speaker just as at the sentence's start.
     */
    Mention afterConjunction(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> t = ctx.tokens;
        int first = s.firstToken();
        for (int k = cue.firstToken() - 1; k > first + 1 && cue.firstToken() - k <= Windows.CLAUSE_SUBJECT_TOKENS; k--) {
            Token tok = t.get(k);
            if (tok.is(";") || FunctionWords.COORDINATORS.contains(tok.lower()) && t.get(k - 1).is(",")) {
                return k + 1 < cue.firstToken() ? from(ctx, cue, s, k + 1) : null;
            }
            if (tok.type() == Token.Type.PUNCT || tok.type() == Token.Type.QUOTE || SubjectPhrase.PERSONAL_PRONOUNS.contains(tok.lower())
                    || FunctionWords.POSSESSIVES.contains(tok.lower())) {
                // A pronoun subject is the speaker phrases' to find; "he trails pledged delegates" and "train his
                // eyes" are no speaker at all.
                return null;
            }
        }
        return null;
    }

    private Mention from(AttributionContext ctx, Cue cue, Sentence s, int start) {
        List<Token> t = ctx.tokens;
        int last = ClauseShapes.skipAdverbsLeft(t, ClauseShapes.infinitiveAfter(t,
                ClauseShapes.skipAdverbsLeft(t, cue.firstToken() - 1, start), start), start);
        last = ClauseShapes.skipAdverbsLeft(t, ReportedContent.beforeTimePhrase(t, last, start), start);
        return phrase.read(ctx, s.firstToken(), start, Datelines.closesDate(t, last, start) ? last - 1 : last, true);
    }

    /**
     * Token {@code k} is a finite verb or modal; not a capitalised one after a lower-case word, which is the month
     * ("an audit completed in May").
     */
    static boolean finiteAt(List<Token> t, int k, int from) {
        Token tok = t.get(k);
        return FINITE.contains(tok.lower()) && !(k > from && tok.isCapitalized() && !tok.isAllCaps()
                && t.get(k - 1).isLowerWord());
    }

    private static boolean coordinated(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (FunctionWords.COORDINATORS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
