package io.claimtrack.claims.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Runs the packaged claims-service on the embedded store, posts documents from several callers (one of
 * them {@value #BATCH} at a time through {@code POST /documents:batch}), kills the JVM with SIGKILL at a random moment, restarts it on the same files and checks
 * that every document it acknowledged is there exactly once with all its claims, that no appearance
 * points at a missing document, and that retrying the unanswered posts converges.
 */
class KillRecoveryIT {

    private static final int KILLS = Integer.getInteger("kill-test.kills", 6);
    private static final int CALLERS = 3;
    /** Documents per batch of the caller that posts batches. */
    private static final int BATCH = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "kill-test-service-token-" + Long.toHexString(System.nanoTime());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Random random = new Random(Long.getLong("kill-test.seed", System.nanoTime()));
    private final AtomicInteger sequence = new AtomicInteger();
    /** Documents acknowledged in a batch's answer. */
    private final AtomicInteger batched = new AtomicInteger();

    /** Acknowledged: document id to its statement count. */
    private final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    /** Sent but unanswered when the process died: retried after the restart. */
    private final Map<Integer, ObjectNode> unanswered = new ConcurrentHashMap<>();

    @Test
    void everyAcknowledgedDocumentSurvivesKillNine() throws Exception {
        PackagedService.requireJar();
        Path data = Files.createTempDirectory("claims-kill");
        int losses = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            PackagedService service = PackagedService.start(data, TOKEN);
            try {
                losses += verify(service);
                retryUnanswered(service);
                long killAfter = 300 + random.nextInt(2500);
                ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
                Instant deadline = Instant.now().plusMillis(killAfter);
                for (int c = 0; c < CALLERS; c++) {
                    int size = c == 0 ? BATCH : 1;
                    callers.submit(() -> post(service, deadline, size));
                }
                Thread.sleep(killAfter);
                service.kill();
                callers.shutdown();
                callers.awaitTermination(30, TimeUnit.SECONDS);
            } finally {
                service.kill();
            }
        }
        PackagedService last = PackagedService.start(data, TOKEN);
        try {
            losses += verify(last);
            retryUnanswered(last);
            losses += verify(last);
        } finally {
            last.kill();
        }
        String figures = String.format("kills=%d acknowledged=%d (in batches %d) losses=%d", KILLS, acknowledged.size(),
                batched.get(), losses);
        System.out.println("Kill test: " + figures);
        Files.writeString(Path.of("target", "kill-test.txt"), figures + System.lineSeparator());
        assertEquals(0, losses, figures);
        assertTrue(acknowledged.size() > KILLS, "too few documents acknowledged to mean anything: " + figures);
    }

    /**
     * Posts new documents until the deadline, {@code size} a call (more than one: as a batch); a post the
     * kill interrupts is remembered for a retry, each of its documents alone.
     */
    private void post(PackagedService service, Instant deadline, int size) {
        while (Instant.now().isBefore(deadline.plusSeconds(5))) {
            Map<Integer, ObjectNode> sent = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                int n = sequence.incrementAndGet();
                sent.put(n, document(n));
            }
            unanswered.putAll(sent);
            try {
                if (size == 1) {
                    acknowledge(send(service, "/documents", sent.values().iterator().next()), sent, false);
                } else {
                    ObjectNode batch = JSON.createObjectNode();
                    batch.putArray("documents").addAll(sent.values());
                    acknowledge(send(service, "/documents:batch", batch), sent, true);
                }
            } catch (IOException e) {
                return; // the process died: these stay unanswered
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpResponse<String> send(PackagedService service, String path, ObjectNode body)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(service.url() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A single post's answer is the document; a batch's has one result per document, each 201 or 200. */
    private void acknowledge(HttpResponse<String> response, Map<Integer, ObjectNode> sent, boolean batch)
            throws IOException {
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("unexpected " + response.statusCode() + ": " + response.body());
        }
        JsonNode answer = JSON.readTree(response.body());
        int i = 0;
        for (Map.Entry<Integer, ObjectNode> entry : sent.entrySet()) {
            JsonNode result = batch ? answer.path("results").path(i++) : answer;
            int status = batch ? result.path("status").asInt() : response.statusCode();
            if (status != 201 && status != 200) {
                throw new IllegalStateException("unexpected " + status + " in " + response.body());
            }
            acknowledged.put(result.path("id").asText(), entry.getValue().path("statements").size());
            unanswered.remove(entry.getKey());
            if (batch) {
                batched.incrementAndGet();
            }
        }
    }

    private void retryUnanswered(PackagedService service) throws Exception {
        for (Map.Entry<Integer, ObjectNode> entry : Map.copyOf(unanswered).entrySet()) {
            HttpResponse<String> response = service.send("POST", "/documents", entry.getValue().toString());
            assertTrue(response.statusCode() == 201 || response.statusCode() == 200, response.body());
            acknowledged.put(JSON.readTree(response.body()).path("id").asText(),
                    entry.getValue().path("statements").size());
            unanswered.remove(entry.getKey());
        }
    }

    /** 1 when {@code GET /claims?document=} (read from the appearances) lists the claim, else 0. */
    private static long listedIn(PackagedService service, String documentId, String claimId) throws Exception {
        JsonNode page = JSON.readTree(service.send("GET", "/claims?limit=100&document=" + documentId, null).body());
        for (JsonNode item : page.path("items")) {
            if (item.path("id").asText().equals(claimId)) {
                return 1;
            }
        }
        return 0;
    }

    /** Returns the number of acknowledged documents missing or incomplete; fails on a dangling appearance. */
    private int verify(PackagedService service) throws Exception {
        int losses = 0;
        for (Map.Entry<String, Integer> entry : acknowledged.entrySet()) {
            HttpResponse<String> response = service.send("GET", "/documents/" + entry.getKey(), null);
            if (response.statusCode() != 200) {
                losses++;
                continue;
            }
            JsonNode doc = JSON.readTree(response.body());
            if (doc.path("statements").size() != entry.getValue()) {
                losses++;
                continue;
            }
            for (JsonNode statement : doc.path("statements")) {
                JsonNode claim = JSON.readTree(service.send("GET", "/claims/" + statement.path("claimId").asText(),
                        null).body());
                long here = 0;
                for (JsonNode a : claim.path("appearances")) {
                    if (a.path("documentId").asText().equals(entry.getKey())
                            && a.path("span").path("start").asInt() == statement.path("span").path("start").asInt()) {
                        here++;
                    }
                }
                if (here == 0 && claim.path("appearanceCount").asInt() > 100) {
                    // a claim shows its first 100 appearances: a later one is found through the document filter
                    here = listedIn(service, entry.getKey(), claim.path("id").asText());
                }
                assertEquals(1, here, "appearance of " + entry.getKey() + " in " + claim);
                assertEquals(claim.path("appearances").size(), Math.min(100, claim.path("appearanceCount").asInt()),
                        claim.toString());
            }
        }
        // no appearance of any claim points at a document that is not there
        Set<String> documents = new HashSet<>();
        long after = 0;
        while (true) {
            JsonNode feed = JSON.readTree(service.send("GET", "/claims/feed?limit=500&after=" + after, null).body());
            for (JsonNode claim : feed.path("items")) {
                for (JsonNode a : claim.path("appearances")) {
                    documents.add(a.path("documentId").asText());
                }
            }
            if (feed.path("items").isEmpty()) {
                break;
            }
            after = feed.path("last").asLong();
        }
        for (String id : documents) {
            assertEquals(200, service.send("GET", "/documents/" + id, null).statusCode(), "dangling appearance: " + id);
        }
        return losses;
    }

    /** A news story of a few statements; every third repeats a line of an earlier one (a near-duplicate). */
    private ObjectNode document(int n) {
        String[] speakers = { "Anna Berg", "Kaja Kallas", "Sergei Lavrov", "Dmitry Peskov" };
        StringBuilder text = new StringBuilder("Story " + n + " of the kill test. ");
        ArrayNode statements = JSON.createArrayNode();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String content = n % 3 == 0 && i == 0 ? "the talks in Geneva were useful and will go on in round " + n / 30
                    : "point " + i + " of story " + n + " is that prices rise by " + random.nextInt(1000) + " percent";
            String speaker = speakers[random.nextInt(speakers.length)];
            int start = text.length() + 1;
            text.append('"').append(content).append("\", ").append(speaker).append(" said. ");
            ObjectNode s = statements.addObject();
            s.putObject("speaker").put("name", speaker).put("kind", "person");
            s.put("content", content).put("cue", "said").put("type", "direct");
            s.putObject("span").put("start", start).put("end", start + content.length());
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("text", text.toString()).put("source", "Kill Desk").put("published", "2025-06-04")
                .put("url", "https://kill.example/" + n);
        body.set("statements", statements);
        return body;
    }
}
