package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.bson.Document;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;

/**
 * The last writes of {@link DocumentWriter}'s protocol: the documents turn complete, their outlet counts them, their
 * URL keys name them and their markers go.
 */
final class DocumentFinish {

    private DocumentFinish() {
    }

    /**
     * The last writes of completing documents, in their order, in two round trips on the embedded store: after the
     * writes {@code round} holds, the speakers' days and the documents turning complete; then the outlet's counts
     * ({@code flagged}, read once {@code round} is sent, and what that turned complete), the documents' URL keys and
     * their markers' deletion.
     */
    static void finish(SourceCounts sourceCounts, String outlet, LongSupplier flagged, SpeakerTimeline.Changes timeline,
            List<StoredDocument> docs, StoreRound round) {
        SpeakerTimeline.apply(timeline, round);
        StoreRound.Reply<BulkWriteResult> completed = turnComplete(docs, round);
        round.send();
        StoreRound last = new StoreRound(StoredDocument.mongoDatabase());
        sourceCounts.close(outlet, flagged.getAsLong(), completed.get().getModifiedCount(), last);
        unmark(docs, last);
        last.send();
    }

    /**
     * Writes the documents' resolved statements and turns them complete; returns how many this call turned
     * complete (the others a concurrent request finished first), which is what their outlet counts.
     */
    private static StoreRound.Reply<BulkWriteResult> turnComplete(List<StoredDocument> docs, StoreRound round) {
        List<WriteModel<StoredDocument>> writes = new ArrayList<>();
        for (StoredDocument doc : docs) {
            writes.add(new UpdateOneModel<>(and(eq("_id", doc.id), ne("state", StoredDocument.COMPLETE)),
                    Updates.combine(
                            Updates.set("statements", doc.statements.stream().map(DocumentFinish::statementDocument).toList()),
                            Updates.set("state", StoredDocument.COMPLETE))));
            doc.state = StoredDocument.COMPLETE;
        }
        return round.bulkWrite(StoredDocument.<StoredDocument>mongoCollection(), writes, true);
    }

    /** The documents are the latest at their URLs, and no longer pending: their markers go. */
    private static void unmark(List<StoredDocument> docs, StoreRound round) {
        Map<String, String> latest = new LinkedHashMap<>();
        for (StoredDocument doc : docs) {
            if (doc.url != null && !doc.url.isBlank()) {
                latest.put(LookupKeys.url(doc.url), doc.id);
            }
        }
        LookupKeys.set(latest, round);
        round.write(DocumentWriter.markers(), List.of(new DeleteManyModel<>(in("_id", docs.stream().map(doc -> doc.id).toList()))), true);
    }

    private static Document statementDocument(StoredStatement s) {
        Document d = new Document("speakerName", s.speakerName).append("mention", s.mention).append("role", s.role)
                .append("kind", s.kind).append("content", s.content).append("start", s.start).append("end", s.end);
        if (s.parts != null) { // absent, not null, as the pending document's codec leaves it
            d.append("parts", s.parts.stream().map(p -> new Document("start", p.start).append("end", p.end)).toList());
        }
        return d.append("cue", s.cue).append("type", s.type).append("date", s.date).append("region", s.region)
                .append("nested", s.nested).append("via", s.via).append("confidence", s.confidence)
                .append("claimId", s.claimId).append("speakerId", s.speakerId);
    }
}
