package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "said Councillor Ivy Lane, who wrote the bylaw.", "Lund, who has written the club's rules, voted no": writing a
 * text named by its determiner, in a who-clause, is background on the writer, authorship, not speech. "who wrote that
 * the bylaw was weak", "who wrote the bylaw was weak" and "who wrote in a letter that" give words and are left.
 */
final class AuthoredText {

    private AuthoredText() {
    }

    /** Whether the cue at token {@code i}, a form of "write", names only a text written in a who-clause. */
    static boolean at(ObjectSense objects, List<Token> t, int i, Sentence s) {
        String w = t.get(i).lower();
        int next = i + 1;
        if (!w.equals("wrote") && !w.equals("written") || next >= s.endToken() || !t.get(next).in(WordClass.DETERMINER)
                || !NothingSaid.subjectRelative(t, i, s)) {
            return false;
        }
        for (int k = next + 1; k < Math.min(s.endToken(), next + 1 + Windows.MEDIUM_MODIFIER_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.is(",") || tok.is(".") || tok.is(";") || tok.is(")")) {
                return k > next + 1;
            }
            // "the club's rules": a possessive's mark is no verb.
            boolean possessive = tok.is("'s") || tok.is("’s");
            // "who wrote the profile on Boyle, ...": a text with its topic is left (PolNeAR marks one).
            if (!tok.isWord() && !possessive || objects.wordsFollow(tok) || FunctionWords.FINITE_AUXILIARIES.contains(tok.lower())
                    || tok.in(WordClass.PREPOSITION)) {
                return false;
            }
        }
        return false;
    }
}
