package io.claimtrack.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.RestResponse;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.client.IngestCalls;
import io.claimtrack.gateway.model.Document;
import io.claimtrack.gateway.model.Extraction;
import io.claimtrack.gateway.model.ExtractionRequest;
import io.claimtrack.gateway.model.NewDocument;

/** Ingest = extract with ingest-service, then store with claims-service. */
@ApplicationScoped
public class DocumentService {

    @Inject
    IngestCalls ingest;

    @Inject
    ClaimsCalls claims;

    @Inject
    ClaimFeed feed;

    public Extraction extract(ExtractionRequest request) {
        return ingest.extract(request);
    }

    /**
     * Not transactional across the two services, and it need not be: if storing fails the caller
     * gets an error, and sending the same document again is stored exactly once.
     */
    public StoredDocument ingest(ExtractionRequest request) {
        RestResponse<Document> response = claims.store(NewDocument.of(ingest.extract(request)));
        StoredDocument stored = new StoredDocument(response.getStatus() == RestResponse.StatusCode.CREATED, response.getEntity());
        feed.announce(stored);
        return stored;
    }
}
