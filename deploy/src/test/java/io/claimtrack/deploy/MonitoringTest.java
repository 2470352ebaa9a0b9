package io.claimtrack.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production overlay's alerts and dashboard: present, well formed, and built only on metrics the
 * services export (their Micrometer names are read from the sources) or Quarkus's HTTP metrics.
 */
class MonitoringTest {

    /** What on-call needs on the dashboard (issue: observable in operation). */
    private static final Set<String> ON_CALL_METRICS = Set.of(
            "claimtrack_documents_ingested", "claimtrack_documents_rejected", "claimtrack_extraction_statements",
            "claimtrack_extraction", "claimtrack_extraction_characters", "claimtrack_store", "claimtrack_claims",
            "claimtrack_speakers", "claimtrack_speakers_merged", "claimtrack_stream_subscribers", "claimtrack_downstream_failures");
    private static final Set<String> ALERTS = Set.of(
            "ClaimtrackIngestErrorRate", "ClaimtrackStoreSlow", "ClaimtrackDownstreamDown", "ClaimtrackNoDocuments");
    private static final List<String> SUFFIXES = List.of("", "_total", "_seconds", "_seconds_count", "_seconds_sum",
            "_seconds_bucket", "_seconds_max", "_count", "_sum", "_bucket", "_max");
    private static final Pattern METRIC = Pattern.compile("\\b(claimtrack_[a-z_]+|http_server_requests_[a-z_]+)\\b");
    private static final Pattern MICROMETER_NAME = Pattern.compile("\"(claimtrack(?:\\.[a-z]+)+)\"");

    @Test
    void thePrometheusRuleAlertsOnIngestErrorsSlowStoresDownstreamsDownAndSilence() {
        JsonNode rule = prometheusRule();
        Map<String, JsonNode> alerts = new java.util.TreeMap<>();
        rule.path("spec").path("groups").forEach(g -> g.path("rules").forEach(r -> alerts.put(r.path("alert").asText(), r)));
        assertEquals(ALERTS, alerts.keySet());
        alerts.forEach((name, alert) -> {
            String expr = alert.path("expr").asText();
            assertBalanced(name, expr);
            assertFalse(metricsIn(expr).isEmpty(), name + " watches no metric");
            assertTrue(Set.of("warning", "critical").contains(alert.path("labels").path("severity").asText()), name + " severity");
            assertFalse(alert.path("annotations").path("summary").asText().isBlank(), name + " has a summary");
            assertFalse(alert.path("annotations").path("description").asText().isBlank(), name + " tells on-call what to do");
            assertTrue(alert.path("for").asText().matches("\\d+m"), name + " waits before firing");
        });
        assertTrue(alerts.get("ClaimtrackStoreSlow").path("expr").asText().contains("histogram_quantile(0.99"), "p99 store time");
        assertTrue(alerts.get("ClaimtrackNoDocuments").path("expr").asText().contains("or vector(0)"),
                "fires also when nothing was ever ingested since the pods started");
    }

    @Test
    void theDashboardIsAConfigMapGrafanaProvisionsAndShowsEveryOnCallMetric() throws Exception {
        ConfigMap cm = Manifests.render("production").all(ConfigMap.class)
                .filter(c -> c.getMetadata().getLabels() != null && "1".equals(c.getMetadata().getLabels().get("grafana_dashboard")))
                .findFirst().orElseThrow(() -> new AssertionError("no ConfigMap labelled grafana_dashboard=1"));
        assertEquals(1, cm.getData().size());
        JsonNode dashboard = new ObjectMapper().readTree(cm.getData().values().iterator().next());
        assertFalse(dashboard.path("uid").asText().isBlank());
        Set<String> shown = new TreeSet<>();
        Set<Integer> ids = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertTrue(ids.add(panel.path("id").asInt()), "panel ids are unique");
            assertFalse(panel.path("targets").isEmpty(), panel.path("title").asText() + " has no query");
            for (JsonNode target : panel.path("targets")) {
                String expr = target.path("expr").asText();
                assertBalanced(panel.path("title").asText(), expr);
                metricsIn(expr).forEach(m -> shown.add(base(m)));
            }
        }
        assertTrue(shown.containsAll(ON_CALL_METRICS), "not on the dashboard: " + difference(ON_CALL_METRICS, shown));
    }

    @Test
    void alertsAndDashboardUseOnlyMetricsTheServicesExport() {
        Set<String> exported = exportedMetrics();
        assertTrue(exported.containsAll(ON_CALL_METRICS), "not exported by any service: " + difference(ON_CALL_METRICS, exported));
        List<String> exprs = new ArrayList<>();
        prometheusRule().path("spec").path("groups").forEach(g -> g.path("rules").forEach(r -> exprs.add(r.path("expr").asText())));
        Manifests.render("production").all(ConfigMap.class).filter(c -> c.getMetadata().getName().equals("claimtrack-dashboard"))
                .forEach(c -> exprs.add(c.getData().values().iterator().next()));
        for (String expr : exprs) {
            for (String metric : metricsIn(expr)) {
                assertTrue(metric.startsWith("http_server_requests_seconds") || exported.contains(base(metric)),
                        metric + " is exported by no service (known: " + exported + ")");
            }
        }
    }

    private static JsonNode prometheusRule() {
        return Manifests.render("production").all(GenericKubernetesResource.class)
                .filter(r -> r.getKind().equals("PrometheusRule")).findFirst()
                .map(r -> Kustomize.YAML.valueToTree(r))
                .map(JsonNode.class::cast)
                .orElseThrow(() -> new AssertionError("no PrometheusRule in the production overlay"));
    }

    /** Micrometer names in the services' sources, as Prometheus spells them (dots become underscores). */
    private static Set<String> exportedMetrics() {
        Path root = Manifests.module().getParent();
        Set<String> names = new TreeSet<>();
        for (String service : Manifests.SERVICES) {
            try (Stream<Path> files = Files.walk(root.resolve(service).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = MICROMETER_NAME.matcher(Files.readString(file));
                    while (m.find()) {
                        names.add(m.group(1).replace('.', '_'));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static Set<String> metricsIn(String expr) {
        Set<String> found = new TreeSet<>();
        Matcher m = METRIC.matcher(expr);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The series' meter name: the longest exported-looking prefix left when a Prometheus suffix is taken off. */
    private static String base(String metric) {
        String best = metric;
        for (String suffix : SUFFIXES) {
            if (!suffix.isEmpty() && metric.endsWith(suffix) && metric.length() - suffix.length() < best.length()) {
                best = metric.substring(0, metric.length() - suffix.length());
            }
        }
        return best;
    }

    private static void assertBalanced(String where, String expr) {
        int depth = 0;
        for (char c : expr.toCharArray()) {
            depth += c == '(' || c == '{' || c == '[' ? 1 : c == ')' || c == '}' || c == ']' ? -1 : 0;
            assertTrue(depth >= 0, where + ": unbalanced " + expr);
        }
        assertEquals(0, depth, where + ": unbalanced " + expr);
    }

    private static Set<String> difference(Set<String> wanted, Set<String> have) {
        return wanted.stream().filter(w -> !have.contains(w)).collect(Collectors.toCollection(TreeSet::new));
    }
}
