package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one document of a batch: the status POST /documents would have answered for it alone,
 * with the stored document's id (201 new, 200 repeat), or the problem it was refused with (nothing of it stored).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Stored (201 new or 200 repeat: id, repeat, statements) or refused (an RFC 7807 problem: status, "
        + "title, detail, violations for a field); a refused document stored nothing")
public record DocumentOutcome(
        @Schema(example = "201") int status,
        @Schema(example = "doc_85c3c4c09e9fd2732627d4ff") String id,
        Boolean repeat,
        @Schema(description = "Statements stored with it", example = "1") Integer statements,
        @Schema(example = "Bad Request") String title,
        String detail,
        List<Violation> violations) {

    public static DocumentOutcome stored(boolean created, String id, int statements) {
        return new DocumentOutcome(created ? 201 : 200, id, !created, statements, null, null, null);
    }

    public static DocumentOutcome refused(int status, String title, String detail, List<Violation> violations) {
        return new DocumentOutcome(status, null, null, null, title, detail, violations);
    }
}
