package io.claimtrack.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * Logs each problem once, in proportion (quarkus-resteasy-problem's own logger is switched off in
 * application.properties): a 503 is an expected state of a downstream, one WARN line with its cause
 * and no stack trace; any other 5xx is a bug, an ERROR with the trace; 4xx are the caller's, DEBUG.
 */
@ApplicationScoped
public class ProblemLog implements ProblemPostProcessor {

    private static final Logger LOG = Logger.getLogger("io.claimtrack.gateway.problems");

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        int status = problem.getStatusCode();
        if (status == 503) {
            LOG.warnf("503 %s: %s (cause: %s)", context.path, problem.getDetail(), rootCause(context.cause));
        } else if (status >= 500) {
            LOG.errorf(context.cause, "%d %s: %s", status, context.path, problem.getDetail());
        } else {
            LOG.debugf("%d %s: %s", status, context.path, problem.getDetail());
        }
        return problem;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == null ? "none" : root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public int priority() {
        // After FrameworkProblems has reworded the problem.
        return 100;
    }
}
