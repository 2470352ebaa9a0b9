package io.claimtrack.gateway.client;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * The one place downstream errors become public problems. Runs outside the fault-tolerance
 * interceptor (priority 4010), so it sees what is left after timeouts, retries and the breaker.
 */
@Downstream("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class DownstreamInterceptor {

    @AroundInvoke
    Object translateFailures(InvocationContext ctx) throws Exception {
        String service = ctx.getMethod().getDeclaringClass().getAnnotation(Downstream.class).value();
        try {
            return ctx.proceed();
        } catch (Exception e) {
            throw translate(service, e);
        }
    }

    private static HttpProblem translate(String service, Throwable failure) {
        if (failure instanceof DownstreamRejection rejection) {
            return HttpProblem.builder()
                    .withStatus(rejection.status())
                    .withTitle(rejection.title())
                    .withDetail(rejection.detail())
                    .build();
        }
        // Connection refused, timeout, open breaker, 5xx: the caller can only retry later.
        HttpProblem unavailable = HttpProblem.builder()
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail(service + " unavailable")
                .build();
        // Kept for the server log (the problem logger logs 5xx with their cause), never sent to the caller.
        unavailable.initCause(failure);
        return unavailable;
    }
}
