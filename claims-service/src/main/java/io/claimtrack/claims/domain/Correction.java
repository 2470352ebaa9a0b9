package io.claimtrack.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.codecs.pojo.annotations.BsonId;

import io.quarkus.mongodb.panache.PanacheMongoEntityBase;
import io.quarkus.mongodb.panache.common.MongoEntity;

/**
 * An editor's correction of the record: who, when, what, before, after and why. The extraction it
 * corrects is never changed (documents keep their statements as extracted); appearances and counts
 * are derived from the extraction and every correction that holds, so undoing one derives them again.
 * Written {@code pending} first, like documents, and finished by recovery after a crash.
 */
@MongoEntity(collection = "corrections")
public class Correction extends PanacheMongoEntityBase {

    public static final String PENDING = "pending";
    public static final String COMPLETE = "complete";
    /** The correction holds. */
    public static final String APPLIED = "applied";
    /** An editor undid it ({@link #undoneBy}). */
    public static final String UNDONE = "undone";
    /** A target of a revision where the statement no longer exists. */
    public static final String MISSING = "missing";

    @BsonId
    public String id;
    /** From the claims' sequence: the stream sends corrections and claims in one order. */
    public Long seq;
    public String state;
    public String action;
    /** The name of the API key that made it (never the key). */
    public String by;
    public Instant at;
    public String reason;
    /** Hash of the request, so a retry with the same Idempotency-Key is told apart from a reuse. */
    public String requestHash;
    public String status;
    public String undoneBy;
    /** For an undo: the correction it undid. */
    public String undoes;
    /** The statements it changes; a revision or syndicated copy of their document adds its own. */
    public List<Target> targets = new ArrayList<>();
    /** Every speaker involved, before and after, for {@code ?speaker=}. */
    public List<String> speakerIds = new ArrayList<>();
    /** Every document with a target, for {@code ?document=} and re-deriving a document's statements. */
    public List<String> documentIds = new ArrayList<>();
    public State before;
    public State after;

    /** One statement a correction changes, and what it does to it. */
    public static class Target {
        /** The statement's identity: its document and its span as extracted ({@link Appearance#key}). */
        public String key;
        public String documentId;
        public int start;
        public int end;
        /** The statement's content as extracted, to find it again in a revision. */
        public String text;
        /** reassign, split: the speaker it goes to. */
        public String speakerId;
        /** edit-statement: the new span (null: unchanged) and type (null: unchanged). */
        public Integer newStart;
        public Integer newEnd;
        public String type;
        public String status = APPLIED;
        public String note;
    }

    /** What the correction changed, as it was before and after; only the fields it changed are set. */
    public static class State {
        public String speakerId;
        public String speakerName;
        public Boolean hidden;
        public Integer start;
        public Integer end;
        public String text;
        public String type;
        public String name;
        public String kind;
        public List<String> aliases;
        public List<Speaker.RoleSeen> roles;
        public String mergedInto;

        public static State speaker(String id, String name) {
            State state = new State();
            state.speakerId = id;
            state.speakerName = name;
            return state;
        }
    }
}
