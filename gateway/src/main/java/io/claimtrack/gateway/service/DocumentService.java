package io.claimtrack.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.client.IngestCalls;
import io.claimtrack.gateway.model.ExtractionRequest;

/** Ingest = extract with ingest-service, then store with claims-service. */
@ApplicationScoped
public class DocumentService {

    @Inject
    IngestCalls ingest;

    @Inject
    ClaimsCalls claims;

    @Inject
    ClaimFeed feed;

    public JsonNode extract(ExtractionRequest request) {
        return ingest.extract(request);
    }

    /**
     * Not transactional across the two services, and it need not be: if storing fails the caller
     * gets an error, and sending the same document again is stored exactly once.
     */
    public StoredDocument ingest(ExtractionRequest request) {
        JsonNode extraction = ingest.extract(request);
        ObjectNode toStore = extraction.get("document") instanceof ObjectNode document
                ? document.deepCopy()
                : JsonNodeFactory.instance.objectNode();
        toStore.set("statements", extraction.has("statements")
                ? extraction.get("statements")
                : JsonNodeFactory.instance.arrayNode());
        RestResponse<JsonNode> response = claims.store(toStore);
        StoredDocument stored = new StoredDocument(response.getStatus() == RestResponse.StatusCode.CREATED, response.getEntity());
        feed.announce(stored);
        return stored;
    }
}
