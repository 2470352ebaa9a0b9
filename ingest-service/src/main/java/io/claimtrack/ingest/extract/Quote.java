package io.claimtrack.ingest.extract;

/** A quotation, marks included: {@code [start, end)}; may cross sentences and paragraphs. */
public record Quote(int start, int end) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
