package io.claimtrack.gateway.security;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.rest.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Guards /api/v1 (the JAX-RS resources; health, metrics and OpenAPI are not JAX-RS and stay open):
 * body size, then API key and role, then the key's rate limit. Failed attempts count against a
 * budget per client address, so keys cannot be guessed at speed.
 */
public class AccessFilters {

    public static final String API_KEY_HEADER = "X-API-Key";
    private static final String CALLER = Caller.class.getName();

    @Inject
    ApiKeys keys;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    GatewayConfig config;

    @Inject
    CurrentCaller current;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void limitBodySize(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isBlank() && Long.parseLong(length.trim()) > config.maxBodySize()) {
            throw Problems.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "request body is larger than " + config.maxBodySize() + " bytes");
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, HttpServerRequest connection) {
        String presented = request.getHeaderString(API_KEY_HEADER);
        if (presented == null || presented.isBlank()) {
            throw refused(connection, "missing " + API_KEY_HEADER + " header");
        }
        Caller caller = keys.identify(presented.trim()).orElseThrow(() -> refused(connection, "unknown API key"));
        Role required = isRead(request.getMethod()) ? Role.READER : Role.EDITOR;
        if (!caller.role().allows(required)) {
            throw Problems.of(Response.Status.FORBIDDEN, "an API key with role " + caller.role().name().toLowerCase(Locale.ROOT)
                    + " may not " + request.getMethod() + " here; role " + required.name().toLowerCase(Locale.ROOT) + " is required");
        }
        request.setProperty(CALLER, caller);
        current.set(caller);
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void rateLimit(ContainerRequestContext request) {
        throwIfOverLimit(((Caller) request.getProperty(CALLER)).id());
    }

    /** A 401, unless this address has been guessing keys faster than a key may call: then a 429. */
    private HttpProblem refused(HttpServerRequest connection, String detail) {
        SocketAddress remote = connection.remoteAddress();
        throwIfOverLimit("unauthenticated:" + (remote == null ? "unknown" : remote.hostAddress()));
        return Problems.of(Response.Status.UNAUTHORIZED, detail);
    }

    private void throwIfOverLimit(String bucket) {
        rateLimiter.acquire(bucket).ifPresent(seconds -> {
            throw HttpProblem.builder()
                    .withStatus(Response.Status.TOO_MANY_REQUESTS)
                    .withTitle("Too Many Requests")
                    .withDetail(rateLimiter.exceeded())
                    .withHeader(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        });
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }
}
