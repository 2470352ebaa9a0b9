package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.MongoTestResource;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Claim keys read ahead of the lock that decides claims ({@link ClaimService#readAhead}) decide as keys read under it:
 * used as read when no key was written since, read again when one was, so a document still joins the claim another
 * document created in between.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ClaimKeysAheadTest {

    @Inject
    ClaimService claims;

    @Inject
    StoreReads store;

    @Test
    void keysReadAheadAreReadAgainWhenAClaimWasCreatedSince() {
        Speaker speaker = speaker();
        String text = "the tunnel opens in May " + speaker.id;
        ClaimKeyReads.Ahead ahead = readAhead(speaker, text);
        // another document says it first, after the read ahead was sent
        String first = claims.resolve(List.of(said(speaker, text, "doc_first")), null, new HashSet<>()).get(0);
        String second = resolve(speaker, text, "doc_second", ahead);
        assertEquals(first, second);
    }

    @Test
    void keysReadAheadDecideWithoutAReadOfTheirOwn() {
        Speaker speaker = speaker();
        String text = "the tunnel closes in June " + speaker.id;
        String first = claims.resolve(List.of(said(speaker, text, "doc_first")), null, new HashSet<>()).get(0);
        ClaimKeyReads.Ahead ahead = readAhead(speaker, text);
        store.reset();
        assertEquals(first, resolve(speaker, text, "doc_second", ahead));
        assertEquals(0, store.finds("claim_keys"));

        Speaker other = speaker();
        ahead = readAhead(other, text);
        store.reset();
        // a statement of a speaker not guessed: its keys are read under the lock
        assertNotEquals(first, resolve(speaker(), text, "doc_third", ahead));
        assertEquals(1, store.finds("claim_keys"));
    }

    private ClaimKeyReads.Ahead readAhead(Speaker speaker, String text) {
        StoreRound round = new StoreRound(Claim.mongoDatabase());
        ClaimKeyReads.Ahead ahead = claims.readAhead(List.of(speaker.id), List.of(text), round);
        round.send();
        return ahead;
    }

    private String resolve(Speaker speaker, String text, String document, ClaimKeyReads.Ahead ahead) {
        StoreRound after = new StoreRound(Claim.mongoDatabase());
        String id = claims.resolve(List.of(said(speaker, text, document)), null, new HashSet<>(), after, ahead).get(0);
        after.send();
        return id;
    }

    private static ClaimService.Said said(Speaker speaker, String text, String document) {
        return new ClaimService.Said(speaker, null, text, "direct", document + ":0:" + text.length(), Instant.now());
    }

    private static Speaker speaker() {
        Speaker speaker = new Speaker();
        speaker.id = "sp_ahead_" + java.util.UUID.randomUUID().toString().substring(0, 8);
        speaker.name = "Ahead " + speaker.id;
        speaker.kind = "person";
        return speaker;
    }
}
