package io.claimtrack.claims.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A body over the HTTP layer's limit ({@code quarkus.http.limits.max-body-size}) is refused as every other refusal is,
 * an RFC 7807 problem, where the layer's own checks end it with a bare 413: one whose announced length is over it just
 * before the layer's check, a chunked one (its size known only as it comes) once it has come past the limit, read here
 * by a body handler that hands what it read to the resource.
 */
@ApplicationScoped
public class BodyLimitProblem {

    private static final int TOO_LARGE = 413;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    void install(@Observes Router router) {
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit.asLongValue());
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                chunked.handle(context);
            } else if (announced(length) <= limit.asLongValue()) {
                context.next();
            } else {
                refuse(context);
            }
        }).failureHandler(context -> {
            if (context.statusCode() == TOO_LARGE && !context.response().headWritten()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context) {
        JsonObject problem = new JsonObject().put("status", TOO_LARGE).put("title", "Request Entity Too Large")
                .put("detail", "the request body is larger than " + limit.asLongValue() + " bytes; nothing was stored")
                .put("instance", context.request().path());
        context.response().setStatusCode(TOO_LARGE).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close").end(problem.encode());
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
