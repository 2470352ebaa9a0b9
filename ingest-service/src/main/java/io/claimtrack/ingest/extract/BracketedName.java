package io.claimtrack.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "The Chair (Ms. Ada Lind):", "The Deputy Speaker (Mr. Tor Vik):": a hearing's label of an office with its holder's
 * name in brackets speaks as that person, and so does the same label bare later in the transcript ("THE CHAIR:" after
 * "THE CHAIR (Councillor Ada Lind):"). "Hon. Ada Lind (Minister of Health):" names the speaker first, and keeps it.
 * One per document: it remembers the names the labels were given.
 */
final class BracketedName {

    /** The holder each office label (lower case) was given in brackets so far. */
    private final Map<String, Mention> holders = new HashMap<>();

    /** The person named in brackets between the label's words {@code [from, labelEnd)} and its colon, or given to the same label before; else {@code label}. */
    Mention of(AttributionContext ctx, Lexicon lexicon, Mention label, int from, int labelEnd, int colon) {
        for (int k = from; k < labelEnd; k++) {
            String w = ctx.tokens.get(k).lower();
            if (!Lexicon.ARTICLES.contains(w) && !lexicon.isRoleWord(w)) {
                return label;
            }
        }
        String office = ctx.doc.text(ctx.tokens.get(from).start(), ctx.tokens.get(labelEnd - 1).end()).toLowerCase(Locale.ROOT);
        if (labelEnd == colon) {
            return holders.getOrDefault(office, label);
        }
        if (labelEnd + 2 >= colon) {
            return label;
        }
        Mention named = ctx.mentions.build(labelEnd + 1, colon - 1);
        if (named == null || named.kind() != SpeakerKind.PERSON || !named.hasName()) {
            return label;
        }
        holders.put(office, named);
        return named;
    }
}
