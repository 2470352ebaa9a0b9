package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.StringJoiner;
import java.util.function.IntUnaryOperator;

/**
 * One attributed statement under construction. Stages fill it in: the attribution stage sets speaker
 * mention, cue and content; resolution sets the canonical speaker; the date stage sets the date.
 */
public final class Attribution {

    public enum Source { CUE, ACCORDING_TO, HEADLINE, BULLET, FOLLOW_ON, QUOTE_CUE,
        /** The subject's second verb of saying: "X said A and added that B". */
        SECOND_VERB,
        /** A participle clause after the subject's statement: "X said A, adding that B". */
        GERUND }

    public final Source source;
    public final Mention mention;
    public final String cue;
    public final int contentStart;
    public final int contentEnd;
    public final int block;
    /**
     * The speaker and cue set off inside the content ("The data, she said, arrived"), {@code [gapStart, gapEnd)}: no
     * part of what was said; -1 when none.
     */
    public int gapStart = -1;
    public int gapEnd = -1;
    /** The rule's prior until {@link ConfidenceStage} replaces it with the calibrated probability of being right. */
    public double confidence;
    public StatementType type;
    public String speaker;
    public String role;
    public SpeakerKind kind;
    public String date;
    public boolean nested;
    public String via;
    /** For a follow-on quote: the statement whose speaker it continues. */
    public Attribution antecedent;
    /** For a nested statement: the statement that reports it. */
    public Attribution outer;

    /** The speaker as the text names it; a follow-on quotation's is named where its antecedent's is; "" if nowhere. */
    public String mentionText() {
        Attribution named = this;
        while (named.mention == null && named.antecedent != null) {
            named = named.antecedent;
        }
        return named.mention == null ? "" : named.mention.text();
    }

    /** Whether {@code offset} falls inside the span of what was said, {@code [contentStart, contentEnd)}. */
    public boolean inContent(int offset) {
        return offset >= contentStart && offset < contentEnd;
    }

    /** One piece of what was said, {@code [start, end)} in the document's text. */
    public record Part(int start, int end) {
    }

    /**
     * What was said, in order: the whole span, or the pieces before and after an interrupting speaker and cue. The one
     * place the gap becomes offsets, for the content here and the API's parts alike.
     */
    public List<Part> parts() {
        return gapStart < 0 ? List.of(new Part(contentStart, contentEnd))
                : List.of(new Part(contentStart, gapStart), new Part(gapEnd, contentEnd));
    }

    /** What was said: the text of the span, less an interrupting speaker and cue, its parts joined by a space. */
    public String content(String text) {
        StringJoiner said = new StringJoiner(" ");
        for (Part p : parts()) {
            said.add(text.substring(p.start(), p.end()));
        }
        return said.toString();
    }

    /**
     * This attribution with its offsets moved by {@code at} and the given mention: every annotation is carried, so a
     * field added here cannot be forgotten by a caller. Links to other attributions are left for the caller to map.
     */
    Attribution moved(IntUnaryOperator at, Mention moved) {
        Attribution c = new Attribution(source, moved, cue, at.applyAsInt(contentStart), at.applyAsInt(contentEnd), block,
                confidence);
        if (gapStart >= 0) {
            c.gapStart = at.applyAsInt(gapStart);
            c.gapEnd = at.applyAsInt(gapEnd);
        }
        c.type = type;
        c.speaker = speaker;
        c.role = role;
        c.kind = kind;
        c.date = date;
        c.nested = nested;
        c.via = via;
        return c;
    }

    public Attribution(Source source, Mention mention, String cue, int contentStart, int contentEnd, int block,
            double confidence) {
        this.source = source;
        this.mention = mention;
        this.cue = cue;
        this.contentStart = contentStart;
        this.contentEnd = contentEnd;
        this.block = block;
        this.confidence = confidence;
        this.role = mention == null ? "" : mention.role();
        this.kind = mention == null ? SpeakerKind.PERSON : mention.kind();
    }
}
