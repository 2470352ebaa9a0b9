package io.claimtrack.gateway.mapping;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.claimtrack.gateway.model.Problem;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * JSON request bodies read strictly (an unknown field, or a number where text belongs, is a 400 naming
 * the field), with errors that speak of the request rather than of the parser.
 */
@ApplicationScoped
public class StrictJson {

    private final ObjectMapper strict;

    @Inject
    Validator validator;

    @Inject
    public StrictJson(ObjectMapper json) {
        ObjectMapper mapper = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        strict = mapper;
    }

    /** The body as {@code type}; {@code what} names it in the error for a body of the wrong shape. */
    public <T> T read(String body, Class<T> type, String what) {
        try {
            return strict.readerFor(type).readValue(body);
        } catch (UnrecognizedPropertyException e) {
            String field = field(e);
            throw invalid(field, "unknown field: " + field + "; known fields: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (MismatchedInputException e) {
            String field = field(e);
            throw field == null
                    ? invalid(null, "body must be " + what)
                    : invalid(field, field + " must be " + shape(e.getTargetType()));
        } catch (JsonParseException e) {
            throw invalid(null, "body is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (JsonProcessingException e) {
            throw invalid(null, "body is not " + what);
        }
    }

    /** Read, then checked against the record's constraints: every violation named, as a 400. */
    public <T> T readValid(String body, Class<T> type, String what) {
        T value = read(body, type, what);
        if (value == null) {
            throw invalid(null, "body must be " + what);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            List<Problem.Violation> named = violations.stream()
                    .map(v -> new Problem.Violation(field(v.getPropertyPath()), "body", v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field)).toList();
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle(Response.Status.BAD_REQUEST.getReasonPhrase())
                    .withDetail(named.stream().map(v -> v.field() + " " + v.message()).collect(Collectors.joining("; ")))
                    .with("violations", named).build();
        }
        return value;
    }

    /** The field as the request writes it, with the place in each list: {@code statements[3].span.start}. */
    private static String field(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? null : field.toString();
    }

    /**
     * A violation's field as {@link #field(JsonMappingException)} writes it: a list's element by its place
     * ({@code statements[3]}), not by the validator's name for it ({@code statements[3].<list element>}).
     */
    private static String field(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }

    /** The JSON type a value of this Java type is written as, in the request's words (not the Java type's name). */
    private static String shape(Class<?> type) {
        if (type == null || CharSequence.class.isAssignableFrom(type) || Temporal.class.isAssignableFrom(type)) {
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
        return type.isEnum() ? "one of its names, a string" : "an object";
    }

    static HttpProblem invalid(String field, String detail) {
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                .withTitle(Response.Status.BAD_REQUEST.getReasonPhrase()).withDetail(detail);
        if (field != null) {
            problem.with("violations", List.of(new Problem.Violation(field, "body", detail)));
        }
        return problem.build();
    }
}
