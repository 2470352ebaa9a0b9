package io.claimtrack.gateway.model;

/**
 * One document of an {@link ExtractionBatch}: status 200 with its extraction, or the status, title and
 * detail that ingest-service would have answered for it alone.
 */
public record ExtractionOutcome(int status, Extraction extraction, String title, String detail) {

    public static ExtractionOutcome failed(int status, String title, String detail) {
        return new ExtractionOutcome(status, null, title, detail);
    }

    public boolean extracted() {
        return status == 200 && extraction != null;
    }
}
