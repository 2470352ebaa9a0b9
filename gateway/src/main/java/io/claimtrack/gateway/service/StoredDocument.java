package io.claimtrack.gateway.service;

import io.claimtrack.gateway.model.Document;

/** The claims-service document and whether it was new (201) or a repeat (200). */
public record StoredDocument(boolean created, Document document) {

    public String id() {
        return document.id();
    }
}
