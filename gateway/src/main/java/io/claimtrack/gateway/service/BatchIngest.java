package io.claimtrack.gateway.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.mapping.ExtractionRequests;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Ingests NDJSON, one extraction request a line, a few documents at a time. Each line gets one
 * result, in completion order and numbered; a bad line gets an error result and the batch goes on.
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

    public Multi<ObjectNode> ingest(String ndjson) {
        List<String> lines = ndjson.lines().toList();
        return Multi.createFrom().range(0, lines.size())
                .filter(index -> !lines.get(index).isBlank())
                .onItem().transformToUni(index -> Uni.createFrom().item(() -> ingestLine(index + 1, lines.get(index)))
                        .runSubscriptionOn(executor))
                .merge(config.batch().concurrency());
    }

    private ObjectNode ingestLine(int line, String json) {
        ObjectNode result = JsonNodeFactory.instance.objectNode().put("line", line);
        try {
            StoredDocument stored = documents.ingest(requests.read(json, MediaType.APPLICATION_JSON_TYPE, null, null, null));
            return result.put("status", stored.created() ? 201 : 200)
                    .put("id", stored.id())
                    .put("statements", stored.document().path("statements").size());
        } catch (HttpProblem problem) {
            return error(result, problem.getStatusCode(), problem.getTitle(), problem.getDetail());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return error(result, status, e.getResponse().getStatusInfo().getReasonPhrase(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "batch line %d failed", line);
            return error(result, 500, "Internal Server Error", "unexpected error; see the gateway log");
        }
    }

    private static ObjectNode error(ObjectNode result, int status, String title, String detail) {
        return result.put("status", status).put("title", title).put("detail", detail);
    }
}
