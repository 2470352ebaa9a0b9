package io.claimtrack.gateway.rest;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The body types an operation accepts, checked by {@link InputChecks}. In place of JAX-RS's
 * {@code @Consumes}, whose mismatches reach callers in the framework's words or, for some paths,
 * as a 404: with this, a missing or unaccepted Content-Type is always a 415 listing these types.
 */
@Retention(RUNTIME)
@Target(METHOD)
public @interface BodyTypes {

    String[] value();
}
