package io.claimtrack.gateway.security;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

/**
 * Every response, API, problem or management page, tells browsers not to sniff its type; HTML pages get
 * a Content-Security-Policy that runs only this origin's script files (the dashboard; the Swagger UI
 * also its own inline start-up script), and anything else one that allows nothing, so a claim text
 * rendered by mistake can never run.
 */
@Singleton
public class SecurityHeaders {

    static final String NOSNIFF = "nosniff";
    /** The dashboard: script and style files of this origin only, no inline script or style, no eval. */
    static final String HTML_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The Swagger UI page starts itself with an inline script; it loads nothing from elsewhere. */
    static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private final String swaggerUiPath;

    SecurityHeaders(@ConfigProperty(name = "quarkus.swagger-ui.path") String swaggerUiPath) {
        this.swaggerUiPath = swaggerUiPath;
    }

    void register(@Observes Filters filters) {
        filters.register(ctx -> {
            ctx.addHeadersEndHandler(end -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", NOSNIFF);
                String type = headers.get("Content-Type");
                // a HEAD of a static page carries no type: a page's name, or a folder's (its index.html), says HTML
                boolean html = type != null ? type.toLowerCase(Locale.ROOT).startsWith("text/html")
                        : ctx.request().method() == HttpMethod.HEAD && isPage(ctx.normalizedPath());
                headers.set("Content-Security-Policy", !html ? API_POLICY
                        : ctx.normalizedPath().startsWith(swaggerUiPath) ? SWAGGER_UI_POLICY : HTML_POLICY);
            });
            ctx.next();
        }, 1000);
    }

    private static boolean isPage(String path) {
        return path.endsWith("/") || path.endsWith(".html");
    }
}
