package io.claimtrack.claims.service;

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialises, per claim, reading a claim's counts and updating them, so what a writer read before its
 * update is what the update changed ({@link SpeakerTimeline} counts that change). Striped: claims share
 * a lock by hash, and a writer takes its claims' locks in one order, so two writers never wait on each
 * other in a circle. In the process only, as the lock that creates claims: one writer replica.
 */
final class ClaimLocks {

    private static final int STRIPES = 256;
    private static final ReentrantLock[] LOCKS = new ReentrantLock[STRIPES];

    static {
        for (int i = 0; i < STRIPES; i++) {
            LOCKS[i] = new ReentrantLock();
        }
    }

    private ClaimLocks() {
    }

    static <T> T holding(Collection<String> claimIds, Supplier<T> work) {
        TreeSet<Integer> stripes = new TreeSet<>();
        claimIds.forEach(id -> stripes.add(Math.floorMod(id.hashCode(), STRIPES)));
        stripes.forEach(i -> LOCKS[i].lock());
        try {
            return work.get();
        } finally {
            stripes.descendingSet().forEach(i -> LOCKS[i].unlock());
        }
    }
}
