package io.claimtrack.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Prometheus Operator's PrometheusRule is a custom resource the fabric8 Kubernetes model does not
 * know: its schema (monitoring.coreos.com/v1) is checked here, field by field, as strictly.
 */
final class PrometheusRules {

    private static final Set<String> TOP = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Set<String> METADATA = Set.of("name", "labels", "annotations");
    private static final Set<String> GROUP = Set.of("name", "interval", "rules");
    private static final Set<String> RULE = Set.of("alert", "record", "expr", "for", "labels", "annotations");

    private PrometheusRules() {
    }

    static boolean isOne(JsonNode resource) {
        return "monitoring.coreos.com/v1".equals(resource.path("apiVersion").asText())
                && "PrometheusRule".equals(resource.path("kind").asText());
    }

    static void validate(String where, JsonNode rule) {
        List<String> problems = new ArrayList<>();
        fields(rule, TOP, where, problems);
        fields(rule.path("metadata"), METADATA, where + ".metadata", problems);
        fields(rule.path("spec"), Set.of("groups"), where + ".spec", problems);
        if (rule.path("metadata").path("name").asText().isBlank()) {
            problems.add(where + ": no metadata.name");
        }
        if (!rule.path("spec").path("groups").isArray() || rule.path("spec").path("groups").isEmpty()) {
            problems.add(where + ": spec.groups must be a non-empty list");
        }
        for (JsonNode group : rule.path("spec").path("groups")) {
            String g = where + ".groups[" + group.path("name").asText() + "]";
            fields(group, GROUP, g, problems);
            if (group.path("name").asText().isBlank() || !group.path("rules").isArray()) {
                problems.add(g + ": a group needs a name and a list of rules");
            }
            for (JsonNode r : group.path("rules")) {
                String name = g + "." + r.path("alert").asText(r.path("record").asText());
                fields(r, RULE, name, problems);
                if (r.has("alert") == r.has("record")) {
                    problems.add(name + ": a rule is either an alert or a record");
                }
                if (!r.path("expr").isTextual() || r.path("expr").asText().isBlank()) {
                    problems.add(name + ": expr must be a PromQL string");
                }
                for (String map : List.of("labels", "annotations")) {
                    r.path(map).fields().forEachRemaining(e -> {
                        if (!e.getValue().isTextual()) {
                            problems.add(name + "." + map + "." + e.getKey() + ": must be a string");
                        }
                    });
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(where + ": does not match the PrometheusRule schema: " + problems);
        }
    }

    private static void fields(JsonNode node, Set<String> allowed, String where, List<String> problems) {
        if (!node.isObject()) {
            problems.add(where + ": must be an object");
            return;
        }
        node.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                problems.add(where + "." + f + ": unknown field");
            }
        });
    }
}
