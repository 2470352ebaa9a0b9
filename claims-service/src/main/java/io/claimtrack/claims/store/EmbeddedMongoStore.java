package io.claimtrack.claims.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * An in-process MongoDB wire-protocol server persisting to one H2 MVStore file. Writes are committed
 * between commands and made durable by {@link #flush} (see {@link DurableH2Backend}); closing commits
 * and closes the file.
 */
public final class EmbeddedMongoStore implements AutoCloseable {

    static final String FILE_NAME = "claims.mv.db";

    private final Path file;
    private final MongoServer server;
    private final DurableH2Backend backend;

    private EmbeddedMongoStore(Path file, MongoServer server, DurableH2Backend backend) {
        this.file = file;
        this.server = server;
        this.backend = backend;
    }

    public static EmbeddedMongoStore open(Path directory, String host, int port) {
        return open(directory, host, port, true);
    }

    /** {@code sync}: also force each commit to the disk (fsync), not only into the file. */
    public static EmbeddedMongoStore open(Path directory, String host, int port, boolean sync) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + directory, e);
        }
        Path file = directory.resolve(FILE_NAME).toAbsolutePath();
        DurableH2Backend backend = new DurableH2Backend(file.toString(), sync);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(host, port);
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        return new EmbeddedMongoStore(file, server, backend);
    }

    /** Returns once every write made before the call is in the file (and on the disk with sync). */
    public void flush() {
        backend.flush();
    }

    public String connectionString() {
        return server.getConnectionString();
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        // shutdownNow also closes the backend, which commits and closes the MVStore
        server.shutdownNow();
    }
}
