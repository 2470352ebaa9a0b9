package io.claimtrack.claims.service;

import io.claimtrack.claims.domain.StoredDocument;

/**
 * The date of a statement (the rules, in order; the README lists them too):
 * 1. a date the extractor found in the text near the cue ("said on Tuesday", "in late 2024") is kept;
 * 2. a statement of a related-story block of the page ({@code region: related}) gets no other date:
 *    the page's date says when the page was published, not when that older story's statement was made;
 * 3. otherwise the statement is dated by its document: the dateline's date, else the publication day
 *    (so "said on Wednesday" in a story published that Wednesday, which the extractor leaves empty,
 *    is that Wednesday);
 * 4. a document without either (dated only by its ingest time) leaves the statement undated.
 */
final class StatementDates {

    private StatementDates() {
    }

    static String of(String given, String region, StoredDocument doc) {
        if (given != null && !given.isBlank()) {
            return given.trim();
        }
        if ("related".equals(region)) {
            return null;
        }
        if (doc.dateline != null && doc.dateline.date != null && !doc.dateline.date.isBlank()) {
            return doc.dateline.date.trim();
        }
        if (doc.published != null && !doc.published.isBlank()) {
            return Dates.day(Dates.parse("published", doc.published));
        }
        return null;
    }
}
