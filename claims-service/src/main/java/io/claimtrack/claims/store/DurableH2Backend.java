package io.claimtrack.claims.store;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, committing the MVStore after every write command and before its reply leaves.
 * MVStore on its own commits in the background about once a second, so a {@code kill -9} lost up
 * to a second of acknowledged writes; with this an acknowledged write is in the file, and with
 * {@code sync} also forced to the disk (surviving a power cut, not only a process crash).
 * <p>
 * A commit must only ever capture whole commands: one insert writes a collection's data map and
 * then its index maps, and a commit between the two leaves a file whose index misses a document
 * that exists (after a kill, re-inserting it fails with "already existed"). So MVStore's own
 * commits (the background one and the one on a full write buffer) are off, and write commands run
 * one at a time with their commit; reads still run concurrently.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "drop", "dropdatabase", "dropindexes", "renamecollection", "create");

    private final boolean sync;
    private final ReentrantLock writes = new ReentrantLock();

    DurableH2Backend(String file, boolean sync) {
        super(new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0).open());
        this.sync = sync;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, database, command, query);
        }
        writes.lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failed write: a bulk write may have applied part of its operations
            getMvStore().commit();
            if (sync) {
                getMvStore().sync();
            }
            writes.unlock();
        }
    }
}
