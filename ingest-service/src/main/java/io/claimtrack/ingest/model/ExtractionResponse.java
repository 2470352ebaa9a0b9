package io.claimtrack.ingest.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The document as analysed and its attributed statements")
public record ExtractionResponse(DocumentInfo document, List<StatementDto> statements) {
}
