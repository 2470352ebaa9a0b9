package io.claimtrack.claims.feed;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bson.Document;
import org.jboss.logging.Logger;

import com.mongodb.MongoException;

import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.feed.FeedConfig.Changes;
import io.claimtrack.claims.store.EmbeddedStoreLifecycle;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Chooses and runs this replica's {@link ClaimInserts}: a change stream on a MongoDB replica set, which
 * production runs, or polling by {@code seq} on the embedded store, which has no change streams.
 */
@ApplicationScoped
public class ClaimInsertsSetup {

    private static final Logger LOG = Logger.getLogger(ClaimInsertsSetup.class);

    @Inject
    FeedConfig config;

    private volatile ClaimInserts inserts;
    private volatile Changes chosen;

    void start(@Observes @Priority(EmbeddedStoreLifecycle.STARTUP_PRIORITY + 5) StartupEvent event) {
        chosen = choose(config.changes(), hello());
        inserts = chosen == Changes.CHANGE_STREAM
                ? ChangeStreamInserts.of(Claim.mongoDatabase(), config.retryPause())
                : new PolledInserts(config.pollInterval());
        LOG.infof("Claims feed: waiting readers learn of new claims by %s", chosen == Changes.CHANGE_STREAM
                ? "a change stream on claims and corrections" : "polling every " + config.pollInterval().toMillis() + " ms");
    }

    void stop(@Observes ShutdownEvent event) {
        if (inserts != null) {
            inserts.close();
        }
    }

    public ClaimInserts inserts() {
        return inserts;
    }

    /** What this replica runs: {@code CHANGE_STREAM} or {@code POLLING}. */
    public Changes chosen() {
        return chosen;
    }

    /**
     * The configured way, or for {@code AUTO} what the server supports: change streams need a replica set
     * member ({@code setName} in its hello) or a mongos ({@code msg: isdbgrid}).
     */
    static Changes choose(Changes configured, Document hello) {
        if (configured != Changes.AUTO) {
            return configured;
        }
        return hello.containsKey("setName") || "isdbgrid".equals(hello.get("msg")) ? Changes.CHANGE_STREAM : Changes.POLLING;
    }

    /** isMaster, which every server answers (mongo-java-server has no hello), with the same setName and msg. */
    private static Document hello() {
        try {
            return Claim.mongoDatabase().runCommand(new Document("isMaster", 1));
        } catch (MongoException e) {
            LOG.warnf("the store did not say whether it is a replica set (%s): polling", e.getMessage());
            return new Document();
        }
    }
}
