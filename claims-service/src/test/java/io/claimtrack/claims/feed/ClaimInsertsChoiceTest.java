package io.claimtrack.claims.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.feed.FeedConfig.Changes;

/** Which source of new claims a replica runs, from the configuration and what the server says of itself. */
class ClaimInsertsChoiceTest {

    private static final Document REPLICA_SET_MEMBER = new Document("isWritablePrimary", true).append("setName", "rs0");
    private static final Document MONGOS = new Document("isWritablePrimary", true).append("msg", "isdbgrid");
    private static final Document STANDALONE = new Document("isWritablePrimary", true);

    @Test
    void autoFollowsAChangeStreamOnlyWhereTheServerHasThem() {
        assertEquals(Changes.CHANGE_STREAM, ClaimInsertsSetup.choose(Changes.AUTO, REPLICA_SET_MEMBER));
        assertEquals(Changes.CHANGE_STREAM, ClaimInsertsSetup.choose(Changes.AUTO, MONGOS));
        assertEquals(Changes.POLLING, ClaimInsertsSetup.choose(Changes.AUTO, STANDALONE));
        assertEquals(Changes.POLLING, ClaimInsertsSetup.choose(Changes.AUTO, new Document()), "no answer to hello: poll");
    }

    @Test
    void anExplicitChoiceWins() {
        assertEquals(Changes.POLLING, ClaimInsertsSetup.choose(Changes.POLLING, REPLICA_SET_MEMBER));
        assertEquals(Changes.CHANGE_STREAM, ClaimInsertsSetup.choose(Changes.CHANGE_STREAM, STANDALONE));
    }
}
