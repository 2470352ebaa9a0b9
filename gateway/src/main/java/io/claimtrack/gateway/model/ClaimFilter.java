package io.claimtrack.gateway.model;

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
    @Parameter(description = "direct, indirect or mixed.")
    public String type;

    @RestQuery
    @Parameter(description = "Words that must all occur in the claim.")
    public String q;

    @RestQuery
    @Parameter(description = "date (newest first, the default) or appearances.")
    public String sort;
}
