package io.claimtrack.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared document model of the analysis chain. The text never changes; stages append
 * annotations (blocks, sentences, tokens, quotes, cues, attributions) that point into it by offset.
 */
public final class AnnotatedDocument {

    public final String text;
    /** Publication date given by the caller, used to anchor relative dates; may be null. */
    public final LocalDate published;
    public final List<Block> blocks = new ArrayList<>();
    public final List<Sentence> sentences = new ArrayList<>();
    public final List<Token> tokens = new ArrayList<>();
    public final List<Quote> quotes = new ArrayList<>();
    public final List<Cue> cues = new ArrayList<>();
    public final List<Attribution> attributions = new ArrayList<>();
    public Dateline dateline;
    /** Index of the block holding the document title, or -1. */
    public int titleBlock = -1;

    public AnnotatedDocument(String text, LocalDate published) {
        this.text = text;
        this.published = published;
    }

    public String text(int start, int end) {
        return text.substring(start, end);
    }

    public Block block(int index) {
        return blocks.get(index);
    }

    public String blockText(int index) {
        Block b = blocks.get(index);
        return text.substring(b.start(), b.end());
    }

    /** The quotation containing this offset, or null. */
    public Quote quoteAt(int offset) {
        // Quotations are sorted and never overlap: binary search for the last one starting at or before offset.
        int lo = 0;
        int hi = quotes.size() - 1;
        Quote found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quote q = quotes.get(mid);
            if (q.start() <= offset) {
                found = q;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && found.contains(offset) ? found : null;
    }

    /** Index of the first quotation ending after {@code offset}. */
    public int firstQuoteEndingAfter(int offset) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence containing this offset, or null. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    /** The date that anchors "on Tuesday": the dateline's, else the publication date. */
    public LocalDate anchorDate() {
        return dateline != null && dateline.date() != null ? dateline.date() : published;
    }
}
