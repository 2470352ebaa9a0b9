package io.claimtrack.gateway.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.model.Document;
import io.claimtrack.gateway.model.ExtractionRequest;
import io.claimtrack.gateway.rest.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Idempotency-Key for ingest: the first request with a key does the work, a repeat with the same
 * key and the same request gets the first answer again (the same status, not a "repeat" 200), the
 * same key with another request is a 422. Failures are not remembered, so a failed request can be
 * retried with its key. Keys are per caller and kept in memory for a while, per gateway instance:
 * behind several replicas a repeat may reach another one, where claims-service's own recognition
 * of repeats still stores the document once. A key holds a few hundred bytes whatever the document:
 * the request's SHA-256 and the stored document's id, which a repeat reads back from claims-service.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private record Entry(String request, CompletableFuture<Answer> result, long expiresAt) {
    }

    /** What the first request was answered: new or a repeat, and the document's id. */
    private record Answer(boolean created, String id) {
    }

    /** An answer, and whether it is a replay of an earlier one. */
    public record Outcome(StoredDocument stored, boolean replayed) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final long ttlNanos;
    private final int maxKeys;

    @Inject
    IdempotencyKeys(GatewayConfig config) {
        this(config.idempotency().ttl(), config.idempotency().maxKeys());
    }

    IdempotencyKeys(Duration ttl, int maxKeys) {
        this.ttlNanos = ttl.toNanos();
        this.maxKeys = maxKeys;
    }

    /** {@code work} ingests the request; {@code stored} reads a document back by id for a repeat. */
    public Outcome ingest(String callerId, String key, ExtractionRequest request, Supplier<StoredDocument> work,
            Function<String, Document> stored) {
        if (key == null) {
            return new Outcome(work.get(), false);
        }
        checked(key);
        String scoped = callerId + " " + key;
        String digest = digest(request);
        Entry mine = new Entry(digest, new CompletableFuture<>(), System.nanoTime() + ttlNanos);
        Entry earlier = claim(scoped, mine);
        if (earlier != null) {
            Answer answer = replay(earlier, digest);
            return new Outcome(new StoredDocument(answer.created(), stored.apply(answer.id())), true);
        }
        try {
            StoredDocument done = work.get();
            mine.result().complete(new Answer(done.created(), done.id()));
            return new Outcome(done, false);
        } catch (RuntimeException e) {
            synchronized (entries) {
                entries.remove(scoped, mine);
            }
            mine.result().completeExceptionally(e);
            throw e;
        }
    }

    /** The key, when it is one (1 to 255 visible ASCII characters), else a 400; null stays null. */
    public static String checked(String key) {
        if (key != null && (key.isBlank() || key.length() > 255 || !key.chars().allMatch(c -> c > 32 && c < 127))) {
            throw Problems.of(Response.Status.BAD_REQUEST, HEADER + " must be 1 to 255 visible ASCII characters");
        }
        return key;
    }

    private Entry claim(String scoped, Entry mine) {
        synchronized (entries) {
            long now = System.nanoTime();
            // the oldest first: expired ones, and as many more as make room for this one
            for (Iterator<Entry> oldest = entries.values().iterator(); oldest.hasNext();) {
                Entry entry = oldest.next();
                if (entry.expiresAt() - now > 0 && entries.size() < maxKeys) {
                    break;
                }
                oldest.remove();
            }
            Entry earlier = entries.get(scoped);
            if (earlier == null) {
                entries.put(scoped, mine);
            }
            return earlier;
        }
    }

    /** Keys remembered now. */
    int remembered() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private static Answer replay(Entry earlier, String request) {
        if (!earlier.request().equals(request)) {
            throw problem(422, "Unprocessable Content", HEADER + " was already used with a different request; use a new key for a new request");
        }
        if (!earlier.result().isDone()) {
            throw HttpProblem.builder(Problems.of(Response.Status.CONFLICT, "a request with this " + HEADER + " is still in progress"))
                    .withHeader(HttpHeaders.RETRY_AFTER, 1).build();
        }
        return earlier.result().join();
    }

    /** SHA-256 of every field, each with its length, so that no two different requests share a digest. */
    private static String digest(ExtractionRequest request) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        for (String field : new String[] {request.text(), request.source(), request.url(), request.published(), request.format()}) {
            byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
            sha256.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static HttpProblem problem(int status, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail).build();
    }
}
