package io.claimtrack.claims.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend, with the secondary indexes mongo-java-server leaves out ({@link IndexedH2Database}),
 * committing the MVStore only at command boundaries and making it durable when asked ({@link #flush}).
 * <p>
 * A commit must only ever capture whole commands: one insert writes a collection's data map and
 * then its index maps, and a commit between the two leaves a file whose index misses a document
 * that exists (after a kill, re-inserting it fails with "already existed"). So MVStore's own
 * commits (the background one and the one on a full write buffer) are off, and write commands run
 * one at a time; commits are taken between them. A commit is a snapshot of every command executed
 * before it, so a crash loses at most the latest commands, never one in the middle: the order of a
 * request's writes (pending marker first, document complete last) holds on disk as it does in memory.
 * <p>
 * Durability is therefore needed only where a caller is told its write is done: {@link #flush} returns
 * once every write command executed before the call is committed and (with {@code sync}) forced to the
 * disk. Concurrent callers share one commit and one fsync (group commit): committing every command,
 * each with its fsync, held a document of 30 writes to about 5 per second.
 * <p>
 * Sparse chunks are rewritten every {@value #COMPACT_EVERY_BYTES} bytes written into the file
 * ({@link CountingFileStore}): every page written leaves its older copy dead, so what a store has to win
 * back follows the bytes written, whether they came as many small commits (single posts) or few large
 * ones (a batch's chunk is one commit). Every 200 commits, as it was, compacted a batch-fed store ten times
 * less often per article than a store of single posts, and its file grew 1.6 times as large. With each
 * commit synced, freed space is reused at once.
 */
final class DurableH2Backend extends H2Backend {

    private static final Logger LOG = Logger.getLogger(DurableH2Backend.class);
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "drop", "dropdatabase", "dropindexes", "renamecollection", "create");

    /** About what 200 single-post commits of news articles write (1.2-1.4 MB each), the rate compaction had. */
    static final long COMPACT_EVERY_BYTES = 256L * 1024 * 1024;
    private static final int COMPACT_FILL_RATE = 80;
    private static final int COMPACT_BELOW_FILL_RATE = 50;
    /** What a compaction moves at most, as a share of {@code compactEveryBytes}: 16 MB. */
    private static final int COMPACT_MAX_SHARE = 16;
    /** A large file is compacted when this much of it is in use: the next chunks would make it grow. */
    private static final int COMPACT_WHEN_FULL_RATE = 90;
    /** ... and when its chunks are less than this much alive: a compaction then frees more than it moves. */
    private static final int COMPACT_BELOW_CHUNKS_FILL_RATE = 50;
    /**
     * ... and at most once per this share of {@code compactEveryBytes} written (128 MB): a compaction then moves
     * at most an eighth of what was written since the last one, however large the store has grown.
     */
    private static final int COMPACT_WHEN_FULL_SPACING = 2;
    /** Uncommitted changes held in memory before a commit is taken anyway (not synced: not a durability point). */
    private static final int UNSAVED_LIMIT_BYTES = 32 * 1024 * 1024;
    private static final long CACHE_MAX_MB = 64;

    private final boolean sync;
    private final CountingFileStore file;
    private final long compactEveryBytes;
    private final ReentrantLock writes = new ReentrantLock();
    private final Object durability = new Object();
    /** Write commands executed; guarded by {@link #writes}. */
    private long executed;
    /** Write commands committed and synced; guarded by {@link #durability}. */
    private long durable;
    private boolean committing;
    /** Bytes written into the file when the last compaction ended; guarded by {@link #writes}. */
    private long writtenAtCompaction;
    private long compactions;
    /** Commits taken by flushes; guarded by {@link #writes}. */
    private long flushCommits;

    DurableH2Backend(String file, boolean sync) {
        this(file, sync, COMPACT_EVERY_BYTES);
    }

    DurableH2Backend(String file, boolean sync, long compactEveryBytes) {
        this(new CountingFileStore(cacheMegabytes()), file, sync, compactEveryBytes);
    }

    /** {@code fileStore}: the file, opened here. */
    DurableH2Backend(CountingFileStore fileStore, String file, boolean sync, long compactEveryBytes) {
        super(open(fileStore, file, sync));
        this.sync = sync;
        this.file = fileStore;
        this.compactEveryBytes = compactEveryBytes;
        // indexes built on opening a store written before them are kept; no command is running yet
        getMvStore().commit();
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return IndexedH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    private static MVStore open(CountingFileStore fileStore, String file, boolean sync) {
        fileStore.open(file, false, null);
        // adopted: closing the MVStore closes the file
        MVStore store = new MVStore.Builder().adoptFileStore(fileStore).autoCommitDisabled().autoCommitBufferSize(0)
                .open();
        StoreFormat.upgrade(store);
        if (sync) {
            // the retention only guards against disks that reorder unsynced writes; every commit is synced
            store.setRetentionTime(0);
        }
        return store;
    }

    /**
     * A page read from the file is deserialised whole (every document on it), so the cache of read
     * pages decides how fast reads are; but the cache lives in the old generation, and once the store
     * outgrows it every page read replaces a cached one: G1's young collections then scan more of the old
     * generation the larger the cache, and its GC per article grows with the run (claims README, "Session
     * 7"). An eighth of the heap, at most 64 MB (MVStore's default is 16).
     */
    static int cacheMegabytes() {
        return (int) Math.max(16, Math.min(CACHE_MAX_MB, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024)));
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (CommandRound.NAME.equals(command)) {
            return CommandRound.run(query, c -> handleCommand(channel, database, CommandRound.name(c), c));
        }
        if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            return super.handleCommand(channel, database, command, query);
        }
        writes.lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // also after a failed write: a bulk write may have applied part of its operations
            executed++;
            try {
                if (getMvStore().getUnsavedMemory() > UNSAVED_LIMIT_BYTES) {
                    commitAndTidy();
                }
            } finally {
                // a failing commit must not leave every later write waiting for this lock
                writes.unlock();
            }
        }
    }

    /**
     * Returns once every write command executed before this call is committed, and synced with
     * {@code sync}: whoever finds no commit running takes one for everybody waiting.
     */
    void flush() {
        long target;
        writes.lock();
        try {
            target = executed;
        } finally {
            writes.unlock();
        }
        synchronized (durability) {
            while (durable < target && committing) {
                try {
                    durability.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the store to commit", e);
                }
            }
            if (durable >= target) {
                return;
            }
            committing = true;
        }
        long committed = -1;
        try {
            committed = commitCovering();
        } finally {
            synchronized (durability) {
                committing = false;
                durable = Math.max(durable, committed);
                durability.notifyAll();
            }
        }
    }

    /**
     * Commits (the caller holds the write lock), and rewrites the live pages of sparse chunks once
     * {@code compactEveryBytes} were written since the last compaction, or when {@link #wantsRoom} says so.
     */
    private void commitAndTidy() {
        MVStore store = getMvStore();
        store.commit();
        if (file.written() - writtenAtCompaction >= compactEveryBytes || wantsRoom(store)) {
            long started = System.nanoTime();
            long writtenBefore = file.written();
            store.compact(COMPACT_FILL_RATE, (int) (compactEveryBytes / COMPACT_MAX_SHARE));
            store.commit();
            // every writer waits for it: its time is what the slowest posts pay (claims README, "Session 25")
            LOG.debugf("Compaction %d: %d ms, %d MB moved, %d MB written since the last, file %d MB", compactions + 1,
                    (System.nanoTime() - started) / 1_000_000, (file.written() - writtenBefore) >> 20,
                    (writtenBefore - writtenAtCompaction) >> 20, file.size() >> 20);
            writtenAtCompaction = file.written();
            compactions++;
        }
    }

    /**
     * A file smaller than {@code compactEveryBytes} is compacted while less than half of it is in use, which
     * keeps a small store small. A larger one only when it is nearly full of chunks that are mostly dead, that
     * is when new chunks would otherwise grow the file: the fill rate counts the free space between chunks,
     * which new chunks reuse, and after a compaction has freed some, compacting again at each commit until
     * half of the file was in use moved the next sparsest chunks' pages (4-6 compactions of 16 MB in a
     * row) while the free space was still there, and the file still grew by 80-130 MB per 256 MB written
     * once those runs stopped starting (claims README, "Session 16").
     * <p>
     * The spacing is fixed in bytes written, not a share of the file: as the store grows, more of every chunk
     * stays alive and each compaction frees less, so a full file was compacted again ever sooner (every 125-185 MB
     * written at 270-300 MB, every 32-82 MB at 520-585 MB) and moved ever more per post (60 MB per 1,000 news
     * articles at 3,000, 145 at 8,000). Held apart, compaction's share of the bytes written stays the same (40-60 MB
     * per 1,000 articles); the file grows until its sparsest chunks free as much as is written in between, that is
     * with what is alive in it (790 MB against 585 at 8,000 articles; claims README, "Session 33").
     */
    private boolean wantsRoom(MVStore store) {
        if (file.size() < compactEveryBytes) {
            return store.getFillRate() < COMPACT_BELOW_FILL_RATE;
        }
        return store.getFillRate() >= COMPACT_WHEN_FULL_RATE
                && file.written() - writtenAtCompaction >= compactEveryBytes / COMPACT_WHEN_FULL_SPACING
                && file.getChunksFillRate() < COMPACT_BELOW_CHUNKS_FILL_RATE;
    }

    /** Commits taken by flushes since the store opened (one covers every flush waiting for it). */
    long flushCommits() {
        writes.lock();
        try {
            return flushCommits;
        } finally {
            writes.unlock();
        }
    }

    /** Copies the file as a kill -9 at this instant would leave it: no commit is half-written meanwhile. */
    void copyFile(Path target) throws IOException {
        writes.lock();
        try {
            Files.copy(Path.of(file.getFileName()), target);
        } finally {
            writes.unlock();
        }
    }

    /** Compactions since the store opened. */
    long compactions() {
        writes.lock();
        try {
            return compactions;
        } finally {
            writes.unlock();
        }
    }

    /** Commits between commands, then syncs outside the write lock; returns the commands it covers. */
    private long commitCovering() {
        MVStore store = getMvStore();
        long covered;
        writes.lock();
        try {
            covered = executed;
            commitAndTidy();
            flushCommits++;
        } finally {
            writes.unlock();
        }
        if (sync) {
            store.sync();
        }
        return covered;
    }
}
