package io.claimtrack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates rendered resources offline against the Kubernetes API types, using fabric8's model
 * (generated from the Kubernetes OpenAPI schemas). A resource must deserialise into its typed class
 * (wrong types fail in Jackson), and no field may be left over: fabric8 keeps unknown fields in
 * {@code additionalProperties} instead of failing, so every nested object is checked for them.
 */
final class SchemaValidator {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private SchemaValidator() {
    }

    /** Returns the typed resource, or throws with every problem found. */
    static HasMetadata validate(JsonNode resource) {
        String where = Kustomize.id(resource);
        if (PrometheusRules.isOne(resource)) {
            PrometheusRules.validate(where, resource);
            return SERIALIZATION.unmarshal(resource.toString(), GenericKubernetesResource.class);
        }
        Object typed;
        try {
            typed = SERIALIZATION.unmarshal(resource.toString());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": does not match the Kubernetes schema: " + e.getMessage(), e);
        }
        if (!(typed instanceof HasMetadata) || typed instanceof GenericKubernetesResource) {
            throw new IllegalArgumentException(where + ": unknown apiVersion/kind " + resource.path("apiVersion").asText()
                    + "/" + resource.path("kind").asText());
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(typed, resource.path("kind").asText(), unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown fields " + unknown);
        }
        return (HasMetadata) typed;
    }

    private static void collectUnknownFields(Object node, String path, List<String> unknown) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> collectUnknownFields(v, path + "." + k, unknown));
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectUnknownFields(list.get(i), path + "[" + i + "]", unknown);
            }
            return;
        }
        if (node == null || !node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value = invoke(getter, node);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
            } else {
                collectUnknownFields(value, path + "." + propertyName(getter), unknown);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter + ": " + e.getMessage(), e);
        }
    }

    private static String propertyName(Method getter) {
        String name = getter.getName().substring(3);
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
