package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import org.bson.conversions.Bson;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.mapping.Views;
import io.claimtrack.claims.model.DocumentInput;
import io.claimtrack.claims.model.DocumentView;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.StatementInput;

/**
 * Stores documents. Speakers and claims are upserted first and the document last, each write keyed
 * deterministically: a retry after a crash finishes the job, and a stored document means it is complete.
 */
@ApplicationScoped
public class DocumentService {

    @Inject
    SpeakerService speakers;

    @Inject
    ClaimService claims;

    public record Stored(DocumentView document, boolean created) {
    }

    public Stored ingest(DocumentInput input) {
        Instant published = Dates.parse("published", input.published());
        List<StatementInput> statements = input.statements() == null ? List.of() : input.statements();
        statements.forEach(s -> checkSpan(s, input.text().length()));

        String contentHash = Text.sha256(Text.collapseWhitespace(input.text()));
        String id = "doc_" + contentHash.substring(0, 24);
        StoredDocument existing = StoredDocument.findById(id);
        if (existing != null) {
            return new Stored(Views.document(existing, true), false);
        }

        StoredDocument doc = new StoredDocument();
        doc.id = id;
        doc.contentHash = contentHash;
        doc.source = input.source();
        doc.url = input.url();
        doc.title = input.title();
        doc.published = input.published();
        doc.language = input.language();
        doc.dateline = Views.dateline(input.dateline());
        doc.text = input.text();
        doc.ingestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        doc.publishedAt = published != null ? published : doc.ingestedAt;
        doc.revisionOf = previousRevision(input.url());
        String seen = Dates.day(doc.publishedAt);
        for (StatementInput statement : statements) {
            doc.statements.add(store(doc, statement, seen));
        }
        try {
            doc.persist();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a concurrent request stored the same document first
            return new Stored(Views.document(StoredDocument.findById(id), true), false);
        }
        return new Stored(Views.document(doc, false), true);
    }

    public DocumentView get(String id) {
        StoredDocument doc = StoredDocument.findById(id);
        if (doc == null) {
            throw new NotFoundException("No document with id '" + id + "'");
        }
        return Views.document(doc, false);
    }

    public Page<DocumentView> list(String source, String from, String to, int limit, String cursor) {
        List<Bson> filters = new ArrayList<>();
        if (source != null && !source.isBlank()) {
            filters.add(eq("source", source));
        }
        Instant fromInstant = Dates.parse("from", from);
        Instant toInstant = Dates.parseUpperBound("to", to);
        if (fromInstant != null) {
            filters.add(Filters.gte("publishedAt", fromInstant));
        }
        if (toInstant != null) {
            filters.add(Filters.lt("publishedAt", toInstant));
        }
        Cursor after = Cursor.decode(cursor);
        if (after != null) {
            filters.add(Keyset.after("publishedAt", Keyset.instant(after), after.id()));
        }
        List<StoredDocument> found = StoredDocument.<StoredDocument>mongoCollection()
                .find(filters.isEmpty() ? new org.bson.Document() : Filters.and(filters))
                .sort(Sorts.descending("publishedAt", "_id"))
                .limit(limit + 1).into(new ArrayList<>());
        return Keyset.page(found, limit, d -> Views.document(d, false),
                d -> new Cursor(d.publishedAt.toString(), d.id));
    }

    private StoredStatement store(StoredDocument doc, StatementInput statement, String seen) {
        Speaker speaker = speakers.resolve(statement.speaker(), doc.id, seen);
        Appearance appearance = new Appearance();
        appearance.key = Appearance.key(doc.id, statement.span().start(), statement.span().end());
        appearance.documentId = doc.id;
        appearance.source = doc.source;
        appearance.url = doc.url;
        appearance.published = doc.published;
        appearance.seenAt = doc.publishedAt;
        appearance.start = statement.span().start();
        appearance.end = statement.span().end();
        appearance.cue = statement.cue();
        appearance.type = statement.type();
        appearance.date = statement.date();
        appearance.confidence = statement.confidence();
        appearance.nested = statement.nested();
        appearance.via = statement.via();
        String claimId = claims.record(speaker, statement.speaker().role(), statement.content(), statement.type(),
                appearance);
        return Views.statement(statement, claimId, speaker.id);
    }

    private static String previousRevision(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        StoredDocument latest = StoredDocument.<StoredDocument>mongoCollection().find(eq("url", url))
                .sort(Sorts.descending("ingestedAt")).limit(1).first();
        return latest == null ? null : latest.id;
    }

    private static void checkSpan(StatementInput statement, int textLength) {
        if (statement.span().end() < statement.span().start() || statement.span().end() > textLength) {
            throw new BadRequestException("Statement span [" + statement.span().start() + ", "
                    + statement.span().end() + ") is not within the text (length " + textLength + ")");
        }
    }
}
