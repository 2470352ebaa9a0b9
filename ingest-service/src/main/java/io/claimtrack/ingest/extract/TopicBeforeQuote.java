package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Vik said of the mayor: “She never listens.”", "Lund added about the ferry: “It is late.”": whom or what the
 * quotation is about stands between the cue and a colon; what was said is the quotation after the colon.
 */
final class TopicBeforeQuote {

    private static final Set<String> TOPIC_PREPOSITIONS = WordSet.of("of", "about");

    private TopicBeforeQuote() {
    }

    /** The token after the colon when {@code i} opens such a topic and a quotation follows the colon; else -1. */
    static int start(List<Token> tokens, int i, int end) {
        if (i + 2 >= end || !TOPIC_PREPOSITIONS.contains(tokens.get(i).lower())) {
            return -1;
        }
        for (int k = i + 1; k + 1 < end && k - i <= Windows.PHRASE_TOKENS; k++) {
            Token t = tokens.get(k);
            if (t.is(":")) {
                return k > i + 1 && tokens.get(k + 1).type() == Token.Type.QUOTE ? k + 1 : -1;
            }
            if (!t.isWord() && !t.is("'s") && !t.is("’s") && !t.is(".") || ReportedContent.isClauseVerb(t)) {
                // A clause or a break before any colon: the words are what was said, not whom it was about.
                return -1;
            }
        }
        return -1;
    }
}
