package io.claimtrack.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A source document. Its id is derived from the content hash (and, for a syndicated copy, the
 * outlet), so storing it twice is a no-op. It is written first, {@code pending}, with everything needed
 * to finish its claims, and turns {@code complete} only after all of them are written: readers see only
 * complete documents, and a pending one left by a crash is finished on startup.
 */
@MongoEntity(collection = "documents")
public class StoredDocument extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public static final String PENDING = "pending";
    public static final String COMPLETE = "complete";

    public String state;
    public String source;
    /** Canonical outlet key, see {@link Source}. */
    public String sourceKey;
    public String url;
    public String title;
    /** As submitted (ISO date or date-time). */
    public String published;
    /** {@link #published}, or the ingest time when absent: what date filters and sorting use. */
    public Instant publishedAt;
    public String language;
    public Dateline dateline;
    public String contentHash;
    public String revisionOf;
    /** Set on an earlier revision once a later one replaced its appearances. */
    public String supersededBy;
    /** A copy of another outlet's document (same text): its appearances are this outlet's publication. */
    public String syndicationOf;
    public Instant ingestedAt;
    public String text;
    public List<StoredStatement> statements = new ArrayList<>();

    public static class Dateline {
        public String place;
        public String date;
        public String wire;
    }
}
