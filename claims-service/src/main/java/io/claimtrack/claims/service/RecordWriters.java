package io.claimtrack.claims.service;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The record's writers run side by side; finishing a record a failed call left pending runs alone. Such a call may
 * have ended between a derived write (an appearance inserted or deleted) and its count, and what it did not count
 * went with it: the store alone still says it, so the counts of the record's speakers are taken again from the store,
 * which is right only while no other writer is between a write of its own and its count (recovery's count, at
 * startup). Every write of a document or a correction is made holding this {@link #shared}; the retry of one left
 * pending holds it {@link #alone}, rarely. In the process only, as {@link ClaimLocks}: one writer replica.
 */
final class RecordWriters {

    private static final ReentrantReadWriteLock LOCK = new ReentrantReadWriteLock();

    private RecordWriters() {
    }

    /** A write made side by side with the others; never asks for {@link #alone} while it runs. */
    static <T> T shared(Supplier<T> work) {
        LOCK.readLock().lock();
        try {
            return work.get();
        } finally {
            LOCK.readLock().unlock();
        }
    }

    /** A write made once every write under way has ended, and before any other begins. */
    static <T> T alone(Supplier<T> work) {
        LOCK.writeLock().lock();
        try {
            return work.get();
        } finally {
            LOCK.writeLock().unlock();
        }
    }
}
