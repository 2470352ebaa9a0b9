package io.claimtrack.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;

/** The claims-service document and whether it was new (201) or a repeat (200). */
public record StoredDocument(boolean created, JsonNode document) {

    public String id() {
        return document.path("id").asText();
    }
}
