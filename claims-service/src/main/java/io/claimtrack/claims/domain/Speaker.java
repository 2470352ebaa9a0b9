package io.claimtrack.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * A person, organisation, document, group or anonymous source. The id is derived from the kind and
 * normalised name (anonymous sources: also the document), so concurrent or repeated upserts converge.
 */
@MongoEntity(collection = "speakers")
public class Speaker extends PanacheMongoEntityBase {

    @BsonId
    public String id;
    public String name;
    public String nameKey;
    /** Last token of a person's name; how "Medinsky" finds "Vladimir Medinsky". */
    public String surnameKey;
    public String kind;
    public List<String> aliases = new ArrayList<>();
    /** Normalised names this speaker answers to. */
    public List<String> aliasKeys = new ArrayList<>();
    /** Words of all names and aliases, for {@code GET /speakers?q=}. */
    public List<String> nameTokens = new ArrayList<>();
    public List<RoleSeen> roles = new ArrayList<>();
    /** The role of the latest dated mention with a role. */
    public String role;
    public String roleSeen;
    /** Claims recorded for this speaker itself (not those of speakers merged into it). */
    public long claimCount;
    /** Set when this speaker turned out to be another one; lookups follow it. */
    public String mergedInto;
    /** Speakers merged into this one; undone merges stay listed with {@code undone} and its reason. */
    public List<Merge> merges = new ArrayList<>();
    /** Speakers an editor split this one from: never merged into them again automatically. */
    public List<String> keptApart = new ArrayList<>();
    /** Anonymous sources only: the one document they belong to. */
    public String documentId;
    public Instant createdAt;

    public static class RoleSeen {
        public String role;
        public String seen;
    }

    /** Why two speakers were found to be one. */
    public static class Merge {
        public String speakerId;
        public String name;
        public String reason;
        public Instant at;
        public String undone;
        /** The editor's correction that made this merge, if one did; automatic splits leave those alone. */
        public String correction;
    }
}
