package io.claimtrack.claims.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/** The packaged claims-service in its own JVM on an embedded store in {@code data}, killed with SIGKILL when asked. */
record PackagedService(Process process, String url, HttpClient http, String token) {

    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /**
     * A start may use this much of its own CPU time, however long the wall clock runs: at a load of 40 on two cores a
     * start took longer than the two minutes it was once given, though it needs a few seconds of CPU; one that spins
     * fails here.
     */
    private static final Duration START_CPU = Duration.ofSeconds(90);
    /** And this long whatever CPU it got: a start that waits on something it will never get. */
    private static final Duration START_WALL = Duration.ofMinutes(10);

    static void requireJar() {
        assertTrue(Files.isRegularFile(JAR), "package claims-service first: " + JAR.toAbsolutePath());
    }

    static PackagedService start(Path data, String token) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Path.of("target", "kill-test.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dclaims.store.embedded.path=" + data.toAbsolutePath(),
                "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("QUARKUS_MONGODB_CONNECTION_STRING");
        builder.environment().remove("MONGODB_URI");
        builder.environment().put("SERVICE_TOKEN", token);
        PackagedService service = new PackagedService(builder.start(), "http://localhost:" + port,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(), token);
        Instant started = Instant.now();
        Instant deadline = started.plus(START_WALL);
        while (service.startCpu().compareTo(START_CPU) < 0 && Instant.now().isBefore(deadline)) {
            assertTrue(service.process.isAlive(), "claims-service exited; see " + log);
            try {
                if (service.send("GET", "/q/health/ready", null).statusCode() == 200) {
                    System.out.printf("claims-service ready in %d ms, %d ms of its CPU%n",
                            Duration.between(started, Instant.now()).toMillis(), service.startCpu().toMillis());
                    return service;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        Duration used = service.startCpu();
        // Not left running: it would hold the data directory and the port the next start of the test takes.
        service.kill();
        throw new IllegalStateException("claims-service not ready after " + used.toSeconds() + " s of its own CPU time"
                + " (at most " + START_CPU.toSeconds() + " s, or " + START_WALL.toMinutes() + " min however little it got); see " + log);
    }

    /** The CPU time the service's process has used; none where the platform does not tell. */
    private Duration startCpu() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
