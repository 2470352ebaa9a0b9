package io.claimtrack.claims.domain;

import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/** One outlet. The id is its key ("tass" for "TASS", "tass.com", "TASS Russian News Agency"). */
@MongoEntity(collection = "sources")
public class Source extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    /** The first spelling seen. */
    public String name;
    public List<String> aliases = new ArrayList<>();
    /** Current documents and claims with an appearance here, kept on write ({@code SourceCounts}). */
    public long documents;
    public long claims;
    /** Count changes begun and not finished: above zero after a crash, when the counts are rebuilt. */
    public int pending;
}
