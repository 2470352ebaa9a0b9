package io.claimtrack.claims.domain;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A lookup key of a claim: its exact normalised text or one MinHash band, scoped to the speaker. The
 * first claim to insert a key owns it; later statements find their claim by these keys alone.
 */
@MongoEntity(collection = "claim_keys")
public class ClaimKey extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String claimId;
    /** The owning claim's normalised text, so a candidate is verified without reading the claim. */
    public String normText;
}
