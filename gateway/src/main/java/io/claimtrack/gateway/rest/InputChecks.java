package io.claimtrack.gateway.rest;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.claimtrack.gateway.model.Problem;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;

/**
 * The same input rules on every operation, read from the operation's own declaration: a body needs
 * a Content-Type among its {@link BodyTypes} (else 415 listing them), and a query parameter the
 * operation does not declare is a 400 naming it rather than silently ignored.
 * Runs after authentication, so callers without a key learn nothing about the operation.
 */
public class InputChecks {

    /** An operation's rules, read from its declaration once: they run on every request. */
    private record Rules(String[] bodyTypes, List<MediaType> parsedBodyTypes, Set<String> queryParameters) {

        static Rules of(Method method) {
            BodyTypes accepted = method.getAnnotation(BodyTypes.class);
            String[] types = accepted == null ? null : accepted.value();
            return new Rules(types, types == null ? null : Arrays.stream(types).map(MediaType::valueOf).toList(),
                    declaredQueryParameters(method));
        }
    }

    /** The words a caller knows each body type by, with its article. */
    private static final Map<String, String> TYPE_WORDS = Map.of(MediaType.APPLICATION_JSON, "a JSON",
            MediaType.TEXT_PLAIN, "a plain-text", MediaType.TEXT_HTML, "an HTML", DocumentResource.NDJSON, "an NDJSON");

    private final Map<Method, Rules> rules = new ConcurrentHashMap<>();

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 10)
    public void check(ContainerRequestContext request, ResourceInfo resource, HttpServerRequest connection) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Rules operation = rules.computeIfAbsent(method, Rules::of);
        if (operation.bodyTypes() != null) {
            checkContentType(request.getHeaderString(HttpHeaders.CONTENT_TYPE), operation);
        }
        if (connection.query() == null) {
            return;
        }
        Set<String> declared = operation.queryParameters();
        Set<String> unknown = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
        unknown.removeAll(declared);
        if (!unknown.isEmpty()) {
            String names = String.join(", ", unknown);
            throw HttpProblem.builder()
                    .withStatus(Response.Status.BAD_REQUEST)
                    .withTitle(Response.Status.BAD_REQUEST.getReasonPhrase())
                    .withDetail("unknown query parameter" + (unknown.size() > 1 ? "s: " : ": ") + names
                            + (declared.isEmpty() ? "; this operation takes none" : "; this operation takes " + String.join(", ", new TreeSet<>(declared))))
                    .with("violations", unknown.stream()
                            .map(name -> new Problem.Violation(name, "query", "unknown query parameter"))
                            .toList())
                    .build();
        }
    }

    private static void checkContentType(String sent, Rules operation) {
        String[] accepted = operation.bodyTypes();
        if (sent == null || sent.isBlank()) {
            throw unsupported("no Content-Type", accepted);
        }
        MediaType type;
        try {
            type = MediaType.valueOf(sent);
        } catch (IllegalArgumentException e) {
            throw unsupported("Content-Type \"" + sent + "\", which is not a media type", accepted);
        }
        if (operation.parsedBodyTypes().stream().noneMatch(type::isCompatible)) {
            throw unsupported(type.getType() + "/" + type.getSubtype(), accepted);
        }
    }

    /** "this route takes a JSON, plain-text or HTML body (application/json, text/plain, text/html); got text/xml". */
    private static HttpProblem unsupported(String got, String[] accepted) {
        List<String> words = new ArrayList<>();
        for (String type : accepted) {
            String word = TYPE_WORDS.getOrDefault(type, "a " + type);
            words.add(words.isEmpty() ? word : word.substring(word.indexOf(' ') + 1));
        }
        String last = words.remove(words.size() - 1);
        String named = words.isEmpty() ? last : String.join(", ", words) + " or " + last;
        return Problems.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "this route takes " + named + " body ("
                + String.join(", ", accepted) + "); got " + got);
    }

    private static Set<String> declaredQueryParameters(Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            String name = queryName(parameter.getAnnotation(RestQuery.class), parameter.getAnnotation(QueryParam.class), parameter.getName());
            if (name != null) {
                names.add(name);
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Field field : parameter.getType().getFields()) {
                    String fieldName = queryName(field.getAnnotation(RestQuery.class), field.getAnnotation(QueryParam.class), field.getName());
                    if (fieldName != null) {
                        names.add(fieldName);
                    }
                }
            }
        }
        return names;
    }

    private static String queryName(RestQuery rest, QueryParam query, String javaName) {
        if (query != null) {
            return query.value();
        }
        if (rest != null) {
            return rest.value().isEmpty() ? javaName : rest.value();
        }
        return null;
    }
}
