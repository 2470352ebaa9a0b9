package io.claimtrack.gateway.config;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

import io.claimtrack.gateway.model.Problem;
import io.claimtrack.gateway.security.AccessFilters;

/**
 * Declares the API key on every operation, so Swagger UI offers "Authorize" for X-API-Key, and the
 * Problem schema every error response refers to (see {@link ProblemResponses}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Claimtrack public API", version = "1.0.0"),
        security = @SecurityRequirement(name = "apiKey"),
        components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = AccessFilters.API_KEY_HEADER,
        description = "role reader: all GETs and the stream; role editor: also POSTs (ingest, extraction, batch).")
public class OpenApiDefinition extends Application {
}
