package io.claimtrack.claims.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.BsonArray;
import org.bson.BsonDocument;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * Counts what the service's reads bring back from the store, per collection: documents of finds and
 * their getMores, values of distinct; the finds themselves and the write commands (round trips). The Mongo client of the service picks up every CommandListener
 * bean, so a test sees how much a request read, not only what it answered.
 */
@ApplicationScoped
public class StoreReads implements CommandListener {

    private final Map<Integer, String> collections = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> returned = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> finds = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> writes = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        if (name.equals("insert") || name.equals("update") || name.equals("delete") || name.equals("findAndModify")) {
            writes.computeIfAbsent(name + " " + command.getString(name).getValue(), c -> new AtomicLong()).incrementAndGet();
        }
        if (name.equals("find") || name.equals("distinct")) {
            collections.put(event.getRequestId(), command.getString(name).getValue());
            if (name.equals("find")) {
                finds.computeIfAbsent(command.getString(name).getValue(), c -> new AtomicLong()).incrementAndGet();
            }
        } else if (name.equals("getMore")) {
            collections.put(event.getRequestId(), command.getString("collection").getValue());
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        String collection = collections.remove(event.getRequestId());
        if (collection == null) {
            return;
        }
        BsonDocument response = event.getResponse();
        long n;
        if (response.containsKey("values")) {
            n = response.getArray("values").size();
        } else {
            BsonDocument cursor = response.getDocument("cursor");
            BsonArray batch = cursor.containsKey("firstBatch") ? cursor.getArray("firstBatch") : cursor.getArray("nextBatch");
            n = batch.size();
        }
        returned.computeIfAbsent(collection, c -> new AtomicLong()).addAndGet(n);
    }

    /** Starts counting anew. Tests run one at a time, so what is counted until the next reset is theirs. */
    public void reset() {
        returned.clear();
        finds.clear();
        writes.clear();
    }

    public long returned(String collection) {
        return valueOf(returned.get(collection));
    }

    public long finds(String collection) {
        return valueOf(finds.get(collection));
    }

    /**
     * Write commands (round trips, however many documents each carries): {@code insert}, {@code update},
     * {@code delete} or {@code findAndModify}.
     */
    public long writes(String command, String collection) {
        return valueOf(writes.get(command + " " + collection));
    }

    private static long valueOf(AtomicLong n) {
        return n == null ? 0 : n.get();
    }
}
