package io.claimtrack.claims.tools;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.claims.service.Text;

/**
 * Read benchmark against a running claims-service: times every dashboard read (p50/p99 of
 * {@code --samples} requests each) on whatever the store holds. Speakers, sources, dates and words are
 * taken from the stored claims, so it runs on a store of the load tool as well as on a real one.
 *
 * <pre>
 * java -cp ... io.claimtrack.claims.tools.ReadBenchmark --url http://localhost:18082 --token $SERVICE_TOKEN --samples 50
 * </pre>
 * {@code --speaker ID} adds that speaker's timeline (per week and per day); {@code --only WORDS} times only
 * the reads whose name contains them (say {@code timeline}). With {@code --gateway-key KEY} (a reader's API key)
 * the same reads go through a gateway at {@code --url} ({@code /api/v1/...}), as a dashboard sends them, and
 * {@code --speaker}'s timeline per month as well. {@code --pids} (comma-separated process ids of the services) prints
 * each one's CPU a request under each read ({@link ProcessCpu}): on a loaded machine a read's p99 is mostly the wait
 * for a core, its CPU is what the read itself costs.
 */
public final class ReadBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> options;
    private final Random random = new Random(11);
    private final List<JsonNode> claims = new ArrayList<>();

    private ReadBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new ReadBenchmark(options).run();
    }

    private void run() throws Exception {
        String next = null;
        for (int page = 0; page < 5; page++) {
            JsonNode found = get("/claims?limit=100" + (next == null ? "" : "&cursor=" + next));
            found.get("items").forEach(claims::add);
            next = found.get("next").isNull() ? null : found.get("next").asText();
            if (next == null) {
                break;
            }
        }
        if (claims.isEmpty()) {
            throw new IllegalStateException("the store holds no claims");
        }
        Map<String, Supplier<String>> reads = new LinkedHashMap<>();
        reads.put("newest claims  GET /claims", () -> "/claims");
        reads.put("a speaker's claims  GET /speakers/{id}/claims", () -> "/speakers/" + claim().get("speaker").get("id")
                .asText() + "/claims");
        reads.put("by speaker name  GET /claims?speaker=", () -> "/claims?speaker=" + encode(claim().get("speaker").get("name")
                .asText()));
        reads.put("a source's claims by date (7 days)", () -> {
            JsonNode appearance = claim().get("appearances").get(0);
            LocalDate day = LocalDate.parse(appearance.get("published").asText().substring(0, 10));
            return "/claims?source=" + encode(appearance.get("source").asText()) + "&from=" + day.minusDays(6)
                    + "&to=" + day;
        });
        reads.put("a source's documents  GET /documents?source=&from=&to=", () -> {
            JsonNode appearance = claim().get("appearances").get(0);
            LocalDate day = LocalDate.parse(appearance.get("published").asText().substring(0, 10));
            return "/documents?source=" + encode(appearance.get("source").asText()) + "&from=" + day.minusDays(6)
                    + "&to=" + day;
        });
        List<String> texts = claims.stream().map(claim -> claim.get("text").asText())
                .filter(text -> !Text.tokens(text).isEmpty()).toList();
        if (!texts.isEmpty()) {
            reads.put("words  GET /claims?q=", () -> "/claims?q=" + encode(word(texts.get(random.nextInt(texts.size())),
                    random)));
        }
        List<String> names = claims.stream().map(claim -> claim.get("speaker").get("name").asText())
                .filter(name -> lastWord(name) != null).toList();
        if (!names.isEmpty()) {
            reads.put("speaker search  GET /speakers?q=", () -> "/speakers?q="
                    + encode(lastWord(names.get(random.nextInt(names.size())))));
        }
        reads.put("timeline  GET /speakers/{id}/stats?interval=week", () -> "/speakers/" + claim().get("speaker").get("id")
                .asText() + "/stats?interval=week");
        reads.put("a claim by id  GET /claims/{id}", () -> "/claims/" + claim().get("id").asText());
        String speaker = options.get("speaker");
        if (speaker != null) {
            // one named speaker, say the one with the most claims (the load tool's first with --top-speaker-share)
            long count = get("/speakers/" + encode(speaker)).get("claimCount").asLong();
            reads.put("timeline of --speaker (" + count + " claims), week", () -> "/speakers/" + encode(speaker)
                    + "/stats?interval=week");
            reads.put("timeline of --speaker (" + count + " claims), day", () -> "/speakers/" + encode(speaker)
                    + "/stats?interval=day");
            if (options.containsKey("gateway-key")) {
                // months are the gateway's own: it sums them from claims-service's days
                reads.put("timeline of --speaker (" + count + " claims), month", () -> "/speakers/" + encode(speaker)
                        + "/stats?interval=month");
            }
        }
        int samples = Integer.parseInt(options.getOrDefault("samples", "50"));
        String only = options.get("only");
        System.out.printf("%-56s %7s %9s %9s%n", "read", "samples", "p50 ms", "p99 ms");
        for (Map.Entry<String, Supplier<String>> read : reads.entrySet()) {
            if (only == null || read.getKey().contains(only)) {
                report(read.getKey(), samples, 1, () -> get(read.getValue().get()));
            }
        }
        if (only == null) {
            // its CPU is the ten requests' that reach the page
            report("cursor paging: the 10th page of GET /claims", samples, 10, this::tenthPage);
        }
        if (only == null && Boolean.parseBoolean(options.getOrDefault("sources", "true"))) {
            report("outlets  GET /sources", samples, 1, () -> get("/sources"));
        }
    }

    private JsonNode claim() {
        return claims.get(random.nextInt(claims.size()));
    }

    /** A random word of {@code text} as {@code GET /claims?q=} reads words (none of one letter), or null. */
    static String word(String text, Random random) {
        List<String> words = Text.tokens(text);
        return words.isEmpty() ? null : words.get(random.nextInt(words.size()));
    }

    /** The last word of a name (a surname) as {@code GET /speakers?q=} reads words, or null ("Malcolm X": "malcolm"). */
    static String lastWord(String name) {
        List<String> words = Text.tokens(name);
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    /** Times only the request for the tenth page, the first nine give its cursor. */
    private long tenthPage() throws Exception {
        String next = null;
        for (int page = 1; page < 10; page++) {
            JsonNode found = get("/claims?limit=20" + (next == null ? "" : "&cursor=" + next));
            if (found.get("next").isNull()) {
                break;
            }
            next = found.get("next").asText();
        }
        String path = "/claims?limit=20" + (next == null ? "" : "&cursor=" + next);
        long t0 = System.nanoTime();
        get(path);
        return System.nanoTime() - t0;
    }

    private interface Timed {
        Object call() throws Exception;
    }

    private void report(String name, int samples, int requestsPerSample, Timed read) throws Exception {
        read.call(); // warm-up
        String[] pids = ProcessCpu.ids(options.getOrDefault("pids", ""));
        List<ProcessCpu> cpuBefore = ProcessCpu.ofEach(pids);
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long t0 = System.nanoTime();
            Object result = read.call();
            nanos[i] = result instanceof Long own ? own : System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        List<ProcessCpu> cpuAfter = ProcessCpu.ofEach(pids);
        System.out.printf("%-56s %7d %9.1f %9.1f%n", name, samples, percentile(nanos, 50) / 1e6,
                percentile(nanos, 99) / 1e6);
        for (int i = 0; i < pids.length; i++) {
            System.out.printf("  CPU of pid %s: %s%n", pids[i], cpuAfter.get(i).minus(cpuBefore.get(i))
                    .per(samples * requestsPerSample, "a request"));
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private JsonNode get(String path) throws Exception {
        String gatewayKey = options.get("gateway-key");
        HttpRequest.Builder request = gatewayKey == null
                ? HttpRequest.newBuilder(URI.create(options.get("url") + path))
                        .header("Authorization", "Bearer " + options.getOrDefault("token", ""))
                : HttpRequest.newBuilder(URI.create(options.get("url") + "/api/v1" + path)).header("X-API-Key", gatewayKey);
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(600)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
