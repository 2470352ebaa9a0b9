package io.claimtrack.claims.rest;

import java.util.Collection;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.claimtrack.claims.model.Violation;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A body that is not JSON (cut short, a stray character, nested too deep, a number past its type) is a problem
 * saying what the parser found and where, not the framework's bare "HTTP 400 Bad Request".
 * <p>
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
                .withDetail(ValidationProblems.detail(List.of(violation))).with("violations", List.of(violation)).build();
    }

    /**
     * The 400 of a body the parser could not read: what it found (its words without Java's), where, and as what: a
     * number past its type's range ({@code "end": 99999999999}), JSON past the parser's limits (nested 5,000 deep), or
     * no JSON at all (cut short, a stray character, plain words).
     */
    static HttpProblem unreadable(JacksonException e) {
        String field = e instanceof JsonMappingException mapping ? field(mapping) : "";
        String what;
        // a value's own failure comes wrapped with its path
        Throwable found = e.getCause() instanceof JacksonException cause ? cause : e;
        if (found instanceof InputCoercionException) {
            what = (field.isEmpty() ? "a number" : field) + " is out of range: ";
        } else if (found instanceof StreamConstraintsException) {
            what = "the body is past the JSON parser's limits: ";
        } else {
            what = "the body is not valid JSON" + (field.isEmpty() ? "" : " at " + field) + ": ";
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        Response.Status status = Response.Status.BAD_REQUEST;
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase())
                .withDetail(what + e.getOriginalMessage().replaceAll(", from `[^`]*`", "") + where + "; nothing was stored")
                .build();
    }

    /** The field (as {@code statements[0].span.start}; empty: the body itself) and the JSON type it must be. */
    private static Violation violation(MismatchedInputException e) {
        return new Violation(field(e), "body", "must be " + shape(e.getTargetType()));
    }

    private static String field(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            } else if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            }
        }
        return field.toString();
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
