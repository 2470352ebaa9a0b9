package io.claimtrack.gateway.model;

import java.util.List;

/** What the gateway asks claims-service to store: the extracted document with its statements, as one body. */
public record NewDocument(String source, String url, String title, String published, String language, Dateline dateline,
        String text, List<Statement> statements) {

    public static NewDocument of(Extraction extraction) {
        ExtractedDocument document = extraction.document() != null ? extraction.document()
                : new ExtractedDocument(null, null, null, null, null, null, null);
        return new NewDocument(document.source(), document.url(), document.title(), document.published(),
                document.language(), document.dateline(), document.text(), extraction.statements());
    }
}
