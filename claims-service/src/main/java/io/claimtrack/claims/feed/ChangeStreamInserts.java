package io.claimtrack.claims.feed;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bson.BsonDocument;
import org.bson.Document;
import org.jboss.logging.Logger;

import com.mongodb.MongoException;
import com.mongodb.client.ChangeStreamIterable;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;

/**
 * A MongoDB change stream of inserts into {@code claims} and {@code corrections} (a replica set is
 * required): one thread per replica follows it and wakes the readers waiting below the inserted
 * document's {@code seq}, whichever replica inserted it. After an error it reopens the stream after the last event it saw (resume token),
 * or from now on if the server no longer has that point; readers re-read the store either way.
 */
public final class ChangeStreamInserts implements ClaimInserts {

    /** Opens the change stream of claim inserts after {@code resumeAfter} (null: from now on). */
    @FunctionalInterface
    public interface Opener {
        MongoChangeStreamCursor<ChangeStreamDocument<Document>> open(BsonDocument resumeAfter);
    }

    private static final Logger LOG = Logger.getLogger(ChangeStreamInserts.class);
    // ChangeStreamHistoryLost, and ChangeStreamFatalError: the resume token is of no use any more.
    private static final List<Integer> TOKEN_LOST = List.of(286, 280);

    private final Opener opener;
    private final Duration retryPause;
    private final Thread follower;
    private volatile boolean closed;
    // Guarded by this: the highest seq the stream has reported.
    private long latest;
    // Only the follower thread touches it.
    private BsonDocument resumeToken;

    public ChangeStreamInserts(Opener opener, Duration retryPause) {
        this.opener = opener;
        this.retryPause = retryPause;
        this.follower = new Thread(this::follow, "claim-change-stream");
        follower.setDaemon(true);
        follower.start();
    }

    /**
     * The stream of the driver: inserts of claims and of corrections (the feed's two kinds, which share the
     * sequence), each server wait at most a second so that close is prompt.
     */
    public static ChangeStreamInserts of(MongoDatabase database, Duration retryPause) {
        return new ChangeStreamInserts(resumeAfter -> {
            ChangeStreamIterable<Document> inserts = database.watch(List.of(Aggregates.match(Filters.and(
                    Filters.eq("operationType", "insert"), Filters.in("ns.coll", "claims", "corrections")))))
                    .maxAwaitTime(1, TimeUnit.SECONDS);
            return (resumeAfter == null ? inserts : inserts.resumeAfter(resumeAfter)).cursor();
        }, retryPause);
    }

    @Override
    public synchronized void await(long after, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        long left;
        while (latest <= after && !closed && (left = deadline - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private synchronized void seen(long seq) {
        if (seq > latest) {
            latest = seq;
            notifyAll();
        }
    }

    private void follow() {
        while (!closed) {
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = opener.open(resumeToken)) {
                while (!closed) {
                    // tryNext waits on the server for at most maxAwaitTime, so closed is checked every second
                    ChangeStreamDocument<Document> change = cursor.tryNext();
                    if (change == null) {
                        continue;
                    }
                    resumeToken = change.getResumeToken();
                    Document claim = change.getFullDocument();
                    if (claim != null && claim.get("seq") instanceof Number seq) {
                        seen(seq.longValue());
                    }
                }
            } catch (MongoException | IllegalStateException e) {
                if (closed) {
                    return;
                }
                if (e instanceof MongoException mongo && TOKEN_LOST.contains(mongo.getCode())) {
                    resumeToken = null;
                }
                LOG.warnf("claim change stream failed (%s); reopening it in %d ms%s", e.getMessage(), retryPause.toMillis(),
                        resumeToken == null ? "" : " after the last event seen");
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(retryPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            notifyAll();
        }
        follower.interrupt();
        try {
            follower.join(TimeUnit.SECONDS.toMillis(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
