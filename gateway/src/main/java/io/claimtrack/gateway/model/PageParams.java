package io.claimtrack.gateway.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Paging of every list, read from the public request and forwarded as is to claims-service (the
 * same class serves both as bean parameter, hence the public fields).
 */
public class PageParams {

    @RestQuery
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "Page size, 1 to 100.")
    public int limit = 20;

    @RestQuery
    @Parameter(description = "The next value of the previous page.")
    public String cursor;

    /** The same page size from another cursor: an export walks every page. */
    public PageParams at(String cursor) {
        PageParams page = new PageParams();
        page.limit = limit;
        page.cursor = cursor;
        return page;
    }
}
