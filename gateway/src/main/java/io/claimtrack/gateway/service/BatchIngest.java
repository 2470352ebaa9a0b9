package io.claimtrack.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.mapping.ExtractionRequests;
import io.claimtrack.gateway.model.BatchResult;
import io.claimtrack.gateway.model.DocumentOutcome;
import io.claimtrack.gateway.model.Extraction;
import io.claimtrack.gateway.model.ExtractionOutcome;
import io.claimtrack.gateway.model.ExtractionRequest;
import io.claimtrack.gateway.security.RateLimiter;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * Ingests NDJSON, one extraction request a line. Each line gets one result, in completion order and
 * numbered; a bad line gets an error result and the batch goes on. Each line counts against the
 * caller's rate limit like a request of its own: a line over the limit gets a 429 result and is not
 * ingested.
 * <p>
 * The lines go in chunks: ingest-service extracts a chunk's documents in one call (one HTTP exchange
 * instead of one per document, which is most of what extracting a news article costs), then
 * claims-service stores the extracted ones in one call (one exchange and one durable commit for the
 * chunk); when that call fails, each is stored alone. A few chunks are worked on at a time.
 */
@ApplicationScoped
public class BatchIngest {

    private static final Logger LOG = Logger.getLogger(BatchIngest.class);

    @Inject
    DocumentService documents;

    @Inject
    ExtractionRequests requests;

    @Inject
    ManagedExecutor executor;

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    /** A non-blank line of a batch: its number (from 1, blank lines counted) and its text. */
    public record Line(int number, String json) {
    }

    /** A line read as a request, waiting for its extraction. */
    private record Admitted(int line, ExtractionRequest request) {
    }

    /** A line extracted, waiting to be stored. */
    private record Extracted(int line, Extraction extraction) {
    }

    /** Ingests the {@link #lines} of a batch. */
    public Multi<BatchResult> ingest(List<Line> lines, String callerId) {
        int concurrency = config.batch().concurrency();
        return Multi.createFrom().iterable(chunks(lines, config.batch().chunkSize(), concurrency))
                .onItem().transformToMulti(chunk -> Multi.createFrom().<BatchResult>emitter(emitter -> ingestChunk(callerId, chunk, emitter))
                        .runSubscriptionOn(executor))
                .merge(concurrency);
    }

    /** The lines of an NDJSON body that hold a request (\n, \r\n or \r end a line). */
    public static List<Line> lines(String ndjson) {
        List<String> all = ndjson.lines().toList();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).isBlank()) {
                lines.add(new Line(i + 1, all.get(i)));
            }
        }
        return lines;
    }

    /**
     * Consecutive lines, at most {@code maxSize} a chunk, but small enough that a short batch still
     * gives each of the {@code workers} a chunk: 8 lines and 4 workers make 4 chunks of 2, not one of 8.
     */
    static List<List<Line>> chunks(List<Line> lines, int maxSize, int workers) {
        int size = Math.max(1, Math.min(maxSize, (lines.size() + workers - 1) / workers));
        List<List<Line>> chunks = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += size) {
            chunks.add(lines.subList(from, Math.min(lines.size(), from + size)));
        }
        return chunks;
    }

    private void ingestChunk(String callerId, List<Line> chunk, MultiEmitter<? super BatchResult> results) {
        try {
            List<Admitted> admitted = new ArrayList<>();
            for (Line line : chunk) {
                admit(callerId, line, admitted, results);
            }
            if (!admitted.isEmpty()) {
                List<ExtractionOutcome> outcomes = documents.extractAll(admitted.stream().map(Admitted::request).toList());
                List<Extracted> extracted = new ArrayList<>();
                for (int i = 0; i < admitted.size(); i++) {
                    ExtractionOutcome outcome = outcomes.get(i);
                    if (outcome.extracted()) {
                        extracted.add(new Extracted(admitted.get(i).line(), outcome.extraction()));
                    } else {
                        results.emit(BatchResult.failed(admitted.get(i).line(), outcome.status(), outcome.title(),
                                outcome.detail()));
                    }
                }
                store(extracted, results);
            }
            results.complete();
        } catch (RuntimeException e) {
            results.fail(e);
        }
    }

    /** Counts the line against the rate limit and reads it; a line refused here gets its result at once. */
    private void admit(String callerId, Line line, List<Admitted> admitted, MultiEmitter<? super BatchResult> results) {
        var retryAfter = rateLimiter.acquire(callerId);
        if (retryAfter.isPresent()) {
            results.emit(BatchResult.failed(line.number(), 429, "Too Many Requests",
                    rateLimiter.exceeded() + "; send this line again in " + retryAfter.getAsLong() + " s"));
            return;
        }
        try {
            admitted.add(new Admitted(line.number(), requests.read(line.json(), MediaType.APPLICATION_JSON_TYPE, null, null, null)));
        } catch (RuntimeException e) {
            results.emit(failure(line.number(), e));
        }
    }

    /** The chunk's extracted documents stored in one call, or each alone when that call fails. */
    private void store(List<Extracted> extracted, MultiEmitter<? super BatchResult> results) {
        if (extracted.isEmpty()) {
            return;
        }
        Optional<List<DocumentOutcome>> stored = documents.storeAll(extracted.stream().map(Extracted::extraction).toList());
        for (int i = 0; i < extracted.size(); i++) {
            int line = extracted.get(i).line();
            results.emit(stored.isPresent() ? result(line, stored.get().get(i)) : store(line, extracted.get(i).extraction()));
        }
    }

    private static BatchResult result(int line, DocumentOutcome outcome) {
        return outcome.stored()
                ? BatchResult.stored(line, outcome.status(), outcome.id(), outcome.statements() == null ? 0 : outcome.statements())
                : BatchResult.failed(line, outcome.status(), outcome.title(), outcome.detail());
    }

    private BatchResult store(int line, Extraction extraction) {
        try {
            StoredDocument stored = documents.store(extraction);
            int statements = stored.document().statements() == null ? 0 : stored.document().statements().size();
            return BatchResult.stored(line, stored.created() ? 201 : 200, stored.id(), statements);
        } catch (RuntimeException e) {
            return failure(line, e);
        }
    }

    private static BatchResult failure(int line, RuntimeException failure) {
        if (failure instanceof HttpProblem problem) {
            return BatchResult.failed(line, problem.getStatusCode(), problem.getTitle(), problem.getDetail());
        }
        if (failure instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return BatchResult.failed(line, status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
        }
        LOG.errorf(failure, "batch line %d failed", line);
        return BatchResult.failed(line, 500, "Internal Server Error", "unexpected error; see the gateway log");
    }
}
