package io.claimtrack.gateway.observability;

import java.util.concurrent.TimeoutException;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import io.claimtrack.gateway.client.Downstream;
import io.claimtrack.gateway.client.DownstreamFailure;
import io.claimtrack.gateway.client.DownstreamRejection;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts failed downstream calls by service and cause ({@code claimtrack.downstream.failures}). Sits
 * just inside the interceptor that turns failures into problems and outside fault tolerance, so it
 * sees each failure the caller gets once, after retries, with its cause still distinguishable.
 */
@Downstream("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 1)
public class DownstreamFailureMetrics {

    static final String FAILURES = "claimtrack.downstream.failures";

    @Inject
    MeterRegistry registry;

    @AroundInvoke
    Object count(InvocationContext ctx) throws Exception {
        try {
            return ctx.proceed();
        } catch (DownstreamRejection rejection) {
            throw rejection; // the downstream answered a 4xx about the caller's input: no failure
        } catch (Exception e) {
            String service = ctx.getMethod().getDeclaringClass().getAnnotation(Downstream.class).value();
            registry.counter(FAILURES, "service", service, "cause", cause(e)).increment();
            throw e;
        }
    }

    static String cause(Throwable failure) {
        if (failure instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException || failure instanceof TimeoutException) {
            return "timeout";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "breaker_open";
        }
        if (failure instanceof BulkheadException) {
            return "bulkhead_full";
        }
        if (failure instanceof DownstreamFailure) {
            return ((DownstreamFailure) failure).status() < 500 ? "credential_refused" : "server_error";
        }
        return "connection";
    }
}
