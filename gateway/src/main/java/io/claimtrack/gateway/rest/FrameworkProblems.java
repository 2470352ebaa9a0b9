package io.claimtrack.gateway.rest;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import io.claimtrack.gateway.model.Problem;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Problems the framework detects (no matching operation or method, an unmet Accept, invalid
 * parameters) in the API's own words: the framework's messages name its internals, not requests.
 */
@ApplicationScoped
public class FrameworkProblems implements ProblemPostProcessor {

    /** Rewords the problems quarkus-resteasy-problem makes of framework exceptions. */
    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        Throwable cause = context.cause;
        String detail = null;
        if (cause instanceof NotFoundException && cause.getCause() != null) {
            // JAX-RS answers a query parameter it cannot convert ("limit=abc") with a 404 wrapping the
            // conversion's exception; for the caller it is a bad request, not a missing resource.
            Response.Status status = Response.Status.BAD_REQUEST;
            return HttpProblem.builder(problem).withStatus(status).withTitle(status.getReasonPhrase())
                    .withDetail("a query parameter's value has the wrong type: " + cause.getCause().getMessage())
                    .build();
        } else if (cause instanceof NotFoundException) {
            detail = "no such resource: " + context.path;
        } else if (cause instanceof NotAllowedException notAllowed) {
            detail = "this method is not allowed on " + context.path + "; allowed: "
                    + String.join(", ", notAllowed.getResponse().getAllowedMethods());
        } else if (cause instanceof NotAcceptableException) {
            detail = "no type in the Accept header can be produced here";
        } else if (cause instanceof ConstraintViolationException invalid) {
            return parameterProblem(problem, invalid);
        }
        return detail == null ? problem : HttpProblem.builder(problem).withDetail(detail).build();
    }

    /**
     * Bean validation here checks query parameters only (paging, filters, interval; bodies are read
     * and checked by ExtractionRequests), so every violation is in the query, named by its parameter.
     */
    private static HttpProblem parameterProblem(HttpProblem problem, ConstraintViolationException invalid) {
        List<Problem.Violation> violations = invalid.getConstraintViolations().stream()
                .map(violation -> new Problem.Violation(lastNode(violation.getPropertyPath()), "query", violation.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return HttpProblem.builder(problem)
                .withDetail(violations.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")))
                .with("violations", violations)
                .build();
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    @Override
    public int priority() {
        // Before the logger (and any other post-processor) sees the problem.
        return 1000;
    }
}
