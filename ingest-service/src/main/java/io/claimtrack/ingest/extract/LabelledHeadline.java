package io.claimtrack.ingest.extract;

import java.util.Locale;

/**
 * A headline's label over a clause of its own: "Moravel: Rights panel condemns arrests of journalists" heads a
 * rights body's press release with the country it is about, as a dateline heads a wire; the clause after the colon has
 * its own subject and headline verb, so the label says nothing. "Holm: The pier will reopen in May" has no verb of
 * saying after its colon and stays a speaker's label. Read by {@link SpeakerColonStage}.
 */
final class LabelledHeadline {

    private final AnnotatedDocument doc;
    /** Read at the first headline label over a clause of its own. */
    private Surnames surnames;

    LabelledHeadline(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /**
     * Whether the label {@code label} before the colon at {@code colon} heads a headline whose words after the colon
     * are a subject followed by a headline's cue ("Rights panel condemns"), within
     * {@link Windows#HEADLINE_SPEAKER_TOKENS} words and before {@code end}. A person's name stays a label: "Lund: Norland
     * expects talks to resume" gives the minister's words with his country as their subject, and the story names him
     * in full ("Foreign Minister Per Lund").
     */
    boolean over(AttributionContext ctx, Block block, Mention label, int colon, int end) {
        if (block.kind() != Block.Kind.HEADLINE || !ownClause(ctx, colon, end)) {
            return false;
        }
        if (surnames == null) {
            surnames = new Surnames(doc.names);
        }
        return label.kind() != SpeakerKind.PERSON
                || label.text().indexOf(' ') < 0 && surnames.fullBearers(label.text().toLowerCase(Locale.ROOT)) == 0;
    }

    private static boolean ownClause(AttributionContext ctx, int colon, int end) {
        for (int k = colon + 1; k < end && k - colon <= Windows.HEADLINE_SPEAKER_TOKENS + 1; k++) {
            Token t = ctx.tokens.get(k);
            if (ctx.cueAt[k] != null) {
                // A headline's present tense: "urges", "says"; not a participle or a noun before it ("Rights, said").
                return k > colon + 1 && t.isLowerWord() && t.lower().endsWith("s");
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }
}
