package io.claimtrack.gateway.rest;

import java.util.function.Function;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import io.claimtrack.gateway.mapping.ClaimCsv;
import io.claimtrack.gateway.model.ClaimPage;
import io.claimtrack.gateway.model.PageParams;

/** How a claim list is wanted: a JSON page (the default) or a CSV export, by format= or by Accept. */
public class Export {

    @RestQuery
    @Pattern(regexp = "json|csv", message = "must be one of json, csv")
    @Parameter(description = "csv for a CSV export of every matching claim (the same as Accept: text/csv); json for a page.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv"}))
    public String format;

    /** One JSON page of claims, or as CSV every claim from the page's cursor on; {@code pages} reads one page. */
    Response claims(HttpHeaders headers, PageParams page, Function<PageParams, ClaimPage> pages) {
        if (wantsCsv(headers)) {
            return csv(ClaimCsv.export(page.cursor, cursor -> pages.apply(page.at(cursor))));
        }
        return Response.ok(pages.apply(page), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private boolean wantsCsv(HttpHeaders headers) {
        if (format != null) {
            return "csv".equals(format);
        }
        MediaType csv = MediaType.valueOf(ClaimCsv.MEDIA_TYPE);
        // Only an explicit text/csv: a browser's or client's */* still gets JSON.
        return headers.getAcceptableMediaTypes().stream().findFirst()
                .map(type -> !type.isWildcardType() && type.isCompatible(csv)).orElse(false);
    }

    private static Response csv(StreamingOutput rows) {
        return Response.ok(rows, MediaType.valueOf(ClaimCsv.MEDIA_TYPE + "; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"claims.csv\"")
                .build();
    }
}
