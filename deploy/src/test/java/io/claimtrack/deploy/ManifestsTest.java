package io.claimtrack.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Renders each overlay, validates every resource against the API types and checks the deployment rules. */
class ManifestsTest {

    private static final Pattern SECRET_LIKE_KEY = Pattern.compile("(?i).*(password|passwd|secret|token|api.?keys?|credential|connection.?string).*");
    private static final Pattern SECRET_LIKE_VALUE = Pattern.compile("(?i)(mongodb(\\+srv)?://|[a-z0-9-]+-key:(editor|reader)|://[^/\\s]+:[^/\\s]+@).*");

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyContainerHasRequestsAndLimitsWithinThem(String overlay) {
        Manifests m = Manifests.render(overlay);
        m.podTemplates().forEach((workload, template) -> {
            for (Container c : Manifests.containers(template)) {
                String where = workload + "/" + c.getName();
                assertNotNull(c.getResources(), where + " has no resources");
                for (String resource : List.of("cpu", "memory")) {
                    Quantity request = c.getResources().getRequests().get(resource);
                    Quantity limit = c.getResources().getLimits().get(resource);
                    assertNotNull(request, where + " has no " + resource + " request");
                    assertNotNull(limit, where + " has no " + resource + " limit");
                    assertTrue(request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                            where + ": " + resource + " request above its limit");
                }
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void servicesHaveHealthProbesMetricsAnnotationsAndAReadOnlyRoot(String overlay) {
        Manifests m = Manifests.render(overlay);
        for (String name : Manifests.SERVICES) {
            PodTemplateSpec template = m.get(Deployment.class, name).getSpec().getTemplate();
            Container c = template.getSpec().getContainers().get(0);
            int port = c.getPorts().get(0).getContainerPort();
            assertProbe(c.getStartupProbe() == null ? null : c.getStartupProbe().getHttpGet(), "/q/health/started", name);
            assertProbe(c.getReadinessProbe() == null ? null : c.getReadinessProbe().getHttpGet(), "/q/health/ready", name);
            assertProbe(c.getLivenessProbe() == null ? null : c.getLivenessProbe().getHttpGet(), "/q/health/live", name);
            assertEquals("http", c.getPorts().get(0).getName(), name + ": the probes use the port named http");
            Map<String, String> annotations = template.getMetadata().getAnnotations();
            assertEquals("true", annotations.get("prometheus.io/scrape"), name);
            assertEquals("/q/metrics", annotations.get("prometheus.io/path"), name);
            assertEquals(String.valueOf(port), annotations.get("prometheus.io/port"), name);
            assertEquals(Boolean.TRUE, c.getSecurityContext().getReadOnlyRootFilesystem(), name + ": read-only root");
            assertTrue(c.getVolumeMounts().stream().anyMatch(v -> v.getMountPath().equals("/tmp")), name + " needs a writable /tmp");
            assertEquals(Boolean.FALSE, template.getSpec().getEnableServiceLinks(), name + ": no injected service variables");
        }
    }

    private static void assertProbe(HTTPGetAction probe, String path, String service) {
        assertNotNull(probe, service + " has no HTTP probe on " + path);
        assertEquals(path, probe.getPath(), service);
        assertEquals("http", probe.getPort().getStrVal(), service);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everythingRunsAsNonRootWithoutPrivilegeEscalation(String overlay) {
        Manifests.render(overlay).podTemplates().forEach((workload, template) -> {
            assertEquals(Boolean.TRUE, template.getSpec().getSecurityContext().getRunAsNonRoot(), workload);
            assertFalse(Objects.requireNonNullElse(template.getSpec().getSecurityContext().getRunAsUser(), 0L) == 0L, workload);
            for (Container c : Manifests.containers(template)) {
                assertEquals(Boolean.FALSE, c.getSecurityContext().getAllowPrivilegeEscalation(), workload);
                assertEquals(List.of("ALL"), c.getSecurityContext().getCapabilities().getDrop(), workload);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void imagesArePinnedAndTheServiceImagesAreTheOnesTheDockerfilesBuild(String overlay) {
        Manifests m = Manifests.render(overlay);
        m.podTemplates().forEach((workload, template) -> {
            for (Container c : Manifests.containers(template)) {
                String tag = c.getImage().contains(":") ? c.getImage().substring(c.getImage().lastIndexOf(':') + 1) : "";
                assertFalse(tag.isEmpty() || tag.equals("latest"), workload + " uses an unpinned image " + c.getImage());
            }
        });
        for (String name : Manifests.SERVICES) {
            String image = m.get(Deployment.class, name).getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            assertTrue(image.startsWith("claimtrack/" + name + ":"), name + " runs " + image);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void secretsStayOutOfConfigMapsAndEveryReferenceResolves(String overlay) {
        Manifests m = Manifests.render(overlay);
        Set<String> configMaps = m.all(ConfigMap.class).map(c -> c.getMetadata().getName()).collect(Collectors.toSet());
        m.all(ConfigMap.class).forEach(cm -> cm.getData().forEach((key, value) -> {
            assertFalse(SECRET_LIKE_KEY.matcher(key).matches(), cm.getMetadata().getName() + " holds a secret-like key " + key);
            assertFalse(SECRET_LIKE_VALUE.matcher(value).matches(), cm.getMetadata().getName() + "." + key + " holds a secret-like value");
        }));
        Map<String, Set<String>> secretKeys = secretKeysReferenced(m);
        assertEquals(overlay.equals("local")
                        ? Set.of("gateway-api-keys", "claims-mongodb", "service-token")
                        : Set.of("gateway-api-keys", "claims-mongodb", "service-token", "mongodb-root"),
                secretKeys.keySet());
        m.podTemplates().forEach((workload, template) -> {
            for (Container c : Manifests.containers(template)) {
                for (EnvFromSource from : c.getEnvFrom()) {
                    assertTrue(from.getConfigMapRef() != null && configMaps.contains(from.getConfigMapRef().getName()),
                            workload + " loads a missing ConfigMap");
                }
            }
        });
        if (overlay.equals("local")) {
            secretKeys.forEach((name, keys) -> {
                Secret s = m.get(Secret.class, name);
                assertTrue(s.getStringData().keySet().containsAll(keys), name + " lacks " + keys);
            });
        } else {
            assertEquals(0, m.all(Secret.class).count(), "production Secrets are created out of band, never committed");
        }
    }

    private static Map<String, Set<String>> secretKeysReferenced(Manifests m) {
        Map<String, Set<String>> refs = new java.util.TreeMap<>();
        m.podTemplates().values().forEach(t -> Manifests.containers(t).stream()
                .flatMap(c -> c.getEnv().stream())
                .map(EnvVar::getValueFrom)
                .filter(v -> v != null && v.getSecretKeyRef() != null)
                .forEach(v -> refs.computeIfAbsent(v.getSecretKeyRef().getName(), k -> new TreeSet<>()).add(v.getSecretKeyRef().getKey())));
        return refs;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void onlyTheGatewayIsExposedOutsideTheCluster(String overlay) {
        Manifests m = Manifests.render(overlay);
        m.all(Service.class).forEach(s -> assertTrue(
                "ClusterIP".equals(s.getSpec().getType()) || s.getSpec().getType() == null || s.getMetadata().getName().equals("gateway"),
                s.getMetadata().getName() + " is exposed as " + s.getSpec().getType()));
        m.all(Ingress.class).forEach(i -> i.getSpec().getRules().forEach(r -> r.getHttp().getPaths().forEach(p ->
                assertEquals("gateway", p.getBackend().getService().getName(), "Ingress " + i.getMetadata().getName()))));
        m.all(Service.class).forEach(s -> assertTrue(m.podTemplates().values().stream()
                        .anyMatch(t -> t.getMetadata().getLabels().entrySet().containsAll(s.getSpec().getSelector().entrySet())),
                "Service " + s.getMetadata().getName() + " selects no pods"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theGatewayAndBothInternalServicesShareTheServiceTokenFromOneSecret(String overlay) {
        Manifests m = Manifests.render(overlay);
        for (String name : Manifests.SERVICES) {
            Container c = m.get(Deployment.class, name).getSpec().getTemplate().getSpec().getContainers().get(0);
            EnvVar token = c.getEnv().stream().filter(e -> e.getName().equals("SERVICE_TOKEN")).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " gets no SERVICE_TOKEN"));
            assertNotNull(token.getValueFrom(), name + ": SERVICE_TOKEN must come from a Secret, not a literal");
            assertEquals("service-token", token.getValueFrom().getSecretKeyRef().getName(), name);
            assertEquals("token", token.getValueFrom().getSecretKeyRef().getKey(), name);
        }
    }

    @Test
    void productionMongoDbRunsWithAuthenticationAndClaimsServiceLogsInAsAUserOfTheClaimsDatabaseOnly() {
        Manifests m = Manifests.render("production");
        PodSpec mongo = m.get(StatefulSet.class, "mongodb").getSpec().getTemplate().getSpec();
        Container mongod = mongo.getContainers().get(0);
        // A key file turns authentication on, between the members and for every client.
        List<String> args = mongod.getArgs();
        assertTrue(args.contains("--keyFile") && !args.contains("--noauth"), "mongod runs with --keyFile: " + args);
        String keyFile = args.get(args.indexOf("--keyFile") + 1);
        assertTrue(mongod.getVolumeMounts().stream().anyMatch(v -> keyFile.startsWith(v.getMountPath() + "/")), "the key file is mounted");
        String start = String.join(" ", mongod.getCommand());
        assertTrue(start.contains("chmod 0400 " + keyFile), "mongod refuses a key file others may read: " + start);
        String secretMount = mongod.getVolumeMounts().stream().filter(v -> start.contains("cp " + v.getMountPath() + "/"))
                .findFirst().orElseThrow(() -> new AssertionError("the key file is copied from no volume")).getName();
        assertTrue(mongo.getVolumes().stream().anyMatch(v -> v.getName().equals(secretMount) && v.getSecret() != null
                && v.getSecret().getSecretName().equals("mongodb-keyfile")), "the key file comes from the Secret mongodb-keyfile");

        // The image's entrypoint creates the root user from the Secret mongodb-root, then the application user.
        assertTrue(start.endsWith("exec docker-entrypoint.sh \"$@\" mongod-with-keyfile"), start);
        assertEquals("mongod", args.get(0));
        assertSecretEnv(mongod, "MONGO_INITDB_ROOT_USERNAME", "mongodb-root", "username");
        assertSecretEnv(mongod, "MONGO_INITDB_ROOT_PASSWORD", "mongodb-root", "password");
        assertSecretEnv(mongod, "CLAIMS_DB_USERNAME", "claims-mongodb", "username");
        assertSecretEnv(mongod, "CLAIMS_DB_PASSWORD", "claims-mongodb", "password");
        assertEquals("claims", env(mongod, "CLAIMS_DB_NAME").getValue());
        String initVolume = mongod.getVolumeMounts().stream().filter(v -> v.getMountPath().equals("/docker-entrypoint-initdb.d"))
                .findFirst().orElseThrow(() -> new AssertionError("no init scripts")).getName();
        String script = String.join("\n", m.get(ConfigMap.class, mongo.getVolumes().stream().filter(v -> v.getName().equals(initVolume))
                .findFirst().orElseThrow().getConfigMap().getName()).getData().values());
        assertTrue(script.contains("getSiblingDB(database).createUser("), script);
        assertTrue(script.contains("process.env.CLAIMS_DB_PASSWORD"), "the password comes from the Secret, not the script");
        Matcher roles = Pattern.compile("role:\\s*'([^']+)',\\s*db:\\s*(\\w+)").matcher(script);
        assertTrue(roles.find());
        assertEquals("readWrite", roles.group(1));
        assertEquals("database", roles.group(2), "the role is on the claims database (CLAIMS_DB_NAME)");
        assertFalse(roles.find(), "the application user has exactly one role");

        // claims-service builds its connection string from the same Secret and logs in to the claims database.
        Container claims = m.get(Deployment.class, "claims-service").getSpec().getTemplate().getSpec().getContainers().get(0);
        List<String> names = claims.getEnv().stream().map(EnvVar::getName).toList();
        EnvVar uri = env(claims, "QUARKUS_MONGODB_CONNECTION_STRING");
        assertNull(uri.getValueFrom(), "built here, not a whole connection string from a Secret");
        assertTrue(uri.getValue().startsWith("mongodb://$(MONGODB_USERNAME):$(MONGODB_PASSWORD)@"), uri.getValue());
        assertTrue(uri.getValue().contains("/claims?") && uri.getValue().contains("authSource=claims")
                && uri.getValue().contains("replicaSet=rs0"), uri.getValue());
        for (int i = 0; i < 3; i++) {
            assertTrue(uri.getValue().contains("mongodb-" + i + ".mongodb:27017"), uri.getValue());
        }
        assertSecretEnv(claims, "MONGODB_USERNAME", "claims-mongodb", "username");
        assertSecretEnv(claims, "MONGODB_PASSWORD", "claims-mongodb", "password");
        // Kubernetes substitutes $(VAR) only from variables listed before.
        assertTrue(names.indexOf("MONGODB_USERNAME") < names.indexOf("QUARKUS_MONGODB_CONNECTION_STRING")
                && names.indexOf("MONGODB_PASSWORD") < names.indexOf("QUARKUS_MONGODB_CONNECTION_STRING"), names.toString());

        // The replica set is initiated as root.
        Container init = m.get(Job.class, "mongodb-rs-init").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertSecretEnv(init, "MONGO_ROOT_USERNAME", "mongodb-root", "username");
        assertSecretEnv(init, "MONGO_ROOT_PASSWORD", "mongodb-root", "password");
        assertTrue(String.join(" ", init.getCommand()).contains("auth(process.env.MONGO_ROOT_USERNAME, process.env.MONGO_ROOT_PASSWORD)"));
    }

    private static EnvVar env(Container c, String name) {
        return c.getEnv().stream().filter(e -> e.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no " + name));
    }

    private static void assertSecretEnv(Container c, String name, String secret, String key) {
        EnvVar e = env(c, name);
        assertNotNull(e.getValueFrom(), c.getName() + "." + name + " must come from a Secret");
        assertEquals(secret, e.getValueFrom().getSecretKeyRef().getName(), c.getName() + "." + name);
        assertEquals(key, e.getValueFrom().getSecretKeyRef().getKey(), c.getName() + "." + name);
    }

    @Test
    void localRunsOneReplicaOfEachAndASingleMongoDbWithAVolume() {
        Manifests m = Manifests.render("local");
        m.all(Deployment.class).forEach(d -> assertEquals(1, d.getSpec().getReplicas(), d.getMetadata().getName()));
        StatefulSet mongo = m.get(StatefulSet.class, "mongodb");
        assertEquals(1, mongo.getSpec().getReplicas());
        assertEquals("data", mongo.getSpec().getVolumeClaimTemplates().get(0).getMetadata().getName());
        assertTrue(mongo.getSpec().getTemplate().getSpec().getContainers().get(0).getVolumeMounts().stream()
                .anyMatch(v -> v.getName().equals("data") && v.getMountPath().equals("/data/db")));
        assertTrue(m.get(Secret.class, "claims-mongodb").getStringData().get("connection-string").contains("mongodb-0.mongodb:27017"));
    }

    @Test
    void productionRunsAThreeMemberReplicaSetWithAutoscalingAndBudgets() {
        Manifests m = Manifests.render("production");
        StatefulSet mongo = m.get(StatefulSet.class, "mongodb");
        assertEquals(3, mongo.getSpec().getReplicas());
        List<String> args = mongo.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs();
        assertEquals("rs0", args.get(args.indexOf("--replSet") + 1));
        // the claims feed follows the replica set's change stream
        Container claims = m.get(Deployment.class, "claims-service").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("change-stream", env(claims, "CLAIMS_FEED_CHANGES").getValue());
        Set<String> scaled = m.all(HorizontalPodAutoscaler.class).map(h -> {
            assertEquals("Deployment", h.getSpec().getScaleTargetRef().getKind());
            m.get(Deployment.class, h.getSpec().getScaleTargetRef().getName());
            assertTrue(h.getSpec().getMinReplicas() >= 2 && h.getSpec().getMaxReplicas() > h.getSpec().getMinReplicas());
            return h.getSpec().getScaleTargetRef().getName();
        }).collect(Collectors.toSet());
        assertEquals(Set.of("gateway", "ingest-service"), scaled);
        m.podTemplates().forEach((workload, template) -> {
            if (!workload.startsWith("Job/")) {
                assertTrue(m.all(PodDisruptionBudget.class).anyMatch(p -> Manifests.matches(p.getSpec().getSelector(), template.getMetadata().getLabels())),
                        workload + " has no PodDisruptionBudget");
            }
        });
        assertEquals(1, m.all(Ingress.class).count());
    }

    @Test
    void productionNetworkPoliciesAdmitOutsideTrafficOnlyToTheGatewayAndMongoDbOnlyFromClaimsService() {
        Manifests m = Manifests.render("production");
        Map<String, PodTemplateSpec> pods = m.podTemplates();
        List<NetworkPolicy> policies = m.all(NetworkPolicy.class).toList();
        assertTrue(policies.stream().anyMatch(p -> selectsAll(p) && p.getSpec().getPolicyTypes().contains("Ingress") && p.getSpec().getIngress().isEmpty()),
                "a default-deny ingress policy");

        Set<String> reachableFromAnywhere = new TreeSet<>();
        Map<String, Set<String>> reachers = new java.util.TreeMap<>();
        pods.forEach((workload, template) -> {
            Map<String, String> labels = template.getMetadata().getLabels();
            for (NetworkPolicy p : policies) {
                if (!Manifests.matches(p.getSpec().getPodSelector(), labels) && !selectsAll(p)) {
                    continue;
                }
                for (NetworkPolicyIngressRule rule : p.getSpec().getIngress()) {
                    if (rule.getFrom().isEmpty() || rule.getFrom().stream().anyMatch(peer -> peer.getIpBlock() != null)) {
                        reachableFromAnywhere.add(workload);
                    }
                    for (NetworkPolicyPeer peer : rule.getFrom()) {
                        if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
                            pods.forEach((other, t) -> {
                                if (Manifests.matches(peer.getPodSelector(), t.getMetadata().getLabels())) {
                                    reachers.computeIfAbsent(workload, k -> new HashSet<>()).add(other);
                                }
                            });
                        }
                    }
                }
            }
        });
        assertEquals(Set.of("Deployment/gateway"), reachableFromAnywhere);
        Set<String> mongoClients = new TreeSet<>(reachers.get("StatefulSet/mongodb"));
        mongoClients.removeIf(w -> pods.get(w).getMetadata().getLabels().get("app.kubernetes.io/name").equals("mongodb"));
        assertEquals(Set.of("Deployment/claims-service"), mongoClients);
        assertEquals(Set.of("Deployment/gateway"), reachers.get("Deployment/ingest-service"));
        assertEquals(Set.of("Deployment/gateway"), reachers.get("Deployment/claims-service"));
    }

    private static boolean selectsAll(NetworkPolicy p) {
        var s = p.getSpec().getPodSelector();
        return (s.getMatchLabels() == null || s.getMatchLabels().isEmpty()) && s.getMatchExpressions().isEmpty();
    }

    @Test
    void theReadmeTellsHowToCreateEveryProductionSecret() throws Exception {
        String readme = Files.readString(Manifests.module().resolve("README.md"));
        Manifests production = Manifests.render("production");
        Set<String> secrets = new TreeSet<>(secretKeysReferenced(production).keySet());
        production.podTemplates().values().forEach(t -> t.getSpec().getVolumes().stream()
                .filter(v -> v.getSecret() != null).forEach(v -> secrets.add(v.getSecret().getSecretName())));
        production.all(Ingress.class)
                .forEach(i -> i.getSpec().getTls().forEach(t -> secrets.add(t.getSecretName())));
        for (String secret : secrets) {
            assertTrue(Pattern.compile("kubectl .*create secret \\w+ " + Pattern.quote(secret) + "\\s").matcher(readme).find(),
                    "deploy/README.md tells how to create the Secret " + secret);
        }
    }
}
