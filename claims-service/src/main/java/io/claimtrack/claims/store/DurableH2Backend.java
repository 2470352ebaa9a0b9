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
 * <p>
 * A commit per write writes a chunk per write: kept for MVStore's default 45 s retention and
 * never compacted (that was the background thread's job), 6,000 small writes made a 290 MB file.
 * With each commit synced, freed space can be reused at once, and every {@value #COMPACT_EVERY}
 * writes sparse chunks are rewritten (the same writes: 17 MB).
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "drop", "dropdatabase", "dropindexes", "renamecollection", "create");

    static final int COMPACT_EVERY = 200;
    private static final int COMPACT_FILL_RATE = 80;
    private static final int COMPACT_MAX_BYTES = 16 * 1024 * 1024;

    private final boolean sync;
    private final ReentrantLock writes = new ReentrantLock();
    private int writesSinceCompaction;

    DurableH2Backend(String file, boolean sync) {
        super(open(file, sync));
        this.sync = sync;
    }

    private static MVStore open(String file, boolean sync) {
        MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().autoCommitBufferSize(0).open();
        if (sync) {
            // the retention only guards against disks that reorder unsynced writes; every commit is synced
            store.setRetentionTime(0);
        }
        return store;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, database, command, query);
        }
        writes.lock();
        try {
            try {
                return super.handleCommand(channel, database, command, query);
            } finally {
                // also after a failed write: a bulk write may have applied part of its operations
                commitWrite();
            }
        } finally {
            // a failing commit must not leave every later write waiting for this lock
            writes.unlock();
        }
    }

    private void commitWrite() {
        MVStore store = getMvStore();
        store.commit();
        if (++writesSinceCompaction >= COMPACT_EVERY) {
            writesSinceCompaction = 0;
            store.compact(COMPACT_FILL_RATE, COMPACT_MAX_BYTES);
            store.commit();
        }
        if (sync) {
            store.sync();
        }
    }
}
