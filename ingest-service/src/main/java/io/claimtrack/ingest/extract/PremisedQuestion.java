package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A question put after a premise set off by commas: "asked the Minister, further to the warning by the union that ten
 * depots could close, what support ...". The premise is read within {@link Windows#ADVERBIAL_PHRASE_TOKENS}, the
 * longest phrase of circumstance; a quotation or a clause's end inside it is no premise.
 */
final class PremisedQuestion {

    private PremisedQuestion() {
    }

    /** The comma that closes a premise opened at token {@code from}, the question word right after it; -1 if none. */
    static int end(List<Token> t, int from, Sentence s) {
        for (int k = from; k + 1 < Math.min(s.endToken(), from + Windows.ADVERBIAL_PHRASE_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.type() == Token.Type.QUOTE || tok.is(";") || tok.is(":")) {
                return -1;
            }
            if (k > from && tok.is(",") && FunctionWords.QUESTION_WORDS.contains(t.get(k + 1).lower())) {
                return k;
            }
        }
        return -1;
    }
}
