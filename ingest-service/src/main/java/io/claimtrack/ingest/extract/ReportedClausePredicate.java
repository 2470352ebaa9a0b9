package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Trustee Vance said she supported the plan but was worried that the buses would run late": after a verb of saying
 * whose clause opens with a personal pronoun, a copula after "but" or "and" goes on with that clause's subject, so the
 * belief it states ("was worried that") is part of what was said, not a second statement. "said the plan was sound
 * but warned that ..." (a verb of the speaker's own) is left to {@link CueStatement}.
 */
final class ReportedClausePredicate {

    /** The pronouns that open the reported clause as its subject. */
    private static final Set<String> PERSONAL = WordSet.of("he", "she", "they", "we", "i");
    /** Copulas of a belief or feeling stated in the past or present: "was concerned", "is worried". */
    private static final Set<String> COPULAS = WordSet.of("was", "were", "is", "are");

    private ReportedClausePredicate() {
    }

    /** Whether the cue after the conjunction at {@code conjunction} goes on with an earlier reported clause's subject. */
    static boolean continues(AttributionContext ctx, Cue cue, Sentence s, int conjunction) {
        List<Token> t = ctx.tokens;
        if (!t.get(conjunction).is("but") && !t.get(conjunction).is("and") || conjunction + 1 >= cue.endToken()
                || !COPULAS.contains(t.get(conjunction + 1).lower())) {
            return false;
        }
        for (int k = s.firstToken(); k < conjunction; k++) {
            Cue said = ctx.cueAt[k];
            if (said != null && said.kind() == Lexicon.CueKind.VERB) {
                int subject = said.endToken() < conjunction && t.get(said.endToken()).is("that") ? said.endToken() + 1 : said.endToken();
                return subject < conjunction && PERSONAL.contains(t.get(subject).lower());
            }
        }
        return false;
    }
}
