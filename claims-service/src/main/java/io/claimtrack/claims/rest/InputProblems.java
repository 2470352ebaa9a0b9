package io.claimtrack.claims.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Problems the framework makes of bad input, in the service's words: a query parameter it cannot convert
 * ({@code limit=abc}, a number past its type) is a bad request, not the 404 JAX-RS answers as if the resource were
 * missing; a body value of another type ({@code 42} for a string, {@code "zero"} for a number) is named as
 * {@link JsonBodyProblems} names a wrong shape, not with Java's type names; a body that is no JSON says what the
 * parser found ({@link JsonBodyProblems#unreadable}), a body of another type which type it must be, and a refusal of
 * bean validation each violation ({@link ValidationProblems}), where the framework answered these without a detail
 * or in its own words ("HTTP 400 Bad Request", "did not match the value in @Consumes").
 */
@ApplicationScoped
public class InputProblems implements ProblemPostProcessor {

    @Inject
    ResourceInfo resource;

    @Inject
    HttpHeaders headers;

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (context.cause instanceof InvalidFormatException wrong) {
            return HttpProblem.builder(JsonBodyProblems.problem(wrong)).withInstance(problem.getInstance()).build();
        }
        if (context.cause instanceof WebApplicationException && context.cause.getCause() instanceof JacksonException unreadable) {
            return HttpProblem.builder(JsonBodyProblems.unreadable(unreadable)).withInstance(problem.getInstance()).build();
        }
        if (context.cause instanceof ConstraintViolationException invalid) {
            return ValidationProblems.problem(problem, invalid, resource.getResourceMethod());
        }
        if (context.cause instanceof NotSupportedException) {
            // every route of this service that takes a body takes JSON
            MediaType sent = headers.getMediaType();
            return HttpProblem.builder(problem).withDetail("this route takes a JSON body (" + MediaType.APPLICATION_JSON
                    + "); got " + (sent == null ? "no Content-Type" : sent.getType() + "/" + sent.getSubtype())
                    + "; nothing was stored").build();
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
