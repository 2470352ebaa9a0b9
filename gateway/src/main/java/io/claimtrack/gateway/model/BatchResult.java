package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BatchResult", description = "The result of one NDJSON line: stored (status 201 or 200, id, statements) or refused (status, title, detail).")
public record BatchResult(@Schema(example = "1") int line, @Schema(example = "201") int status,
        @Schema(example = "doc_85c3c4c09e9fd2732627d4ff") String id, @Schema(example = "1") Integer statements,
        String title, String detail) {

    public static BatchResult stored(int line, int status, String id, int statements) {
        return new BatchResult(line, status, id, statements, null, null);
    }

    public static BatchResult failed(int line, int status, String title, String detail) {
        return new BatchResult(line, status, null, null, title, detail);
    }
}
