package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.model.Sorts;
import org.jboss.logging.Logger;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.store.EmbeddedStoreLifecycle;
import io.quarkus.runtime.StartupEvent;

/**
 * Finishes, before the service takes requests, every document a crash left pending: the document
 * holds all its ingest needs, and every write of it is keyed, so replaying completes it exactly once.
 * A marker without a document is a crash before the document was written: nothing to finish.
 */
@ApplicationScoped
public class PendingRecovery {

    private static final Logger LOG = Logger.getLogger(PendingRecovery.class);

    @Inject
    DocumentWriter writer;

    void recover(@Observes @Priority(EmbeddedStoreLifecycle.STARTUP_PRIORITY + 3) StartupEvent event) {
        int finished = recover();
        if (finished > 0) {
            LOG.infof("Recovery: finished %d document(s) a crash had left pending", finished);
        }
    }

    public int recover() {
        // in the order the documents were begun: a later document of a batch may say again what an earlier one said
        // first (a claim keeps the role it was first said with), as the batch made in one go has it
        List<Document> markers = DocumentWriter.markers().find().sort(Sorts.ascending("at", "place")).into(new ArrayList<>());
        int finished = 0;
        for (Document marker : markers) {
            String id = marker.getString("_id");
            StoredDocument doc = StoredDocument.findById(id);
            if (doc == null) {
                DocumentWriter.markers().deleteOne(eq("_id", id));
                continue;
            }
            writer.complete(doc, true);
            finished++;
        }
        return finished;
    }
}
