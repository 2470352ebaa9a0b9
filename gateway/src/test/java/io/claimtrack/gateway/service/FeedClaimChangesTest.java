package io.claimtrack.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimFeedPage;

/** Where a new poller starts: the highest seq of the store, found through the feed alone. */
class FeedClaimChangesTest {

    @Test
    void headIsTheHighestSeqWhateverTheGaps() {
        assertEquals(250, changesOver(3, 10, 11, 250).head());
        assertEquals(1, changesOver(1).head());
        assertEquals(4_000_000_017L, changesOver(5, 4_000_000_017L).head());
    }

    @Test
    void emptyStoreStartsAtZero() {
        assertEquals(0, changesOver().head());
    }

    private static FeedClaimChanges changesOver(long... seqs) {
        FeedClaimChanges changes = new FeedClaimChanges();
        changes.claims = new ClaimsCalls() {
            @Override
            public ClaimFeedPage feed(long after, int limit) {
                List<Claim> items = java.util.Arrays.stream(seqs).filter(seq -> seq > after).limit(limit)
                        .mapToObj(seq -> new Claim("claim-" + seq, seq, null, "text", "direct", null, null, 1, List.of())).toList();
                return new ClaimFeedPage(items, List.of(), items.isEmpty() ? after : items.get(items.size() - 1).seq());
            }
        };
        return changes;
    }
}
