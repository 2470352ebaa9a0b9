package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A congressional record's turn labels: "The CHAIRMAN.", "Ms. ASARE-KOVAC.", "Senator HARTIGAN-ROE.", a title and a
 * name in capitals closed by a period, a sentence of its own opening the paragraph whose rest is the turn. Read by
 * {@link SpeakerColonStage} beside the colon labels; a text needs two labelled paragraphs to be a transcript.
 */
final class RecordLabels {

    /** What opens such a label: the chair's article or a member's title. */
    private static final Set<String> OPENERS = WordSet.of("the", "mr", "ms", "mrs", "dr", "miss", "senator", "representative",
            "delegate", "commissioner");

    private RecordLabels() {
    }

    /** The index of the period closing the sentence's record label, or -1. */
    static int end(AttributionContext ctx, Sentence s) {
        List<Token> tokens = ctx.tokens;
        Block block = ctx.doc.block(s.block());
        int first = s.firstToken();
        int period = s.endToken() - 1;
        if (s.start() != block.start() || block.kind() != Block.Kind.PARAGRAPH || s.end() >= block.end()
                || period - first < 2 || period - first > Windows.COLON_LABEL_TOKENS || !tokens.get(period).is(".")
                || !tokens.get(first).isCapitalized() || !OPENERS.contains(tokens.get(first).lower())) {
            return -1;
        }
        int k = tokens.get(first + 1).is(".") ? first + 2 : first + 1;
        if (k >= period) {
            return -1;
        }
        for (; k < period; k++) {
            if (!tokens.get(k).isAllCaps() && !tokens.get(k).is("-")) {
                return -1;
            }
        }
        return period;
    }
}
