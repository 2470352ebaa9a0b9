package io.claimtrack.claims.tools;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Write benchmark against a running claims-service: posts new synthetic documents (news articles of
 * 10 statements, and pages of 155 statements, the size of the TASS seed page) from several callers and
 * prints documents per second and p50/p99 store time per kind. With {@code --gateway-key} it posts the
 * same documents' text to a gateway instead ({@code POST /api/v1/documents}, text/plain), so they are
 * extracted by ingest-service and stored by claims-service: the end-to-end figure. With {@code --batch N}
 * as well, each caller posts N documents at a time as NDJSON ({@code POST /api/v1/documents:batch}), as a
 * newsroom backfilling an archive does; times are then per batch. Every body is encoded before the run starts,
 * and answers are checked for their status only, so the benchmark's own CPU (it shares the cores with the
 * services) is small; it prints that CPU per document, read from /proc around the run with its JIT compiler's and
 * garbage collector's shares apart ({@link ProcessCpu}), and {@code --pids} (comma-separated process ids of the
 * services) prints each service's the same way. It speaks HTTP/1.1 on one kept-alive connection a caller
 * ({@link Http11Connection}, as most newsroom tools do); {@code --http 2} uses Java's HttpClient and HTTP/2, as the
 * figures before session 7 did, at about 2 ms of the benchmark's CPU a request.
 *
 * <pre>
 * ./mvnw -B -pl claims-service test-compile exec:java -Dexec.mainClass=io.claimtrack.claims.tools.WriteBenchmark \
 *   -Dexec.args="--url http://localhost:8082 --token $SERVICE_TOKEN --articles 500 --pages 20 --callers 4"
 * # through the gateway:  --url http://localhost:8080 --gateway-key dev-editor-key [--batch 50]
 * </pre>
 */
public final class WriteBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SPEAKERS = { "Anna Berg", "Kaja Kallas", "Sergei Lavrov", "Dmitry Peskov",
        "Maria Zakharova", "Yury Ushakov", "Antony Blinken", "Olaf Scholz", "a source", "the ministry" };

    private final Map<String, String> options;
    private final String run = Long.toHexString(System.nanoTime());
    /** Java's client, for {@code --http 2} only: it costs the shared cores about 2 ms of CPU a request. */
    private final HttpClient http2;
    private final ThreadLocal<Http11Connection> connection;

    /** A request encoded before the run: its HTTP/1.1 bytes, or Java's request for HTTP/2. */
    private record Prepared(byte[] http11, HttpRequest http2) {
    }

    private WriteBenchmark(Map<String, String> options) {
        this.options = options;
        http2 = "2".equals(options.get("http"))
                ? HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_2).build()
                : null;
        URI server = URI.create(options.get("url"));
        connection = ThreadLocal.withInitial(() -> new Http11Connection(server));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        WriteBenchmark benchmark = new WriteBenchmark(options);
        int callers = Integer.parseInt(options.getOrDefault("callers", "4"));
        benchmark.measure("news article (10 statements)", Integer.parseInt(options.getOrDefault("articles", "500")),
                10, callers);
        benchmark.measure("large page (155 statements)", Integer.parseInt(options.getOrDefault("pages", "20")), 155,
                callers);
    }

    private void measure(String kind, int count, int statements, int callers) throws Exception {
        if (count == 0) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(callers, task -> {
            // a failed post ends the run instead of leaving the other callers holding the JVM
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        });
        int batch = options.containsKey("gateway-key") ? Integer.parseInt(options.getOrDefault("batch", "1")) : 1;
        // every body is encoded before the clock and the CPU counters start: the run then measures the services,
        // and what the benchmark still spends (sending, reading status lines) is printed as its own share
        List<Prepared> requests = new ArrayList<>();
        for (int first = 0; first < count; first += batch) {
            List<ObjectNode> documents = new ArrayList<>();
            for (int i = first; i < Math.min(count, first + batch); i++) {
                documents.add(document(kind.charAt(0) + "-" + i, statements));
            }
            requests.add(batch == 1 ? single(documents.get(0)) : ndjson(documents));
        }
        List<Future<Long>> timings = new ArrayList<>();
        List<ProcessCpu> cpuBefore = cpu();
        long started = System.nanoTime();
        for (int i = 0; i < requests.size(); i++) {
            Prepared request = requests.get(i);
            int documents = Math.min(batch, count - i * batch);
            timings.add(pool.submit(() -> batch == 1 ? post(request) : postBatch(request, documents)));
        }
        long[] nanos = new long[timings.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = timings.get(i).get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<ProcessCpu> cpuAfter = cpu();
        pool.shutdown();
        Arrays.sort(nanos);
        System.out.printf("%-30s %6d docs %3d callers %8.1f docs/s  p50 %7.1f ms  p99 %7.1f ms%s%n", kind, count,
                callers, count / seconds, nanos[nanos.length / 2] / 1e6,
                nanos[Math.min(nanos.length - 1, (int) (nanos.length * 0.99))] / 1e6,
                batch == 1 ? "" : " per batch of " + batch);
        String[] pids = pids();
        for (int i = 0; i < pids.length; i++) {
            System.out.printf("  CPU of pid %s: %s%n", pids[i], cpuAfter.get(i).minus(cpuBefore.get(i)).perDocument(count));
        }
        // the benchmark shares the cores with the services: its own share belongs in the sum
        System.out.printf("  CPU of this benchmark: %s%n", cpuAfter.get(pids.length).minus(cpuBefore.get(pids.length))
                .perDocument(count));
    }

    private String[] pids() {
        return ProcessCpu.ids(options.getOrDefault("pids", ""));
    }

    private List<ProcessCpu> cpu() throws IOException {
        List<ProcessCpu> cpu = ProcessCpu.ofEach(pids());
        cpu.add(ProcessCpu.of(String.valueOf(ProcessHandle.current().pid())));
        return cpu;
    }

    /** One NDJSON body of documents to the gateway's batch endpoint. */
    private Prepared ndjson(List<ObjectNode> documents) {
        StringBuilder ndjson = new StringBuilder();
        for (ObjectNode document : documents) {
            ObjectNode line = JSON.createObjectNode();
            for (String field : List.of("text", "source", "url", "published")) {
                line.set(field, document.get(field));
            }
            ndjson.append(line).append('\n');
        }
        return prepare(options.get("url") + "/api/v1/documents:batch", Map.of("Content-Type", "application/x-ndjson",
                "X-API-Key", options.get("gateway-key")), ndjson.toString(), Duration.ofSeconds(600));
    }

    /** One document: its stored form to claims-service, or its text to the gateway. */
    private Prepared single(ObjectNode document) {
        String gatewayKey = options.get("gateway-key");
        if (gatewayKey == null) {
            return prepare(options.get("url") + "/documents", Map.of("Content-Type", "application/json",
                    "Authorization", "Bearer " + options.getOrDefault("token", "")), document.toString(), Duration.ofSeconds(120));
        }
        String query = "?source=" + encode(document.get("source").asText()) + "&published="
                + document.get("published").asText() + "&url=" + encode(document.get("url").asText());
        return prepare(options.get("url") + "/api/v1/documents" + query, Map.of("Content-Type", "text/plain",
                "X-API-Key", gatewayKey), document.get("text").asText(), Duration.ofSeconds(120));
    }

    private Prepared prepare(String url, Map<String, String> headers, String body, Duration timeout) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (http2 == null) {
            return new Prepared(Http11Connection.encode("POST", URI.create(url), headers, bytes), null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(request::header);
        return new Prepared(null, request.build());
    }

    private Http11Connection.Response send(Prepared request) throws Exception {
        if (http2 == null) {
            return connection.get().send(request.http11());
        }
        HttpResponse<byte[]> response = http2.send(request.http2(), HttpResponse.BodyHandlers.ofByteArray());
        return new Http11Connection.Response(response.statusCode(), response.body());
    }

    /** Every line of the answer must say 201; the lines are only searched for that, not parsed. */
    private long postBatch(Prepared request, int documents) throws Exception {
        long t0 = System.nanoTime();
        Http11Connection.Response response = send(request);
        long nanos = System.nanoTime() - t0;
        List<String> results = response.text().lines().filter(line -> !line.isBlank()).toList();
        if (response.status() != 200 || results.size() != documents || !results.stream().allMatch(WriteBenchmark::stored)) {
            throw new IllegalStateException(response.status() + ": " + response.text());
        }
        return nanos;
    }

    /** The answer's body (the stored document) is kept as bytes and only decoded to say what went wrong. */
    private long post(Prepared request) throws Exception {
        long t0 = System.nanoTime();
        Http11Connection.Response response = send(request);
        if (response.status() != 201) {
            throw new IllegalStateException(response.status() + ": " + response.text());
        }
        return System.nanoTime() - t0;
    }

    /** A result line of the gateway's batch answer ({@code {"line":1,"status":201,...}}, as Jackson writes it). */
    static boolean stored(String result) {
        return result.contains("\"status\":201,");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Statements of the usual speakers; every fifth repeats an earlier wording with a small change. */
    private ObjectNode document(String id, int count) {
        Random random = new Random(id.hashCode());
        StringBuilder text = new StringBuilder("Benchmark story " + run + " " + id + ". ");
        ArrayNode statements = JSON.createArrayNode();
        for (int i = 0; i < count; i++) {
            String content = i % 5 == 0
                    ? "talks on the grain corridor were useful and will resume in round " + random.nextInt(50)
                    : "statement " + i + " of " + id + " " + run + " says prices rise by " + random.nextInt(1000)
                            + " percent in the region of " + random.nextInt(100);
            String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
            int start = text.length() + 1;
            text.append('"').append(content).append("\", ").append(speaker).append(" said. ");
            ObjectNode s = statements.addObject();
            s.putObject("speaker").put("name", speaker).put("kind", speaker.startsWith("a ") ? "anonymous" : "person");
            s.put("content", content).put("cue", "said").put("type", "direct");
            s.putObject("span").put("start", start).put("end", start + content.length());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("text", text.toString()).put("source", "Bench Wire").put("published", "2025-06-04")
                .put("url", "https://bench.example/" + run + "/" + id);
        body.set("statements", statements);
        return body;
    }
}
