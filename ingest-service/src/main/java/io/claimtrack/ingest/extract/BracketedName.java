package io.claimtrack.ingest.extract;

/**
 * "The Chair (Ms. Ada Lind):", "The Deputy Speaker (Mr. Tor Vik):": a hearing's label of an office with its holder's
 * name in brackets speaks as that person. "Hon. Ada Lind (Minister of Health):" names the speaker first, and keeps it.
 */
final class BracketedName {

    private BracketedName() {
    }

    /** The person named in brackets between the label's words {@code [from, labelEnd)} and its colon; else {@code label}. */
    static Mention of(AttributionContext ctx, Lexicon lexicon, Mention label, int from, int labelEnd, int colon) {
        if (labelEnd + 2 >= colon) {
            return label;
        }
        for (int k = from; k < labelEnd; k++) {
            String w = ctx.tokens.get(k).lower();
            if (!Lexicon.ARTICLES.contains(w) && !lexicon.isRoleWord(w)) {
                return label;
            }
        }
        Mention named = ctx.mentions.build(labelEnd + 1, colon - 1);
        return named != null && named.kind() == SpeakerKind.PERSON && named.hasName() ? named : label;
    }
}
