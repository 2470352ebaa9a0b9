package io.claimtrack.claims.store;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.h2.mvstore.SFChunk;
import org.h2.mvstore.SingleFileStore;

/**
 * The MVStore file, counting the bytes written into it. Every page a commit writes leaves an older copy
 * dead in some chunk, so the bytes written, not the number of commits, say how much space compaction has
 * to win back ({@link DurableH2Backend}): one batch commit writes as much as twenty single posts.
 */
class CountingFileStore extends SingleFileStore {

    private final AtomicLong written = new AtomicLong();

    /** {@code cacheMegabytes}: the page cache, which MVStore keeps in its file store. */
    CountingFileStore(int cacheMegabytes) {
        super(Map.of("cacheSize", cacheMegabytes));
    }

    @Override
    protected void writeFully(SFChunk chunk, long pos, ByteBuffer src) {
        written.addAndGet(src.remaining());
        super.writeFully(chunk, pos, src);
    }

    /** Bytes written into the file since it was opened (chunks, headers, compaction's rewrites). */
    long written() {
        return written.get();
    }
}
