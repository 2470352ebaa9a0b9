package io.claimtrack.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * One thing a speaker asserted; id derived from speaker id and normalised text. Its appearances live
 * in their own collection; the claim keeps their count and first/last date.
 */
@MongoEntity(collection = "claims")
public class Claim extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    /** Insertion sequence: the order claims were created in, for the feed. */
    public Long seq;
    /** The speaker the claim was recorded for; a merge leaves it in place ({@link Speaker#mergedInto}). */
    public String speakerId;
    public String speakerName;
    public String speakerKind;
    public String role;
    public String text;
    public String normText;
    /** Distinct normalised words of the text, for the {@code q} filter (multikey index). */
    public List<String> tokens = new ArrayList<>();
    public String type;
    public Instant firstSeen;
    public Instant lastSeen;
    public int appearanceCount;
    /** The outlets it appeared in (their keys), so a source's claim count moves only on a first appearance there. */
    public List<String> sourceKeys;
    /** The appearance the claim was created with and counted for (its count starts at 1). */
    public String firstAppearance;
    public Instant createdAt;
    /** Set when corrections took its last appearance away: it is then neither read nor fed. */
    public Boolean withdrawn;
}
