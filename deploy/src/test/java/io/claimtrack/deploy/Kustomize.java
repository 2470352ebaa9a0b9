package io.claimtrack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset this repository
 * uses: {@code resources}, {@code components}, {@code patches} (strategic merge, from a file) and
 * {@code images}. Any other field fails loudly, so a manifest change that needs more of kustomize
 * cannot pass the checks while rendering differently from the real tool.
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> SUPPORTED =
            Set.of("apiVersion", "kind", "resources", "components", "patches", "images");

    /** Strategic-merge keys of the lists this repository patches; other lists are replaced. */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "volumes", "name",
            "env", "name",
            "volumeMounts", "mountPath");

    private Kustomize() {
    }

    static List<ObjectNode> render(Path dir) {
        return build(dir, new ArrayList<>());
    }

    private static List<ObjectNode> build(Path dir, List<ObjectNode> accumulated) {
        JsonNode k = readKustomization(dir);
        k.fieldNames().forEachRemaining(field -> {
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(dir + ": kustomization field '" + field + "' is not supported");
            }
        });
        for (JsonNode resource : k.path("resources")) {
            Path path = dir.resolve(resource.asText()).normalize();
            if (Files.isDirectory(path)) {
                addAll(accumulated, build(path, new ArrayList<>()));
            } else {
                addAll(accumulated, readDocuments(path));
            }
        }
        // A component works on everything accumulated so far, as in kustomize.
        for (JsonNode component : k.path("components")) {
            build(dir.resolve(component.asText()).normalize(), accumulated);
        }
        for (JsonNode patch : k.path("patches")) {
            if (!patch.has("path") || patch.size() != 1) {
                throw new IllegalArgumentException(dir + ": only 'patches: - path: <file>' is supported");
            }
            for (ObjectNode p : readDocuments(dir.resolve(patch.get("path").asText()))) {
                ObjectNode target = find(accumulated, p)
                        .orElseThrow(() -> new IllegalArgumentException(dir + ": patch matches no resource: " + id(p)));
                merge(target, p);
            }
        }
        for (JsonNode image : k.path("images")) {
            image.fieldNames().forEachRemaining(field -> {
                if (!Set.of("name", "newName", "newTag").contains(field)) {
                    throw new IllegalArgumentException(dir + ": image field '" + field + "' is not supported");
                }
            });
            accumulated.forEach(r -> setImage(r, image));
        }
        return accumulated;
    }

    private static JsonNode readKustomization(Path dir) {
        try {
            return YAML.readTree(dir.resolve("kustomization.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> readDocuments(Path file) {
        try (var parser = YAML.createParser(file.toFile())) {
            List<ObjectNode> docs = new ArrayList<>();
            Iterator<JsonNode> it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    docs.add((ObjectNode) doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void addAll(List<ObjectNode> accumulated, List<ObjectNode> more) {
        for (ObjectNode r : more) {
            if (find(accumulated, r).isPresent()) {
                throw new IllegalArgumentException("resource defined twice: " + id(r));
            }
            accumulated.add(r);
        }
    }

    static String id(JsonNode r) {
        return r.path("kind").asText() + "/" + r.path("metadata").path("name").asText();
    }

    private static java.util.Optional<ObjectNode> find(List<ObjectNode> resources, JsonNode like) {
        return resources.stream().filter(r -> id(r).equals(id(like))).findFirst();
    }

    /** Strategic merge: maps merge, keyed lists merge item by item, null deletes, the rest replaces. */
    private static void merge(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(e -> {
            String field = e.getKey();
            JsonNode value = e.getValue();
            JsonNode current = target.get(field);
            if (value.isNull()) {
                target.remove(field);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, value);
            } else if (value.isArray() && current != null && current.isArray() && MERGE_KEYS.containsKey(field)) {
                mergeList((ArrayNode) current, (ArrayNode) value, MERGE_KEYS.get(field));
            } else {
                target.set(field, value.deepCopy());
            }
        });
    }

    /** Items only the patch has go first, in the patch's order, as kubectl kustomize puts them. */
    private static void mergeList(ArrayNode current, ArrayNode patch, String key) {
        int added = 0;
        for (JsonNode item : patch) {
            ObjectNode match = null;
            for (JsonNode existing : current) {
                if (existing.path(key).equals(item.path(key))) {
                    match = (ObjectNode) existing;
                }
            }
            if (match == null) {
                current.insert(added++, item.deepCopy());
            } else {
                merge(match, item);
            }
        }
    }

    private static void setImage(ObjectNode resource, JsonNode image) {
        JsonNode podSpec = podSpec(resource);
        if (podSpec == null) {
            return;
        }
        String name = image.path("name").asText();
        for (String list : List.of("initContainers", "containers")) {
            for (JsonNode c : podSpec.path(list)) {
                String ref = c.path("image").asText();
                String repo = ref.replaceFirst("[:@].*$", "");
                if (repo.equals(name)) {
                    String newName = image.path("newName").asText(repo);
                    String tag = image.has("newTag") ? image.get("newTag").asText() : ref.substring(repo.length()).replaceFirst("^:", "");
                    ((ObjectNode) c).put("image", tag.isEmpty() ? newName : newName + ":" + tag);
                }
            }
        }
    }

    /** The pod spec of a workload (Deployment, StatefulSet, Job), or null for anything else. */
    static JsonNode podSpec(JsonNode resource) {
        JsonNode spec = resource.path("spec").path("template").path("spec");
        return spec.isObject() ? spec : null;
    }
}
