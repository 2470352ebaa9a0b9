package io.claimtrack.claims.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.exception.MongoServerException;

/**
 * The embedded store's {@value #NAME} command: several commands a request would send one after another,
 * sent in one round trip over the loopback socket (claims README, "Session 30"). Each runs as if it had come
 * alone, in order: a write takes the write lock and counts for the next commit on its own, so a commit still
 * falls only between commands. Each reply is the command's own; a command that fails ends the round (its
 * reply is the error, the rest do not run), as the exception of a command sent alone ends a request. A write
 * error (a duplicate key) is part of its command's reply, as it is sent alone; it ends the round when the
 * command is ordered, as the driver stops an ordered bulk write at its first error.
 */
final class CommandRound {

    static final String NAME = "claimtrackRound";

    private CommandRound() {
    }

    /** Runs {@code query}'s {@code commands} through {@code execute}; the reply holds theirs as {@code replies}. */
    static Document run(Document query, Function<Document, Document> execute) {
        List<Document> replies = new ArrayList<>();
        for (Object item : (List<?>) query.get("commands")) {
            Document command = (Document) item;
            if (NAME.equalsIgnoreCase(name(command))) {
                replies.add(error(new MongoServerError(2, "BadValue", "a round cannot hold a round")));
                break;
            }
            Document reply;
            try {
                reply = execute.apply(command);
            } catch (MongoServerException e) {
                replies.add(error(e));
                break;
            }
            replies.add(reply);
            if (Boolean.TRUE.equals(command.get("ordered")) && reply.containsKey("writeErrors")) {
                // as the driver stops an ordered bulk write at its first error
                break;
            }
        }
        Document reply = new Document("replies", replies);
        reply.put("ok", 1.0);
        return reply;
    }

    static String name(Document command) {
        return command.keySet().iterator().next();
    }

    /** As the wire handler answers a failed command. */
    private static Document error(MongoServerException e) {
        Document reply = new Document("errmsg", e.getMessageWithoutErrorCode());
        if (e instanceof MongoServerError error) {
            reply.put("code", error.getCode());
            reply.putIfNotNull("codeName", error.getCodeName());
        }
        reply.put("ok", 0);
        return reply;
    }
}
