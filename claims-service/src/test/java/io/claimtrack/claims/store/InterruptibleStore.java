package io.claimtrack.claims.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * The embedded store of the tests ({@link DurableH2Backend}, not synced), which a test can stop after its next k write
 * commands, as a kill -9 stops the service between two of its writes: the command {@value #COMMAND} {@code {after: k}}
 * arms it (every command after the k-th write fails, reads too, until {@code {off: true}}), and its reply says how
 * many write commands ran since it was armed, so a test first counts what an uninterrupted request writes. A command
 * of a round ({@link CommandRound}) counts as if it had come alone. Unarmed, every command passes through.
 */
public final class InterruptibleStore implements MongoBackend, AutoCloseable {

    public static final String COMMAND = "claimtrackInterrupt";
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify");
    /** What a stopped store refuses: the commands on data (the driver's own, hello and ping, still pass, so it stays connected). */
    private static final Set<String> DATA = Set.of("insert", "update", "delete", "findandmodify", "find", "getmore",
            "aggregate", "count", "distinct", CommandRound.NAME.toLowerCase(Locale.ROOT));

    private final DurableH2Backend store;
    private final MongoServer server;
    private long budget = Long.MAX_VALUE;
    private long written;
    private boolean stopped;

    private InterruptibleStore(Path directory, String host) {
        store = new DurableH2Backend(directory.resolve(EmbeddedMongoStore.FILE_NAME).toString(), false);
        server = new MongoServer(this);
        server.bind(host, 0);
    }

    public static InterruptibleStore open(Path directory) {
        return new InterruptibleStore(directory, "127.0.0.1");
    }

    public String connectionString() {
        return server.getConnectionString();
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (COMMAND.equals(command)) {
            return arm(query);
        }
        if (CommandRound.NAME.equals(command)) {
            return CommandRound.run(query, c -> handleCommand(channel, database, CommandRound.name(c), c));
        }
        String name = command.toLowerCase(Locale.ROOT);
        synchronized (this) {
            if (!stopped && WRITES.contains(name) && written == budget) {
                stopped = true;
            }
            if (stopped && DATA.contains(name)) {
                // not an error the driver retries or takes for the server's shutdown
                throw new MongoServerError(1, "InternalError", "the test stopped the store after " + written + " writes");
            }
            if (WRITES.contains(name)) {
                written++;
            }
        }
        return store.handleCommand(channel, database, command, query);
    }

    private synchronized Document arm(Document query) {
        Document reply = new Document("written", written);
        reply.put("ok", 1.0);
        stopped = false;
        written = 0;
        budget = Boolean.TRUE.equals(query.get("off")) ? Long.MAX_VALUE : ((Number) query.get("after")).longValue();
        return reply;
    }

    @Override
    public void handleClose(Channel channel) {
        store.handleClose(channel);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return store.handleQuery(query);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        // as the backend reads a message: its first key names the command
        Document query = message.getDocument();
        return handleCommand(message.getChannel(), message.getDatabaseName(), query.keySet().iterator().next(), query);
    }

    @Override
    public void dropDatabase(String database) {
        store.dropDatabase(database);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return store.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return store.getServerStatus();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        store.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return store.getClock();
    }

    @Override
    public void enableOplog() {
        store.enableOplog();
    }

    @Override
    public void disableOplog() {
        store.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return store.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        store.version(version);
        return this;
    }

    @Override
    public void close() {
        // shutdownNow also closes the backend, which commits and closes the MVStore
        server.shutdownNow();
    }
}
