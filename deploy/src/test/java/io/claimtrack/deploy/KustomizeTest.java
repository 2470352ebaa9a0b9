package io.claimtrack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class KustomizeTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static final String BASE_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              replicas: 1
              template:
                spec:
                  containers:
                    - name: web
                      image: acme/web
                      args: [--a]
                      env: [{name: A, value: "1"}]
                    - name: sidecar
                      image: acme/sidecar:2
            """;

    @Test
    void patchesMergeContainersByNameAndReplacePlainLists() throws Exception {
        write("base/kustomization.yaml", "resources: [web.yaml]\n");
        write("base/web.yaml", BASE_DEPLOYMENT);
        write("overlay/kustomization.yaml", "resources: [../base]\npatches:\n  - path: patch.yaml\n");
        write("overlay/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web}
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: web
                          args: [--b]
                          env: [{name: B, value: "2"}]
                """);
        ObjectNode web = Kustomize.render(dir.resolve("overlay")).get(0);
        assertEquals(3, web.at("/spec/replicas").asInt());
        JsonNode containers = web.at("/spec/template/spec/containers");
        assertEquals(2, containers.size(), "the sidecar survives the patch");
        assertEquals("--b", containers.at("/0/args/0").asText());
        assertEquals(1, containers.at("/0/args").size());
        // kubectl kustomize puts list items only the patch has before the existing ones.
        assertEquals(List.of("B", "A"), List.of(containers.at("/0/env/0/name").asText(), containers.at("/0/env/1/name").asText()));
    }

    @Test
    void componentsSetImagesOnEverythingAccumulated() throws Exception {
        write("base/kustomization.yaml", "resources: [web.yaml]\n");
        write("base/web.yaml", BASE_DEPLOYMENT);
        write("images/kustomization.yaml", """
                apiVersion: kustomize.config.k8s.io/v1alpha1
                kind: Component
                images:
                  - {name: acme/web, newName: registry.test/acme/web, newTag: "1.2"}
                  - {name: acme/sidecar, newTag: "3"}
                """);
        write("overlay/kustomization.yaml", "resources: [../base]\ncomponents: [../images]\n");
        JsonNode containers = Kustomize.render(dir.resolve("overlay")).get(0).at("/spec/template/spec/containers");
        assertEquals("registry.test/acme/web:1.2", containers.at("/0/image").asText());
        assertEquals("acme/sidecar:3", containers.at("/1/image").asText());
    }

    @Test
    void refusesKustomizeFeaturesItDoesNotImplement() throws Exception {
        write("k/kustomization.yaml", "resources: []\nnamePrefix: prod-\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir.resolve("k")));
        assertTrue(e.getMessage().contains("namePrefix"), e.getMessage());
    }

    @Test
    void refusesAPatchThatMatchesNothing() throws Exception {
        write("k/kustomization.yaml", "resources: [web.yaml]\npatches:\n  - path: p.yaml\n");
        write("k/web.yaml", BASE_DEPLOYMENT);
        write("k/p.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: webb}\nspec: {replicas: 2}\n");
        assertThrows(IllegalArgumentException.class, () -> Kustomize.render(dir.resolve("k")));
    }

    /** Where kubectl is installed, the Java rendering must equal the real one, resource by resource. */
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void rendersTheOverlaysExactlyLikeKubectl(String overlay) throws Exception {
        Path path = Manifests.overlay(overlay);
        Path out = dir.resolve(overlay + ".yaml");
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", path.toString())
                    .redirectOutput(out.toFile()).redirectErrorStream(false).start();
        } catch (java.io.IOException notInstalled) {
            assumeTrue(false, "kubectl is not installed; the other checks still run");
            return;
        }
        assumeTrue(kubectl.waitFor(60, TimeUnit.SECONDS) && kubectl.exitValue() == 0, "kubectl kustomize did not run");
        assertEquals(byId(Kustomize.readDocuments(out)), byId(Kustomize.render(path)));
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> resources) {
        Map<String, JsonNode> map = new TreeMap<>();
        resources.forEach(r -> map.put(Kustomize.id(r), r));
        return map;
    }
}
