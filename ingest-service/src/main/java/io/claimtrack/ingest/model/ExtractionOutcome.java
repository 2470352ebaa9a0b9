package io.claimtrack.ingest.model;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One document of a batch: status 200 with its extraction, or the status, title and detail that
 * POST /extractions would have answered for it alone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Status 200 with the extraction, or 400/413 with title and detail, as POST /extractions would answer this document")
public record ExtractionOutcome(@Schema(example = "200") int status, ExtractionResponse extraction,
        @Schema(example = "Bad Request") String title, @Schema(example = "Field 'text' is required and must not be blank") String detail) {

    public static ExtractionOutcome extracted(ExtractionResponse extraction) {
        return new ExtractionOutcome(200, extraction, null, null);
    }

    public static ExtractionOutcome failed(int status, String title, String detail) {
        return new ExtractionOutcome(status, null, title, detail);
    }
}
