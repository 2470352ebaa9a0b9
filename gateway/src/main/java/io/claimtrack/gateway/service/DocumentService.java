package io.claimtrack.gateway.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.client.IngestCalls;
import io.claimtrack.gateway.model.Document;
import io.claimtrack.gateway.model.DocumentBatch;
import io.claimtrack.gateway.model.DocumentOutcome;
import io.claimtrack.gateway.model.Extraction;
import io.claimtrack.gateway.model.ExtractionBatch;
import io.claimtrack.gateway.model.ExtractionOutcome;
import io.claimtrack.gateway.model.ExtractionRequest;
import io.claimtrack.gateway.model.NewDocument;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** Ingest = extract with ingest-service, then store with claims-service. */
@ApplicationScoped
public class DocumentService {

    private static final Logger LOG = Logger.getLogger(DocumentService.class);
    private static final String NOTHING_STORED = "nothing was stored; sending the document again is safe";

    @Inject
    IngestCalls ingest;

    @Inject
    ClaimsCalls claims;

    public Extraction extract(ExtractionRequest request) {
        return ingest.extract(request);
    }

    /**
     * Not transactional across the two services, and it need not be: if storing fails the caller
     * gets an error, and sending the same document again is stored exactly once.
     */
    public StoredDocument ingest(ExtractionRequest request) {
        Extraction extraction;
        try {
            extraction = ingest.extract(request);
        } catch (HttpProblem problem) {
            throw explain(problem, NOTHING_STORED);
        }
        return store(extraction);
    }

    /**
     * Extracts several documents in one call to ingest-service: each gets the outcome a call of its own
     * would have had. When the batch call itself fails (a document too slow to analyse times the whole
     * call out, an ingest-service without the batch operation, a hiccup) each document is extracted
     * alone, so one bad document never costs the others theirs; extracting stores nothing, so
     * repeating it is safe.
     */
    public List<ExtractionOutcome> extractAll(List<ExtractionRequest> requests) {
        try {
            List<ExtractionOutcome> outcomes = ingest.extractBatch(new ExtractionBatch(requests)).results();
            if (outcomes != null && outcomes.size() == requests.size()) {
                return outcomes;
            }
        } catch (HttpProblem problem) {
            LOG.debugf("batch extraction of %d documents failed (%d %s); extracting them one by one",
                    requests.size(), problem.getStatusCode(), problem.getDetail());
        }
        return requests.stream().map(this::extractAlone).toList();
    }

    private ExtractionOutcome extractAlone(ExtractionRequest request) {
        try {
            return new ExtractionOutcome(200, ingest.extract(request), null, null);
        } catch (HttpProblem problem) {
            HttpProblem explained = explain(problem, NOTHING_STORED);
            return ExtractionOutcome.failed(explained.getStatusCode(), explained.getTitle(), explained.getDetail());
        }
    }

    /**
     * Stores several extracted documents in one call to claims-service (one exchange and one durable commit
     * for all): one outcome per document, in order, as a call of its own would have had it. Empty when the
     * batch call itself failed (an older claims-service without it, a timeout, a hiccup): the caller then
     * stores each document alone, which is safe, since what the failed call stored is recognised as a repeat.
     */
    public Optional<List<DocumentOutcome>> storeAll(List<Extraction> extractions) {
        try {
            List<DocumentOutcome> outcomes = claims.storeBatch(new DocumentBatch(extractions.stream().map(NewDocument::of)
                    .toList())).results();
            if (outcomes != null && outcomes.size() == extractions.size()) {
                return Optional.of(outcomes);
            }
        } catch (HttpProblem problem) {
            LOG.debugf("batch store of %d documents failed (%d %s); storing them one by one",
                    extractions.size(), problem.getStatusCode(), problem.getDetail());
        }
        return Optional.empty();
    }

    /** Stores what ingest-service extracted: 201 new, or the stored document for a repeat. */
    public StoredDocument store(Extraction extraction) {
        RestResponse<Document> response;
        try {
            response = claims.store(NewDocument.of(extraction));
        } catch (HttpProblem problem) {
            throw explain(problem, "the document may have been stored; sending it again is safe: it is stored once");
        }
        return new StoredDocument(response.getStatus() == RestResponse.StatusCode.CREATED, response.getEntity());
    }

    /** A 503 during ingest tells the caller what became of the document, so a retry is a decision, not a gamble. */
    private static HttpProblem explain(HttpProblem problem, String outcome) {
        if (problem.getStatusCode() != RestResponse.StatusCode.SERVICE_UNAVAILABLE) {
            return problem;
        }
        HttpProblem explained = HttpProblem.builder(problem).withDetail(problem.getDetail() + "; " + outcome).build();
        explained.initCause(problem.getCause());
        return explained;
    }
}
