package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A single writer's sequence: reserved in the store ahead, handed out here, and a later writer starts after it. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ClaimSequenceTest {

    @Inject
    ClaimService claimService;

    @Test
    void aLaterWriterOfTheStoreStartsAfterEverythingTheEarlierReserved() {
        long[] handed = new long[2];
        do {
            // a block that ends exactly here is followed by one reserved ahead
            claimService.sequenced(seq -> handed[0] = seq);
            claimService.sequenced(seq -> handed[1] = seq);
        } while (ClaimService.storedCounter() == handed[1]);
        assertEquals(handed[0] + 1, handed[1]);
        assertEquals(handed[1], claimService.horizon());
        assertTrue(ClaimService.storedCounter() > handed[1], "the block is reserved ahead of what is handed out");

        // the next process on the same store: what the earlier one reserved and did not store is passed over
        ClaimService later = new ClaimService();
        later.singleWriter = true;
        assertEquals(ClaimService.storedCounter(), later.horizon());
        later.sequenced(seq -> handed[0] = seq);
        assertEquals(later.horizon(), handed[0]);
        assertTrue(handed[0] > handed[1] + 1);
    }
}
