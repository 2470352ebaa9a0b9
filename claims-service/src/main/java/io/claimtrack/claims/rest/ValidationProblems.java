package io.claimtrack.claims.rest;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.claimtrack.claims.model.Violation;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * A request bean validation refused, as a problem whose detail says what was wrong ({@code text must not be blank},
 * {@code limit must be less than or equal to 100}): the framework's problem lists the violations without a detail,
 * names a paging parameter's field as in the body, and a list's element as {@code statements[0].<list element>}.
 */
final class ValidationProblems {

    /** The message of a body left out or null ({@code @NotNull} of a body parameter). */
    static final String NO_BODY = "must be a JSON object, not empty or null";

    private ValidationProblems() {
    }

    /** {@code problem} with each violation named where it was sent, and the detail that lists them. */
    static HttpProblem problem(HttpProblem problem, ConstraintViolationException invalid, Method method) {
        List<Violation> violations = invalid.getConstraintViolations().stream().map(v -> violation(v, method))
                .sorted(Comparator.comparing(Violation::field)).toList();
        return HttpProblem.builder(problem).withDetail(detail(violations)).with("violations", violations).build();
    }

    /** Each violation as its field and message ({@code text must not be blank}), and that a body was not stored. */
    static String detail(List<Violation> violations) {
        boolean body = violations.stream().anyMatch(v -> v.in().equals("body"));
        return violations.stream().map(v -> (v.field().isEmpty() ? "the body" : v.field()) + " " + v.message())
                .collect(Collectors.joining("; ")) + (body ? "; nothing was stored" : "");
    }

    /**
     * A method's violation has the path method, parameter, then the properties within the parameter: a query, path
     * or header parameter is named as sent; a bean parameter's field by its query name; a body's property by its
     * path from the body ({@code statements[0].span}, empty for the body itself).
     */
    private static Violation violation(ConstraintViolation<?> violation, Method method) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        nodes.next();
        Parameter parameter = method == null || !nodes.hasNext() ? null
                : method.getParameters()[nodes.next().as(Path.ParameterNode.class).getParameterIndex()];
        StringBuilder field = new StringBuilder();
        String last = null;
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                last = node.getName();
                field.append(field.isEmpty() ? "" : ".").append(last);
            }
        }
        String message = violation.getMessage();
        if (parameter == null) {
            return new Violation(field.toString(), "body", message);
        }
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return new Violation(parameter.getAnnotation(QueryParam.class).value(), "query", message);
        }
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return new Violation(parameter.getAnnotation(PathParam.class).value(), "path", message);
        }
        if (parameter.isAnnotationPresent(HeaderParam.class)) {
            return new Violation(parameter.getAnnotation(HeaderParam.class).value(), "header", message);
        }
        if (parameter.isAnnotationPresent(BeanParam.class) && last != null) {
            return new Violation(queryName(parameter.getType(), last), "query", message);
        }
        return new Violation(field.toString(), "body", message);
    }

    /** The query parameter a bean parameter's field is read from (the paging's {@code limit}). */
    private static String queryName(Class<?> bean, String fieldName) {
        try {
            Field field = bean.getField(fieldName);
            return field.isAnnotationPresent(QueryParam.class) ? field.getAnnotation(QueryParam.class).value() : fieldName;
        } catch (NoSuchFieldException e) {
            return fieldName;
        }
    }
}
