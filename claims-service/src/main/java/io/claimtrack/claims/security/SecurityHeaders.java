package io.claimtrack.claims.security;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;

/**
 * Every response, API, problem or management page, tells browsers not to sniff its type; HTML (the
 * Swagger UI) gets a Content-Security-Policy that loads only this origin's own scripts, and anything
 * else one that allows nothing, so a claim text rendered by mistake can never run.
 */
@Singleton
public class SecurityHeaders {

    static final String NOSNIFF = "nosniff";
    /** The Swagger UI page starts itself with an inline script; it loads nothing from elsewhere. */
    static final String HTML_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            ctx.addHeadersEndHandler(end -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", NOSNIFF);
                String type = headers.get("Content-Type");
                boolean html = type != null && type.toLowerCase(Locale.ROOT).startsWith("text/html");
                headers.set("Content-Security-Policy", html ? HTML_POLICY : API_POLICY);
            });
            ctx.next();
        }, 1000);
    }
}
