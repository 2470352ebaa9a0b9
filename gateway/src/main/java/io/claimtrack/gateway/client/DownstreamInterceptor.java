package io.claimtrack.gateway.client;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * The one place downstream errors become public problems. Runs outside the fault-tolerance
 * interceptor (priority 4010), so it sees what is left after timeouts, retries and the breaker.
 */
@Downstream("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class DownstreamInterceptor {

    /** The circuit breakers' delay: by then an open breaker lets calls through again. */
    public static final int RETRY_AFTER_SECONDS = 2;
    private static final int UNPROCESSABLE = 422;

    @AroundInvoke
    Object translateFailures(InvocationContext ctx) throws Exception {
        Downstream downstream = ctx.getMethod().getDeclaringClass().getAnnotation(Downstream.class);
        try {
            return ctx.proceed();
        } catch (Exception e) {
            throw translate(downstream, e);
        }
    }

    private static HttpProblem translate(Downstream downstream, Throwable failure) {
        String service = downstream.value();
        if (failure instanceof DownstreamRejection rejection) {
            return HttpProblem.builder()
                    .withStatus(rejection.status())
                    .withTitle(rejection.title())
                    .withDetail(rejection.detail())
                    .build();
        }
        if (failure instanceof TimeoutException && downstream.timeoutBlamesInput()) {
            return HttpProblem.builder()
                    .withStatus(UNPROCESSABLE)
                    .withTitle("Unprocessable Content")
                    .withDetail("this document could not be analysed in the time allowed; nothing was stored; "
                            + "send it in smaller parts")
                    .build();
        }
        // Connection refused, timeout, open breaker, 5xx: the caller can only retry later.
        HttpProblem unavailable = HttpProblem.builder()
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail(service + " unavailable")
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build();
        // Kept for the server log (the problem logger logs 5xx with their cause), never sent to the caller.
        unavailable.initCause(failure);
        return unavailable;
    }
}
