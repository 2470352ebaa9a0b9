package io.claimtrack.claims.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * A body whose announced length is over the HTTP layer's limit ({@code quarkus.http.limits.max-body-size}) is refused
 * as every other refusal is, an RFC 7807 problem, just before the layer's own check would end it with a bare 413. (A
 * chunked body over the limit still gets the bare 413: its size is known only once read.)
 */
@ApplicationScoped
public class BodyLimitProblem {

    private static final int TOO_LARGE = 413;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            if (announced(context.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= limit.asLongValue()) {
                context.next();
                return;
            }
            JsonObject problem = new JsonObject().put("status", TOO_LARGE).put("title", "Request Entity Too Large")
                    .put("detail", "the request body is larger than " + limit.asLongValue() + " bytes; nothing was stored")
                    .put("instance", context.request().path());
            context.response().setStatusCode(TOO_LARGE).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                    .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
        });
    }

    /** The Content-Length header's value; 0 without one (chunked), or one that is no length (the HTTP layer's). */
    private static long announced(String length) {
        try {
            return length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
