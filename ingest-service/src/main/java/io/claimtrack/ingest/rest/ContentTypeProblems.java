package io.claimtrack.ingest.rest;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;

/**
 * A body of a type the route does not take (text/plain on the batch, form data, none named) is refused with the types
 * the route takes and the one it got, in plain words ({@code this route takes a JSON body (application/json); got
 * text/plain}), not the framework's sentence about {@code @Consumes}. The types are read from the routes' own
 * declarations, so a route that takes another type says so without a change here.
 */
@ApplicationScoped
public class ContentTypeProblems implements ProblemPostProcessor {

    /** The types a route may take, in the order they are named, and the words a caller knows each by, with its article. */
    private static final List<String> KNOWN = List.of("application/json", "text/plain", "text/html");
    private static final List<String> WORDS = List.of("a JSON", "a plain-text", "an HTML");
    /** The types each path takes, in the order its methods declare them. */
    private static final Map<String, List<String>> TAKEN = taken(ExtractionResource.class);

    @Inject
    HttpHeaders headers;

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        List<String> types = TAKEN.get(context.path);
        if (!(context.cause instanceof NotSupportedException) || types == null) {
            return problem;
        }
        return HttpProblem.builder(problem).withDetail(refusal(types, headers.getMediaType() == null ? null
                : headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype())).build();
    }

    /** "this route takes a JSON, plain-text or HTML body (application/json, text/plain, text/html); got text/xml". */
    static String refusal(List<String> types, String got) {
        List<String> words = new ArrayList<>();
        for (String type : types) {
            String word = KNOWN.contains(type) ? WORDS.get(KNOWN.indexOf(type)) : "a " + type;
            words.add(words.isEmpty() ? word : word.substring(word.indexOf(' ') + 1));
        }
        String last = words.remove(words.size() - 1);
        String named = words.isEmpty() ? last : String.join(", ", words) + " or " + last;
        return "this route takes " + named + " body (" + String.join(", ", types) + "); got "
                + (got == null ? "no Content-Type" : got);
    }

    private static Map<String, List<String>> taken(Class<?> resource) {
        Map<String, Set<String>> byPath = new TreeMap<>();
        for (Method method : resource.getDeclaredMethods()) {
            Path path = method.getAnnotation(Path.class);
            Consumes consumes = method.getAnnotation(Consumes.class);
            if (path != null && consumes != null) {
                byPath.computeIfAbsent(path.value(), p -> new LinkedHashSet<>()).addAll(List.of(consumes.value()));
            }
        }
        Map<String, List<String>> taken = new TreeMap<>();
        byPath.forEach((path, types) -> taken.put(path, types.stream()
                .sorted(Comparator.comparingInt(type -> KNOWN.contains(type) ? KNOWN.indexOf(type) : KNOWN.size())).toList()));
        return taken;
    }

    @Override
    public int priority() {
        // before the problem is logged
        return 1000;
    }
}
