package io.claimtrack.gateway.client;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a bean whose methods call one downstream service: {@link DownstreamInterceptor} turns
 * every failure of those calls into the problem the public API promises, named after the service.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target(TYPE)
public @interface Downstream {

    /** The service name callers see in problem details, e.g. {@code ingest-service}. */
    @Nonbinding
    String value();

    /**
     * True when a call that times out says more about the input than the service: analysing one
     * document that long is the document's fault (422), not an outage (503).
     */
    @Nonbinding
    boolean timeoutBlamesInput() default false;
}
