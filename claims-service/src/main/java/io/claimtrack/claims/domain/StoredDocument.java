package io.claimtrack.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** A source document. Its id is derived from the content hash, so storing it twice is a no-op. */
@MongoEntity(collection = "documents")
public class StoredDocument extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String source;
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
    public Instant ingestedAt;
    public String text;
    public List<StoredStatement> statements = new ArrayList<>();

    public static class Dateline {
        public String place;
        public String date;
        public String wire;
    }
}
