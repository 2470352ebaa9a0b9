package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Trustee Vance said she supported the plan but was worried that the buses would run late": after a verb of saying
 * whose clause opens with a personal pronoun or a body's description ("the ministry"), a copula after "but" or "and"
 * goes on with that clause's subject, so the belief it states ("was worried that") is part of what was said, not a
 * second statement. "said the plan was sound but warned that ..." (a verb of the speaker's own) is left to
 * {@link CueStatement}. So is a participle coordinated in a passive: "said the appeals were heard and rejected".
 */
final class ReportedClausePredicate {

    /** Auxiliaries of a passive: "were reviewed and rejected". */
    private static final Set<String> PASSIVE = WordSet.of("was", "were", "is", "are", "be", "been", "being");

    private ReportedClausePredicate() {
    }

    /** Whether the cue after the conjunction at {@code conjunction} goes on with an earlier reported clause's subject. */
    static boolean continues(AttributionContext ctx, Cue cue, Sentence s, int conjunction) {
        List<Token> t = ctx.tokens;
        if (passiveCoordinate(ctx, cue, s, conjunction)) {
            return true;
        }
        if (!t.get(conjunction).is("but") && !t.get(conjunction).is("and") || conjunction + 1 >= cue.endToken()
                || !FunctionWords.BE_FORMS.contains(t.get(conjunction + 1).lower())) {
            return false;
        }
        for (int k = s.firstToken(); k < conjunction; k++) {
            Cue said = ctx.cueAt[k];
            if (said != null && said.kind() == Lexicon.CueKind.VERB) {
                int subject = said.endToken() < conjunction && t.get(said.endToken()).is("that") ? said.endToken() + 1 : said.endToken();
                return subject < conjunction && (FunctionWords.SPEAKING_PRONOUNS.contains(t.get(subject).lower())
                        || describedBody(t, subject, conjunction));
            }
        }
        return false;
    }

    /**
     * "said that she agreed with the previous speaker and that the lane floods", "Others said they agreed with the
     * decision": an agreement whose pronoun opens the clause of the verb of saying right before it is what that verb
     * reports, no second statement of the same speaker's.
     */
    static boolean agreementSaid(AttributionContext ctx, Cue cue, Sentence s) {
        List<Token> t = ctx.tokens;
        int pronoun = cue.firstToken() - 1;
        if (pronoun - 1 <= s.firstToken() || cue.endToken() >= s.endToken() || !t.get(cue.firstToken()).lower().startsWith("agree")
                || !t.get(cue.endToken()).is("with") || !FunctionWords.SPEAKING_PRONOUNS.contains(t.get(pronoun).lower())) {
            return false;
        }
        int verb = t.get(pronoun - 1).is("that") ? pronoun - 2 : pronoun - 1;
        Cue said = verb >= s.firstToken() ? ctx.cueAt[verb] : null;
        return said != null && said.kind() == Lexicon.CueKind.VERB && said.endToken() == verb + 1
                && FunctionWords.SAY_TELL.contains(t.get(verb).lower());
    }

    /**
     * "said that the government supported the amendment but was concerned that ...": a body's definite description, as
     * a pronoun, can hold the belief after the copula.
     */
    private static boolean describedBody(List<Token> t, int subject, int conjunction) {
        return subject + 2 < conjunction && t.get(subject).is("the") && Lexicon.get().organizations.contains(t.get(subject + 1).lower());
    }

    /**
     * "said the appeals were heard and rejected because ...": a participle in -ed after "and" that shares a passive
     * auxiliary with the participle before the conjunction, inside the clause of an earlier verb of saying, is that
     * clause's verb too, no second statement of the speaker's; "suggested the referee be suspended and defended the
     * coach" has an object and stays the speaker's.
     */
    private static boolean passiveCoordinate(AttributionContext ctx, Cue cue, Sentence s, int conjunction) {
        List<Token> t = ctx.tokens;
        int before = conjunction - 1;
        if (!t.get(conjunction).is("and") && !t.get(conjunction).is("or") || cue.firstToken() != conjunction + 1
                || !t.get(cue.firstToken()).lower().endsWith("ed") || before - 1 <= s.firstToken()
                || !participle(t.get(before)) || !PASSIVE.contains(t.get(before - 1).lower()) || objectAfter(t, cue, s)) {
            return false;
        }
        for (int k = s.firstToken(); k < before - 1; k++) {
            Cue said = ctx.cueAt[k];
            if (said != null && said.kind() == Lexicon.CueKind.VERB) {
                return true;
            }
        }
        return false;
    }

    /** "and welcomed the decision": an object after the verb makes it active, the speaker's own. */
    private static boolean objectAfter(List<Token> t, Cue cue, Sentence s) {
        if (cue.endToken() >= s.endToken()) {
            return false;
        }
        Token next = t.get(cue.endToken());
        return next.isCapitalized() || FunctionWords.ARTICLES_OR_POSSESSIVES.contains(next.lower())
                || FunctionWords.OBJECT_PRONOUNS.contains(next.lower()) || next.is("that");
    }

    private static boolean participle(Token tok) {
        String w = tok.lower();
        return tok.isLowerWord() && (w.endsWith("ed") || w.endsWith("en") || Lexicon.get().isIrregularPast(w));
    }
}
