package io.claimtrack.claims.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of a refused document, as the RFC 7807 problem of a 400 names it (POST /documents, a batch's outcome). */
@Schema(description = "The field of the document that was refused, as a 400 of POST /documents names it")
public record Violation(@Schema(example = "statements[0].span") String field, @Schema(example = "body") String in,
        String message) {
}
