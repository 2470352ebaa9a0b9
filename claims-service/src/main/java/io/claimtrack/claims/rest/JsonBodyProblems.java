package io.claimtrack.claims.rest;

import java.util.Collection;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.claimtrack.claims.model.Violation;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A JSON body whose values have the wrong shape ({@code "text": ["a"]}, {@code "statements": {}}, an array for an
 * object, a number for a string) is a problem naming the field and the JSON type it must be, not the framework's
 * answer naming Java classes (or, for an object or a list, not even a problem).
 */
@Provider
public class JsonBodyProblems extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException e) {
        return problem(e);
    }

    /** The 400 of a body read by its resource ({@code POST /documents:batch}), or of a value of another type. */
    static HttpProblem problem(MismatchedInputException e) {
        Violation violation = violation(e);
        Response.Status status = Response.Status.BAD_REQUEST;
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase())
                .withDetail((violation.field().isEmpty() ? "the body" : violation.field()) + " " + violation.message()
                        + "; nothing was stored")
                .with("violations", List.of(violation)).build();
    }

    /** The field (as {@code statements[0].span.start}; empty: the body itself) and the JSON type it must be. */
    private static Violation violation(MismatchedInputException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            } else if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            }
        }
        return new Violation(field.toString(), "body", "must be " + shape(e.getTargetType()));
    }

    private static String shape(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
