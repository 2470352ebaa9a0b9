package io.claimtrack.claims.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;

/**
 * Counts what the service's reads bring back from the store, per collection: documents of finds and
 * their getMores, values of distinct; the finds themselves and the write commands, those sent together in a
 * round each as one; and the round trips. The Mongo client of the service picks up every CommandListener
 * bean, so a test sees how much a request read, not only what it answered.
 */
@ApplicationScoped
public class StoreReads implements CommandListener {

    private static final String ROUND = "claimtrackRound";

    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong commands = new AtomicLong();
    /** A round's finds' collections by their place in it (null: not a find). */
    private final Map<Integer, List<String>> rounds = new ConcurrentHashMap<>();
    private final Map<Integer, String> collections = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> returned = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> finds = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> writes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> alone = new ConcurrentHashMap<>();

    @Override
    public void commandStarted(CommandStartedEvent event) {
        roundTrips.incrementAndGet();
        if (event.getCommandName().equals(ROUND)) {
            // the commands of a round (the embedded store's claimtrackRound) count as if each had come alone
            List<String> found = new ArrayList<>();
            for (BsonValue command : event.getCommand().getArray("commands")) {
                String name = command.asDocument().getFirstKey();
                count(name, command.asDocument());
                found.add(name.equals("find") ? command.asDocument().getString(name).getValue() : null);
            }
            rounds.put(event.getRequestId(), found);
            return;
        }
        count(event.getCommandName(), event.getCommand());
        BsonValue collection = event.getCommand().get(event.getCommandName());
        if (collection != null && collection.isString()) {
            alone.computeIfAbsent(event.getCommandName() + " " + collection.asString().getValue(), c -> new AtomicLong())
                    .incrementAndGet();
        }
        if (event.getCommandName().equals("find") || event.getCommandName().equals("distinct")) {
            collections.put(event.getRequestId(), event.getCommand().getString(event.getCommandName()).getValue());
        } else if (event.getCommandName().equals("getMore")) {
            collections.put(event.getRequestId(), event.getCommand().getString("collection").getValue());
        }
    }

    private void count(String name, BsonDocument command) {
        commands.incrementAndGet();
        if (name.equals("insert") || name.equals("update") || name.equals("delete") || name.equals("findAndModify")) {
            writes.computeIfAbsent(name + " " + command.getString(name).getValue(), c -> new AtomicLong()).incrementAndGet();
        }
        if (name.equals("find")) {
            finds.computeIfAbsent(command.getString(name).getValue(), c -> new AtomicLong()).incrementAndGet();
        }
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        List<String> round = rounds.remove(event.getRequestId());
        if (round != null) {
            BsonArray replies = event.getResponse().getArray("replies");
            for (int i = 0; i < replies.size(); i++) {
                if (round.get(i) != null) {
                    returned(round.get(i), replies.get(i).asDocument());
                }
            }
            return;
        }
        String collection = collections.remove(event.getRequestId());
        if (collection != null) {
            returned(collection, event.getResponse());
        }
    }

    private void returned(String collection, BsonDocument response) {
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
        roundTrips.set(0);
        commands.set(0);
        returned.clear();
        finds.clear();
        writes.clear();
        alone.clear();
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

    /** Commands of a kind on a collection ({@code find}, {@code speakers}) sent in a round trip of their own. */
    public long alone(String command, String collection) {
        return valueOf(alone.get(command + " " + collection));
    }

    /** Commands the store ran, those of a round each as one. */
    public long commands() {
        return commands.get();
    }

    /** Commands sent to the store, a round of several as one: what a request waits for the socket. */
    public long roundTrips() {
        return roundTrips.get();
    }

    private static long valueOf(AtomicLong n) {
        return n == null ? 0 : n.get();
    }
}
