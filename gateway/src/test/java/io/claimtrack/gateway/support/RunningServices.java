package io.claimtrack.gateway.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Runs the real ingest-service and claims-service from their fast-jars (the reactor builds them
 * before gateway), claims-service on an in-memory MongoDB, each on a free port.
 */
public class RunningServices implements QuarkusTestResourceLifecycleManager {

    /**
     * A service's start may use this much of its own CPU time, however long the wall clock runs (a start needs a few
     * seconds of CPU; at a load of 40 on two cores it took longer than the two minutes of wall clock it was once given).
     */
    private static final Duration STARTUP_CPU = Duration.ofSeconds(90);
    /** And this long whatever CPU it got: a start that waits on something it will never get. */
    private static final Duration STARTUP = Duration.ofMinutes(10);
    private static final Path LOGS = Path.of("target", "it-services");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();
    private MongoServer mongo;

    @Override
    public Map<String, String> start() {
        Path ingestJar = fastJar("ingest-service");
        Path claimsJar = fastJar("claims-service");
        mongo = new MongoServer(new MemoryBackend());
        String mongoUrl = mongo.bindAndGetConnectionString();

        // A fresh service token per run, as run.sh makes one per start; the services refuse calls without it.
        String token = "it-" + UUID.randomUUID();
        String ingestUrl = launch("ingest-service", ingestJar, "-Dclaimtrack.service-token=" + token);
        String claimsUrl = launch("claims-service", claimsJar, "-Dclaimtrack.service-token=" + token,
                "-Dquarkus.mongodb.connection-string=" + mongoUrl);
        awaitReady("ingest-service", ingestUrl, processes.get(0));
        awaitReady("claims-service", claimsUrl, processes.get(1));
        return Map.of("quarkus.rest-client.ingest.url", ingestUrl, "quarkus.rest-client.claims.url", claimsUrl,
                "claimtrack.service-token", token,
                // The packaged gateway runs the prod profile: configure the keys as production would, hashed.
                "gateway.api-keys", hashed(Api.EDITOR_KEY) + ":editor:it-editor," + hashed(Api.READER_KEY) + ":reader");
    }

    @Override
    public void stop() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (mongo != null) {
            mongo.shutdownNow();
            mongo = null;
        }
    }

    private static Path fastJar(String service) {
        Path jar = Path.of("..", service, "target", "quarkus-app", "quarkus-run.jar").toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(service + " is not built: " + jar + " is missing. Run ./mvnw -B verify from the "
                    + "repository root, or ./mvnw -B package -DskipTests -pl ingest-service,claims-service first.");
        }
        return jar;
    }

    private String launch(String service, Path jar, String... properties) {
        int port = Ports.free();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port));
        command.addAll(List.of(properties));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(LOGS);
            File log = LOGS.resolve(service + ".log").toFile();
            processes.add(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service, e);
        }
        return "http://localhost:" + port;
    }

    private void awaitReady(String service, String baseUrl, Process process) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (cpu(process).compareTo(STARTUP_CPU) < 0 && Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                stop();
                throw new IllegalStateException(service + " exited with " + process.exitValue() + "; see " + LOGS.resolve(service + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + service, e);
            }
            sleep();
        }
        Duration used = cpu(process);
        // The services started so far do not outlive a failed start, whether or not Quarkus stops this resource.
        stop();
        throw new IllegalStateException(service + " not ready after " + used.toSeconds() + " s of its CPU time (at most "
                + STARTUP_CPU.toSeconds() + " s, or " + STARTUP.toMinutes() + " min however little it got); see "
                + LOGS.resolve(service + ".log"));
    }

    private static Duration cpu(Process process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hashed(String key) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
