package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.mongodb.client.model.Projections;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.model.DocumentBatchResult;
import io.claimtrack.claims.model.DocumentInput;
import io.claimtrack.claims.model.DocumentOutcome;
import io.claimtrack.claims.model.Violation;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Stores a batch of documents in one call, each with the outcome {@code POST /documents} would give it alone,
 * in the batch's order, as if they had been posted one after another. The request ends with one durable
 * commit for all of them (the response waits for it, as any write answer does), and the reads and the
 * first writes of the new documents are shared: each outlet recorded once, the documents' ids and URLs
 * read in one query each, every pending marker in one write and then every pending document in one, so the
 * pending-marker protocol holds for each. Then each run of consecutive new documents of one outlet is completed
 * together ({@link DocumentWriter#completeAll}: one command per kind of write for the run, not per document).
 * <p>
 * A document that is refused (invalid, a span that does not hold its statement) gets its problem and stores
 * nothing; the others are stored. Repeats, syndicated copies, and documents at a URL an earlier document of
 * the batch has (a revision of it) take the single post's path in their turn, so they see the earlier ones.
 */
@ApplicationScoped
public class DocumentBatches {

    private static final Logger LOG = Logger.getLogger(DocumentBatches.class);

    @Inject
    DocumentService documents;

    @Inject
    DocumentWriter writer;

    @Inject
    SourceService sources;

    @Inject
    Validator validator;

    /** A checked document of the batch and its outlet; {@code fresh} when the batch began it itself. */
    private static final class Item {
        final DocumentService.Prepared prepared;
        final String sourceKey;
        StoredDocument fresh;

        Item(DocumentService.Prepared prepared, String sourceKey) {
            this.prepared = prepared;
            this.sourceKey = sourceKey;
        }
    }

    public DocumentBatchResult store(List<DocumentInput> inputs) {
        DocumentOutcome[] outcomes = new DocumentOutcome[inputs.size()];
        Map<Integer, DocumentService.Prepared> prepared = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                prepared.put(i, prepare(inputs.get(i)));
            } catch (RuntimeException e) {
                outcomes[i] = refused(i, e);
            }
        }
        Map<String, String> outlets = new HashMap<>();
        Map<Integer, Item> items = new LinkedHashMap<>();
        // one upsert per outlet, not per document: a batch usually comes from one
        prepared.forEach((i, p) -> items.put(i, new Item(p,
                outlets.computeIfAbsent(p.input().source(), sources::record))));
        begin(items.values());
        // consecutive new documents of one outlet are completed together; anything else ends the run and goes
        // its single post's way, so every document sees the ones before it
        Map<Integer, Item> run = new LinkedHashMap<>();
        items.forEach((i, item) -> {
            boolean joins = item.fresh != null && item.fresh.revisionOf == null;
            if (!run.isEmpty() && !(joins && run.values().iterator().next().sourceKey.equals(item.sourceKey))) {
                completeAll(run, outcomes);
            }
            if (joins) {
                run.put(i, item);
                return;
            }
            try {
                outcomes[i] = complete(item);
            } catch (RuntimeException e) {
                outcomes[i] = refused(i, e);
            }
        });
        completeAll(run, outcomes);
        return new DocumentBatchResult(List.of(outcomes));
    }

    /** Completes the run's documents in one go ({@link DocumentWriter#completeAll}) and empties it. */
    private void completeAll(Map<Integer, Item> run, DocumentOutcome[] outcomes) {
        if (run.isEmpty()) {
            return;
        }
        try {
            writer.completeAll(run.values().stream().map(item -> item.fresh).toList());
            run.forEach((i, item) -> outcomes[i] = DocumentOutcome.stored(true, item.fresh.id, item.fresh.statements.size()));
        } catch (RuntimeException e) {
            run.keySet().forEach(i -> outcomes[i] = refused(i, e));
        }
        run.clear();
    }

    private DocumentService.Prepared prepare(DocumentInput input) {
        if (input == null) {
            throw new WebApplicationException("Each document must be a JSON object with a text field",
                    Response.Status.BAD_REQUEST);
        }
        Set<ConstraintViolation<DocumentInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<Violation> fields = violations.stream().map(v -> new Violation(v.getPropertyPath().toString(), "body",
                    v.getMessage())).sorted((a, b) -> a.field().compareTo(b.field())).toList();
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                    .withTitle(Response.Status.BAD_REQUEST.getReasonPhrase())
                    .withDetail(fields.get(0).field() + ": " + fields.get(0).message() + "; nothing was stored")
                    .with("violations", fields).build();
        }
        return DocumentService.prepare(input);
    }

    /**
     * Begins, in two writes, every document of the batch that is new: not stored yet, not the same text as an
     * earlier one of the batch, and at a URL no earlier one of the batch has (its revision link depends on
     * that one). The rest are left to the single post's path.
     */
    private void begin(Iterable<Item> items) {
        Set<String> ids = new HashSet<>();
        Set<String> urls = new HashSet<>();
        for (Item item : items) {
            ids.add(item.prepared.originalId());
            if (item.prepared.url() != null) {
                urls.add(LookupKeys.url(item.prepared.url()));
            }
        }
        Set<String> stored = new HashSet<>();
        StoredDocument.<StoredDocument>mongoCollection().find(in("_id", ids)).projection(Projections.include("_id"))
                .forEach(d -> stored.add(d.id));
        Map<String, List<String>> atUrl = LookupKeys.ids(urls);
        Set<String> seenIds = new HashSet<>();
        Set<String> seenUrls = new HashSet<>();
        List<StoredDocument> fresh = new ArrayList<>();
        for (Item item : items) {
            DocumentService.Prepared p = item.prepared;
            boolean firstId = seenIds.add(p.originalId());
            boolean firstUrl = p.url() == null || seenUrls.add(p.url());
            if (firstId && firstUrl && !stored.contains(p.originalId())) {
                String revisionOf = p.url() == null ? null
                        : DocumentService.latestOther(atUrl.getOrDefault(LookupKeys.url(p.url()), List.of()), p.originalId());
                item.fresh = DocumentService.withStatements(
                        DocumentService.newDocument(p, p.originalId(), item.sourceKey, revisionOf), p.input());
                fresh.add(item.fresh);
            }
        }
        Set<String> begun = writer.beginAll(fresh);
        for (Item item : items) {
            if (item.fresh != null && !begun.contains(item.fresh.id)) {
                item.fresh = null;
            }
        }
    }

    private DocumentOutcome complete(Item item) {
        if (item.fresh != null) {
            writer.complete(item.fresh, false);
            return DocumentOutcome.stored(true, item.fresh.id, item.fresh.statements.size());
        }
        DocumentService.Stored stored = documents.ingest(item.prepared, item.sourceKey);
        List<?> statements = stored.document().statements();
        return DocumentOutcome.stored(stored.created(), stored.document().id(), statements == null ? 0 : statements.size());
    }

    /** The problem the document would have been answered with alone. */
    private static DocumentOutcome refused(int index, RuntimeException failure) {
        if (failure instanceof HttpProblem problem) {
            return DocumentOutcome.refused(problem.getStatusCode(), problem.getTitle(), problem.getDetail(),
                    violations(problem.getParameters().get("violations")));
        }
        if (failure instanceof WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            return DocumentOutcome.refused(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), null);
        }
        LOG.errorf(failure, "document %d of a batch failed", index);
        return DocumentOutcome.refused(500, "Internal Server Error",
                "unexpected error; see the claims-service log; sending the document again is safe", null);
    }

    private static List<Violation> violations(Object given) {
        if (given instanceof List<?> list && !list.isEmpty()) {
            return list.stream().map(Violation.class::cast).toList();
        }
        return null;
    }
}
