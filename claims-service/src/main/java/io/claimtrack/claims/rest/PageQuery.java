package io.claimtrack.claims.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging of every list: 1 to 100 items a page, continued from the cursor that was the previous page's next. */
public class PageQuery {

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(100)
    @Parameter(description = "Page size, 1 to 100")
    public int limit = 20;

    @QueryParam("cursor")
    @Parameter(description = "The next value of the previous page")
    public String cursor;
}
