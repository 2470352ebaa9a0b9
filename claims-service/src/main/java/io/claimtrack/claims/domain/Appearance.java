package io.claimtrack.claims.domain;

import java.time.Instant;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One occurrence of a claim: a statement in one published document. Kept in its own collection so a
 * claim's size does not grow with its appearances; the id (document and span) makes adding it idempotent.
 */
@MongoEntity(collection = "appearances")
public class Appearance extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String claimId;
    public String speakerId;
    public String documentId;
    /** Canonical source key ({@link Source}); {@link #source} is the name as the document gave it. */
    public String sourceKey;
    public String source;
    public String url;
    public String published;
    public Instant seenAt;
    public int start;
    public int end;
    /** The statement's parts (what was said around an interrupting speaker and cue); null when the span is all of it. */
    public List<Part> parts;
    public String cue;
    public String type;
    /** The statement's date (see the date rules in the README). */
    public String date;
    public String role;
    public String region;
    public Double confidence;
    public Boolean nested;
    public String via;

    public static String key(String documentId, int start, int end) {
        return documentId + ":" + start + "-" + end;
    }
}
