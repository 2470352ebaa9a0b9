package io.claimtrack.ingest.extract;

import java.util.Locale;

/**
 * A headline's label over a clause of its own: "Moravel: Rights panel condemns arrests of journalists" heads a
 * rights body's press release with the country it is about, as a dateline heads a wire; the clause after the colon has
 * its own subject and headline verb, so the label says nothing. "Holm: The pier will reopen in May" has no verb of
 * saying after its colon and stays a speaker's label. A report's title line over its topic ({@link #topic}) says nothing
 * either. Read by {@link SpeakerColonStage}.
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
        if (block.kind() != Block.Kind.HEADLINE) {
            return false;
        }
        if (label.kind() != SpeakerKind.PERSON && belowTitle(block) && topic(ctx, colon, end)) {
            return true;
        }
        if (!ownClause(ctx, colon, end)) {
            return false;
        }
        if (surnames == null) {
            surnames = new Surnames(doc.names);
        }
        return label.kind() != SpeakerKind.PERSON
                || label.text().indexOf(' ') < 0 && surnames.fullBearers(label.text().toLowerCase(Locale.ROOT)) == 0;
    }

    /** A line under the page's first: a report's title stands below its office's name and its number. */
    private boolean belowTitle(Block block) {
        return !doc.sentences.isEmpty() && block.start() > doc.block(doc.sentences.get(0).block()).start();
    }

    /**
     * "Kestrel Water Board: disclosure of customer meter data": a report's title line names the body it is about and
     * a nominalised topic ("use of", "handling of"), with no verb or cue within {@link Windows#PHRASE_TOKENS}
     * words; "Union: strike to go on" has no "of" after its first word and stays the union's, and so does "Union: end of
     * strike in sight" as a page's first line, a headline.
     */
    private static boolean topic(AttributionContext ctx, int colon, int end) {
        if (colon + 2 >= end || !ctx.tokens.get(colon + 1).isLowerWord() || !ctx.tokens.get(colon + 2).is("of")) {
            return false;
        }
        for (int k = colon + 1; k < end; k++) {
            Token t = ctx.tokens.get(k);
            if (k - colon > Windows.PHRASE_TOKENS || ctx.cueAt[k] != null
                    || FunctionWords.FINITE_AUXILIARIES.contains(t.lower()) || t.is(".") || t.is("?")) {
                return false;
            }
        }
        return true;
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
