package io.claimtrack.claims.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Every request has an id: the caller's {@value #HEADER} (the gateway passes its own on), or a new one.
 * It is returned in the same header and put in the log context, so every log line of the request
 * carries it ({@value #MDC_KEY}).
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Anything else (too long, spaces, line breaks) could forge log lines: it is replaced. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            String id = ctx.request().getHeader(HEADER);
            if (id == null || !ACCEPTED.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            MDC.put(MDC_KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        }, 2000);
    }
}
