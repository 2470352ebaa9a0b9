package io.claimtrack.gateway.security;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.claimtrack.gateway.config.GatewayConfig;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Guards /api/v1 (the JAX-RS resources; health, metrics and OpenAPI are not JAX-RS and stay open):
 * body size, then API key and role, then the key's rate limit.
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

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void limitBodySize(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && !length.isBlank() && Long.parseLong(length.trim()) > config.maxBodySize()) {
            throw problem(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "request body is larger than " + config.maxBodySize() + " bytes");
        }
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request) {
        String presented = request.getHeaderString(API_KEY_HEADER);
        if (presented == null || presented.isBlank()) {
            throw problem(Response.Status.UNAUTHORIZED, "missing " + API_KEY_HEADER + " header");
        }
        Caller caller = keys.identify(presented.trim())
                .orElseThrow(() -> problem(Response.Status.UNAUTHORIZED, "unknown API key"));
        Role required = isRead(request.getMethod()) ? Role.READER : Role.EDITOR;
        if (!caller.role().allows(required)) {
            throw problem(Response.Status.FORBIDDEN, "an API key with role " + caller.role().name().toLowerCase()
                    + " may not " + request.getMethod() + " here; role " + required.name().toLowerCase() + " is required");
        }
        request.setProperty(CALLER, caller);
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void rateLimit(ContainerRequestContext request) {
        Caller caller = (Caller) request.getProperty(CALLER);
        rateLimiter.acquire(caller.id()).ifPresent(seconds -> {
            throw HttpProblem.builder()
                    .withStatus(Response.Status.TOO_MANY_REQUESTS)
                    .withTitle("Too Many Requests")
                    .withDetail("rate limit of " + config.rateLimit().requestsPerMinute() + " requests per minute exceeded")
                    .withHeader(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        });
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    private static HttpProblem problem(Response.Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }
}
