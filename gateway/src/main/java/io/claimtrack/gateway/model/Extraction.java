package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Extraction", description = "A document as read and its attributed statements; nothing stored.")
public record Extraction(ExtractedDocument document, List<Statement> statements) {

    public Extraction {
        statements = statements == null ? List.of() : statements;
    }
}
