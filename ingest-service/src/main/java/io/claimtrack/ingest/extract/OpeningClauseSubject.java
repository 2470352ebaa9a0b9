package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * The subject of an adverbial clause that opens the sentence ({@link FrontedClause}), for a verb of saying coordinated
 * inside it: in "Though she called the fees “outrageous” and called for a refund, Aske left" and "When Holm mentioned
 * the storm and said he would stay, the crowd cheered" the verb after "and" is the clause subject's second; the
 * sentence's own subject comes only after the clause's comma.
 */
final class OpeningClauseSubject {

    /** Subordinators of what is only supposed: "If Holm wins and says ..." has said nothing yet. */
    private static final Set<String> SUPPOSING = WordSet.of("if", "unless");

    private OpeningClauseSubject() {
    }

    /** The opening clause's subject when {@code conjunction} lies inside that clause, before its comma; else null. */
    static Mention of(AttributionContext ctx, SentenceSubjects subjects, Sentence s, int conjunction) {
        List<Token> tokens = ctx.tokens;
        int opener = Datelines.afterDateline(tokens, s.firstToken(), conjunction);
        if (opener + 1 >= conjunction || conjunction - opener > Windows.ADVERBIAL_CLAUSE_TOKENS
                || SUPPOSING.contains(tokens.get(opener).lower()) || !FrontedClause.holds(ctx, s.firstToken(), conjunction)) {
            return null;
        }
        // "Although the board doesn’t track delays and has said": a negated auxiliary ends the subject.
        int verb = opener + 2;
        while (verb < conjunction && !PhraseShapes.negativeContraction(tokens.get(verb).lower()) && !tokens.get(verb).is("cannot")) {
            verb++;
        }
        return subjects.startingAt(ctx, opener + 1, verb);
    }
}
