package io.claimtrack.claims.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Problems the framework makes of bad input, in the service's words: a query parameter it cannot convert
 * ({@code limit=abc}, a number past its type) is a bad request, not the 404 JAX-RS answers as if the resource were
 * missing; a body value of another type ({@code 42} for a string, {@code "zero"} for a number) is named as
 * {@link JsonBodyProblems} names a wrong shape, not with Java's type names.
 */
@ApplicationScoped
public class InputProblems implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (context.cause instanceof InvalidFormatException wrong) {
            return HttpProblem.builder(JsonBodyProblems.problem(wrong)).withInstance(problem.getInstance()).build();
        }
        if (!(context.cause instanceof NotFoundException) || context.cause.getCause() == null) {
            return problem;
        }
        Response.Status status = Response.Status.BAD_REQUEST;
        return HttpProblem.builder(problem).withStatus(status).withTitle(status.getReasonPhrase())
                .withDetail("a query parameter's value has the wrong type: " + context.cause.getCause().getMessage())
                .build();
    }

    @Override
    public int priority() {
        // before the problem is logged
        return 1000;
    }
}
