package io.claimtrack.ingest.extract;

import java.util.Set;

/**
 * A page's title line read as a statement: "Poll: Voters Abandon the Party.", and the speaker named before a topic
 * ("Holm on the Harbour Plan: ..."); part of {@link SpeakerColonStage}.
 */
final class TitleTopicSpeaker {

    /** Words between a title's speaker and its topic: "Holm on ...:", "Holm to ...:", "Holm at ...:". */
    private static final Set<String> TOPIC_PREPOSITIONS = WordSet.of("on", "to", "at");

    private TitleTopicSpeaker() {
    }

    /**
     * "Holm on the Harbour Plan: Y", "Holm to Pilots: Y", "Former Mayor Holm at the Council: Y": a title whose
     * speaker is named before what or whom the words are about; the title after the colon is the speaker's.
     */
    static void speakerBeforeTopic(AttributionContext ctx, Sentence s, int title) {
        int i = s.firstToken();
        int last = Math.min(s.endToken() - 2, i + Windows.TITLE_TOPIC_TOKENS);
        int preposition = -1;
        for (int k = i + 1; k <= last; k++) {
            Token t = ctx.tokens.get(k);
            if (t.is(":")) {
                if (preposition > 0 && ctx.mentions.scanRight(i, preposition) == preposition && titleStatement(ctx, s, k, title)) {
                    Mention m = ctx.mentions.build(i, preposition);
                    if (m != null && m.hasName() && (m.kind() == SpeakerKind.PERSON || m.kind() == SpeakerKind.ORGANIZATION)) {
                        Turns.add(ctx, m, k + 1, s.block(), s.block(), 0.7);
                    }
                }
                return;
            }
            if (preposition < 0 && TOPIC_PREPOSITIONS.contains(t.lower())) {
                preposition = k;
            } else if (preposition < 0 && !t.isCapitalized()) {
                return;
            }
        }
    }

    /** "Poll: Voters Abandon the Party." as the page's first line; "Anna Holm: a life in the harbour." is a book title. */
    static boolean titleStatement(AttributionContext ctx, Sentence s, int colon, int title) {
        Token first = ctx.tokens.get(colon + 1);
        return s.block() == title && (first.isCapitalized() || first.type() == Token.Type.QUOTE);
    }
}
