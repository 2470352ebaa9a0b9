package io.claimtrack.claims.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Starts the embedded store when the connection string is the one the config factory supplied. */
@ApplicationScoped
public class EmbeddedStoreLifecycle {

    /** Observers of {@link StartupEvent} that touch the database must run after this one. */
    public static final int STARTUP_PRIORITY = 10;

    private static final Logger LOG = Logger.getLogger(EmbeddedStoreLifecycle.class);

    @ConfigProperty(name = EmbeddedStoreConfigSourceFactory.CONNECTION_STRING)
    Optional<String> connectionString;

    @ConfigProperty(name = EmbeddedStoreConfigSourceFactory.EMBEDDED_URL)
    Optional<String> embeddedUrl;

    @ConfigProperty(name = "claims.store.embedded.path")
    Path dataDirectory;

    @ConfigProperty(name = "claims.store.embedded.sync", defaultValue = "true")
    boolean sync;

    private volatile EmbeddedMongoStore store;

    void start(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        if (!embedded()) {
            LOG.infof("Store: external MongoDB at %s", hostsOf(connectionString.orElse("(quarkus.mongodb.hosts)")));
            return;
        }
        URI address = URI.create(embeddedUrl.get());
        store = EmbeddedMongoStore.open(dataDirectory, address.getHost(), address.getPort(), sync);
        LOG.infof("Store: embedded mongo-java-server with H2 backend, file %s, listening on %s, "
                + "writes committed%s before each write response", store.file(), store.connectionString(),
                sync ? " and synced" : "");
    }

    /**
     * The service runs on the embedded store, whose file this process holds: nobody else writes it. Decided at
     * run time (the build records the factory's embedded address as a default, which a configured one overrides).
     */
    public boolean embedded() {
        return embeddedUrl.isPresent() && embeddedUrl.equals(connectionString);
    }

    /**
     * Makes every write so far durable before a caller is told it is done: a no-op on MongoDB, where
     * the write concern does that for each write.
     */
    public void flush() {
        EmbeddedMongoStore current = store;
        if (current != null) {
            current.flush();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (store != null) {
            store.close();
            store = null;
            LOG.info("Embedded store closed");
        }
    }

    // Never log credentials that a connection string may carry.
    private static String hostsOf(String connectionString) {
        int at = connectionString.lastIndexOf('@');
        int scheme = connectionString.indexOf("://");
        return at >= 0 ? connectionString.substring(0, scheme + 3) + "***@" + connectionString.substring(at + 1)
                : connectionString;
    }
}
