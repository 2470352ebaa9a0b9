package io.claimtrack.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A rendered and schema-validated overlay, with the lookups the checks share. */
record Manifests(List<HasMetadata> resources) {

    static final List<String> SERVICES = List.of("ingest-service", "claims-service", "gateway");

    static Path module() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    }

    static Path overlay(String name) {
        return module().resolve("k8s/overlays").resolve(name);
    }

    static Manifests render(String overlay) {
        List<HasMetadata> typed = new ArrayList<>();
        for (ObjectNode r : Kustomize.render(overlay(overlay))) {
            typed.add(SchemaValidator.validate(r));
        }
        return new Manifests(typed);
    }

    <T extends HasMetadata> Stream<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast);
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return all(type).filter(r -> r.getMetadata().getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " named " + name));
    }

    /** Every workload's pod template, keyed by kind/name. */
    Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new java.util.TreeMap<>();
        all(Deployment.class).forEach(d -> templates.put("Deployment/" + d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put("StatefulSet/" + s.getMetadata().getName(), s.getSpec().getTemplate()));
        all(Job.class).forEach(j -> templates.put("Job/" + j.getMetadata().getName(), j.getSpec().getTemplate()));
        return templates;
    }

    static List<Container> containers(PodTemplateSpec template) {
        List<Container> all = new ArrayList<>(template.getSpec().getContainers());
        all.addAll(template.getSpec().getInitContainers());
        return all;
    }

    /** Label selector semantics for matchLabels and the In/NotIn/Exists operators used here. */
    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return false;
        }
        boolean ok = selector.getMatchLabels() == null
                || selector.getMatchLabels().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        for (LabelSelectorRequirement req : selector.getMatchExpressions()) {
            String value = labels.get(req.getKey());
            ok &= switch (req.getOperator()) {
                case "In" -> value != null && req.getValues().contains(value);
                case "NotIn" -> value == null || !req.getValues().contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> throw new IllegalArgumentException("operator " + req.getOperator());
            };
        }
        return ok;
    }
}
