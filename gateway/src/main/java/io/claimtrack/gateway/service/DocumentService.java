package io.claimtrack.gateway.service;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.RestResponse;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.client.IngestCalls;
import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimPage;
import io.claimtrack.gateway.model.Document;
import io.claimtrack.gateway.model.Extraction;
import io.claimtrack.gateway.model.ExtractionRequest;
import io.claimtrack.gateway.model.NewDocument;
import io.claimtrack.gateway.model.Statement;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** Ingest = extract with ingest-service, then store with claims-service. */
@ApplicationScoped
public class DocumentService {

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
            throw explain(problem, "nothing was stored; sending the document again is safe");
        }
        RestResponse<Document> response;
        try {
            response = claims.store(NewDocument.of(extraction));
        } catch (HttpProblem problem) {
            throw explain(problem, "the document may have been stored; sending it again is safe: it is stored once");
        }
        StoredDocument stored = new StoredDocument(response.getStatus() == RestResponse.StatusCode.CREATED, response.getEntity());
        return stored;
    }

    /** A document's claims, in the order its statements make them, as one page. */
    public ClaimPage claimsOf(String documentId) {
        Document document = claims.document(documentId);
        List<Claim> found = (document.statements() == null ? List.<Statement>of() : document.statements()).stream()
                .map(Statement::claimId).filter(Objects::nonNull).distinct()
                .map(claims::claim).toList();
        return new ClaimPage(found, null);
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
