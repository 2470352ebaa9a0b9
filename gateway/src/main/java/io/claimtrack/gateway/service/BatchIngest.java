package io.claimtrack.gateway.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.mapping.ExtractionRequests;
import io.claimtrack.gateway.model.BatchResult;
import io.claimtrack.gateway.security.RateLimiter;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Ingests NDJSON, one extraction request a line, a few documents at a time. Each line gets one
 * result, in completion order and numbered; a bad line gets an error result and the batch goes on.
 * Each line counts against the caller's rate limit like a request of its own: a line over the limit
 * gets a 429 result and is not ingested.
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

    public Multi<BatchResult> ingest(String ndjson, String callerId) {
        return Multi.createFrom().iterable(lines(ndjson))
                .onItem().transformToUni(line -> Uni.createFrom().item(() -> admit(callerId, line.number(), line.json()))
                        .runSubscriptionOn(executor))
                .merge(config.batch().concurrency());
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

    private BatchResult admit(String callerId, int line, String json) {
        return rateLimiter.acquire(callerId)
                .stream().mapToObj(seconds -> BatchResult.failed(line, 429, "Too Many Requests",
                        rateLimiter.exceeded() + "; send this line again in " + seconds + " s"))
                .findFirst()
                .orElseGet(() -> ingestLine(line, json));
    }

    private BatchResult ingestLine(int line, String json) {
        try {
            StoredDocument stored = documents.ingest(requests.read(json, MediaType.APPLICATION_JSON_TYPE, null, null, null));
            int statements = stored.document().statements() == null ? 0 : stored.document().statements().size();
            return BatchResult.stored(line, stored.created() ? 201 : 200, stored.id(), statements);
        } catch (HttpProblem problem) {
            return BatchResult.failed(line, problem.getStatusCode(), problem.getTitle(), problem.getDetail());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return BatchResult.failed(line, status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "batch line %d failed", line);
            return BatchResult.failed(line, 500, "Internal Server Error", "unexpected error; see the gateway log");
        }
    }
}
