package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A poll or survey fronted with "In" is the source of the clause after its comma, as "according to" the poll
 * would be: "In a CBS News poll released Monday, 50 percent chose Holm", "In the latest surveys, Lund leads".
 * "In a memo released as polls closed, ..." names no poll (the poll word is past a clause word), and "In the
 * polls, anyway." holds no clause.
 */
final class PollFrame {

    private static final Set<String> POLLS = WordSet.of("poll", "polls", "survey", "surveys");

    private PollFrame() {
    }

    /** Whether the sentence opens at token {@code i} with "In" and a poll phrase closed by a comma before a clause. */
    static boolean opens(List<Token> t, int i, Sentence s) {
        return pollEnd(t, i, s) > 0;
    }

    /**
     * The index after the poll's own words when the sentence opens with a poll frame at token {@code i} ("In a CBS
     * poll" of "In a CBS poll released Monday, ..."), or -1.
     */
    static int pollEnd(List<Token> t, int i, Sentence s) {
        if (i != s.firstToken() || !t.get(i).is("in")) {
            return -1;
        }
        int poll = -1;
        for (int k = i + 1; k < Math.min(s.endToken(), i + Windows.POLL_PHRASE_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.is(",")) {
                return poll > 0 && s.endToken() - k > Windows.POLL_CLAUSE_TOKENS && !reports(t, k, s) ? poll + 1 : -1;
            }
            if (POLLS.contains(tok.lower())) {
                poll = poll < 0 ? k : poll;
            } else if (poll < 0 && (FunctionWords.NP_BREAKERS.contains(tok.lower()) && !(k == i + 1 && tok.is("this"))
                    || tok.type() == Token.Type.QUOTE)) {
                // "In a memo released as polls closed": the poll word is past a clause or another phrase; "In this
                // poll" names one.
                return -1;
            }
        }
        return -1;
    }

    /**
     * "In a poll released Monday, 79 percent said they ...": the respondents' own report is the statement (the
     * extractor takes it as theirs); a second one by the poll would claim the same words.
     */
    private static boolean reports(List<Token> t, int comma, Sentence s) {
        for (int k = comma + 1; k < s.endToken(); k++) {
            if (FunctionWords.SAY_TELL.contains(t.get(k).lower()) || t.get(k).is("found")) {
                return true;
            }
        }
        return false;
    }
}
