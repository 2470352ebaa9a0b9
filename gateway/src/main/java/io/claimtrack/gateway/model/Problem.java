package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 7807 problem details: every error of the API, and what the downstreams answer with theirs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 7807 problem details, served as application/problem+json.")
public record Problem(
        @Schema(description = "A URI naming the kind of problem, when there is one.") String type,
        @Schema(example = "Bad Request") String title,
        @Schema(example = "400") int status,
        @Schema(example = "text must be a string") String detail,
        @Schema(example = "/api/v1/documents") String instance,
        @Schema(description = "For invalid input: each field or parameter at fault.") List<Violation> violations) {

    @Schema(name = "Violation", description = "One invalid field or parameter.")
    public record Violation(@Schema(example = "limit") String field,
            @Schema(enumeration = {"query", "path", "header", "body"}, example = "query") String in,
            @Schema(example = "must be less than or equal to 100") String message) {
    }
}
