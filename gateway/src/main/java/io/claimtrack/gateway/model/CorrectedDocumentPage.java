package io.claimtrack.gateway.model;

import java.util.List;

/** claims-service's corrected documents, a page at a time (the export walks them). */
public record CorrectedDocumentPage(List<CorrectedDocument> items, String next) {
}
