package io.claimtrack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The files run.sh and the image builds depend on agree with the manifests. */
class SamplesAndImagesTest {

    @Test
    void theSampleDocumentsAreValidExtractionRequests() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Manifests.module().resolve("local/samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(samples.size() >= 3, "run.sh loads at least three samples");
        boolean html = false;
        for (Path sample : samples) {
            JsonNode doc = new ObjectMapper().readTree(sample.toFile());
            String where = sample.getFileName().toString();
            assertFalse(doc.path("text").asText().isBlank(), where);
            assertFalse(doc.path("source").asText().isBlank(), where);
            assertTrue(doc.path("url").asText().startsWith("https://"), where);
            LocalDate.parse(doc.path("published").asText());
            assertTrue(Set.of("text", "html").contains(doc.path("format").asText()), where);
            assertEquals(Set.of("text", "source", "url", "published", "format"), Set.copyOf(iterable(doc)), where);
            html |= doc.path("format").asText().equals("html");
        }
        assertTrue(html, "one sample is an HTML page");
    }

    private static List<String> iterable(JsonNode doc) {
        List<String> names = new java.util.ArrayList<>();
        doc.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void eachServiceDockerfileExposesThePortAndUserTheManifestsUse() throws Exception {
        Manifests m = Manifests.render("production");
        Pattern expose = Pattern.compile("(?m)^EXPOSE (\\d+)$");
        for (String name : Manifests.SERVICES) {
            Path dockerfile = Manifests.module().resolveSibling(name).resolve("src/main/docker/Dockerfile.jvm");
            String text = Files.readString(dockerfile);
            Deployment d = m.get(Deployment.class, name);
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            Matcher port = expose.matcher(text);
            assertTrue(port.find(), dockerfile + " has no EXPOSE");
            assertEquals(c.getPorts().get(0).getContainerPort(), Integer.valueOf(port.group(1)), name);
            assertTrue(text.contains("\nUSER " + d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser() + "\n"), name);
            assertTrue(text.contains("target/quarkus-app/quarkus/ /deployments/quarkus/"), name + ": fast-jar layout");
        }
    }
}
