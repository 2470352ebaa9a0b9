package io.claimtrack.gateway.model;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The claim list filters, read from the public request and forwarded as is to claims-service. */
public class ClaimFilter {

    @RestQuery
    @Parameter(description = "Speaker id, name or alias.", example = "Yury Ushakov")
    public String speaker;

    @RestQuery
    @Parameter(description = "Outlet of an appearance.", example = "TASS")
    public String source;

    @RestQuery
    @Parameter(description = "Appeared on or after (ISO date).", example = "2025-06-01")
    public String from;

    @RestQuery
    @Parameter(description = "Appeared on or before (ISO date).")
    public String to;

    @RestQuery
    @Pattern(regexp = "direct|indirect|mixed", message = "must be one of direct, indirect, mixed")
    @Parameter(description = "direct, indirect or mixed.", schema = @Schema(type = SchemaType.STRING, enumeration = {"direct", "indirect", "mixed"}))
    public String type;

    @RestQuery
    @Parameter(description = "Words that must all occur in the claim.")
    public String q;

    @RestQuery
    @Parameter(description = "Id of a document the claim appears in.", example = "doc_85c3c4c09e9fd2732627d4ff")
    public String document;

    @RestQuery
    @Pattern(regexp = "date|appearances|created", message = "must be one of date, appearances, created")
    @Parameter(description = "date (newest seen first, the default), appearances (most repeated first) or created "
            + "(newest created first). Paging while documents land, only created promises that following next from the "
            + "first page meets every claim listed when it began exactly once; with date or appearances a claim seen "
            + "again moves, and may be met twice or not at all.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"date", "appearances", "created"}))
    public String sort;
}
