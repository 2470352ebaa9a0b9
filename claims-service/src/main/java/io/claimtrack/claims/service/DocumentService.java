package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.mapping.Views;
import io.claimtrack.claims.model.DocumentInput;
import io.claimtrack.claims.model.DocumentSummary;
import io.claimtrack.claims.model.DocumentView;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.StatementInput;

/**
 * Stores documents: new ones, repeats (the same text from the same outlet), syndicated copies (the
 * same text from another outlet: a document of that outlet whose appearances are its publication)
 * and revisions (changed text at a known URL). {@link DocumentWriter} makes each crash-safe.
 */
@ApplicationScoped
public class DocumentService {

    @Inject
    DocumentWriter writer;

    @Inject
    SourceService sources;

    @Inject
    SinglePostGroups groups;

    public record Stored(DocumentView document, boolean created) {
    }

    /** A document read and checked before anything is stored: its publication parsed, its spans checked, its id. */
    record Prepared(DocumentInput input, Instant published, String contentHash, String originalId) {

        String url() {
            return input.url() == null || input.url().isBlank() ? null : input.url();
        }
    }

    /** Throws the 400 the document earns (a malformed date, a span that does not hold its statement); stores nothing. */
    static Prepared prepare(DocumentInput input) {
        Instant published = Dates.parse("published", input.published());
        StatementSpans.check(statements(input), input.text());
        String contentHash = Text.sha256(Text.collapseWhitespace(input.text()));
        return new Prepared(input, published, contentHash, "doc_" + contentHash.substring(0, 24));
    }

    public Stored ingest(DocumentInput input) {
        Prepared prepared = prepare(input);
        return ingest(prepared, sources.record(input.source()));
    }

    /** Stores a prepared document of the outlet {@code sourceKey} (recorded already): new, repeat, copy or revision. */
    Stored ingest(Prepared prepared, String sourceKey) {
        Found found = find(prepared.originalId(), prepared.url());
        StoredDocument original = found.document();
        if (original == null) {
            StoredDocument doc = withStatements(newDocument(prepared, prepared.originalId(), sourceKey,
                    found.revisionOf()), prepared.input());
            if (writer.begin(doc)) {
                if (doc.revisionOf == null) {
                    groups.complete(doc);
                } else {
                    writer.complete(doc, false);
                }
                return new Stored(Views.document(doc, false), true);
            }
            original = StoredDocument.findById(prepared.originalId());
        }
        original = finished(original);
        if (Objects.equals(original.sourceKey, sourceKey)) {
            return new Stored(Views.document(original, true), false);
        }
        return syndicate(original, prepared, sourceKey);
    }

    /** The same text published by another outlet: recorded as that outlet's document. */
    private Stored syndicate(StoredDocument original, Prepared prepared, String sourceKey) {
        String id = "doc_" + Text.sha256(prepared.contentHash() + "|" + sourceKey).substring(0, 24);
        Found found = find(id, prepared.url());
        StoredDocument existing = found.document();
        if (existing == null) {
            StoredDocument copy = newDocument(prepared, id, sourceKey, found.revisionOf());
            copy.syndicationOf = original.id;
            copy.statements.addAll(original.statements);
            if (writer.begin(copy)) {
                writer.complete(copy, false);
                return new Stored(Views.document(copy, false), true);
            }
            existing = StoredDocument.findById(id);
        }
        existing = finished(existing);
        return new Stored(Views.document(existing, true), false);
    }

    /**
     * A document another request is still writing (or a failed call left) is finished before it is answered; one
     * complete with its marker still there had its call end before its outlet counted it and its URL named it.
     */
    private StoredDocument finished(StoredDocument doc) {
        return StoredDocument.COMPLETE.equals(doc.state) && !DocumentWriter.marked(doc.id) ? doc
                : writer.finishPending(doc.id);
    }

    public DocumentView get(String id) {
        StoredDocument doc = StoredDocument.findById(id);
        if (doc == null || !StoredDocument.COMPLETE.equals(doc.state)) {
            throw new NotFoundException("No document with id '" + id + "'");
        }
        return StatementCorrections.view(doc, false);
    }

    /** What a document list adds to each summary: the text, the statements as corrected, both or neither. */
    public record Include(boolean text, boolean statements) {

        /** From the include parameter: text, statements or both, comma-separated (the resource checked the form). */
        public static Include of(String include) {
            List<String> wanted = include == null ? List.of() : List.of(include.split(","));
            return new Include(wanted.contains("text"), wanted.contains("statements"));
        }
    }

    public Page<DocumentSummary> list(String source, String from, String to, Include include, int limit, String cursor) {
        List<Bson> filters = new ArrayList<>();
        filters.add(eq("state", StoredDocument.COMPLETE));
        if (source != null && !source.isBlank()) {
            filters.add(eq("sourceKey", SourceService.key(source)));
        }
        Cursor after = Cursor.decode(cursor);
        Instant position = after == null ? null : Keyset.instant(after);
        Bson window = Keyset.dateRange("publishedAt", Dates.parse("from", from), Dates.parseUpperBound("to", to),
                position);
        if (window != null) {
            filters.add(window);
        }
        if (after != null) {
            filters.add(Keyset.after("publishedAt", position, "_id", after.id()));
        }
        List<StoredDocument> found = StoredDocument.<StoredDocument>mongoCollection()
                .find(Filters.and(filters))
                // an edited statement's span is read from the text: the statements need it too
                .projection(include.text() || include.statements() ? null : Projections.exclude("text"))
                .sort(Sorts.descending("publishedAt", "_id"))
                .limit(limit + 1).into(new ArrayList<>());
        return Keyset.pageOf(found, limit, docs -> summaries(docs, include),
                d -> new Cursor(d.publishedAt.toString(), d.id));
    }

    /** The statements as a caller reads them, corrections applied: read for the page at once, not per document. */
    private static List<DocumentSummary> summaries(List<StoredDocument> docs, Include include) {
        List<DocumentView> views = include.statements() ? StatementCorrections.views(docs, false) : null;
        List<DocumentSummary> summaries = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            summaries.add(Views.summary(docs.get(i), include.text(), views == null ? null : views.get(i).statements()));
        }
        return summaries;
    }

    /**
     * The document to write, without its statements; {@code revisionOf} is the latest other document at its URL
     * ({@link #previousRevision}), read by the caller so that a batch reads all its URLs at once.
     */
    static StoredDocument newDocument(Prepared prepared, String id, String sourceKey, String revisionOf) {
        DocumentInput input = prepared.input();
        StoredDocument doc = new StoredDocument();
        doc.id = id;
        doc.contentHash = prepared.contentHash();
        doc.source = input.source();
        doc.sourceKey = sourceKey;
        doc.url = input.url();
        doc.title = input.title();
        doc.published = input.published();
        doc.language = input.language();
        doc.dateline = Views.dateline(input.dateline());
        doc.text = input.text();
        doc.ingestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        doc.publishedAt = prepared.published() != null ? prepared.published() : doc.ingestedAt;
        doc.revisionOf = revisionOf;
        return doc;
    }

    /** Adds the statements the document was posted with, each dated. */
    static StoredDocument withStatements(StoredDocument doc, DocumentInput input) {
        statements(input).forEach(s -> doc.statements.add(Views.statement(s, StatementDates.of(s.date(),
                s.regionOrMain(), doc))));
        return doc;
    }

    private static List<StatementInput> statements(DocumentInput input) {
        return input.statements() == null ? List.of() : input.statements();
    }

    /** The document stored under an id, if any, and the document a new one there would be the revision of. */
    private record Found(StoredDocument document, String revisionOf) {
    }

    /**
     * The document with the id, and the latest other document at the URL (the revision's predecessor), read
     * together: one round trip on the embedded store. The URL by its key (lookup_keys), not a query on
     * {@code url}: the embedded store would scan every document.
     */
    private static Found find(String id, String url) {
        StoreRound round = new StoreRound(StoredDocument.mongoDatabase());
        StoreRound.Reply<List<StoredDocument>> stored = round.find(StoredDocument.<StoredDocument>mongoCollection(),
                eq("_id", id), 1);
        StoreRound.Reply<List<String>> atUrl = LookupKeys.ids(url == null ? null : LookupKeys.url(url), round);
        round.send();
        return new Found(stored.get().isEmpty() ? null : stored.get().get(0), latestOther(atUrl.get(), id));
    }

    /** Of the documents a URL's lookup key names, the one that is not {@code id}. */
    static String latestOther(List<String> atUrl, String id) {
        return atUrl.stream().filter(latest -> !latest.equals(id)).findFirst().orElse(null);
    }
}
