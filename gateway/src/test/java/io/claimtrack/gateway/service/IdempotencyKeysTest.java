package io.claimtrack.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.model.Document;
import io.claimtrack.gateway.model.ExtractionRequest;

/**
 * The remembered Idempotency-Keys are bounded twice: in number (the oldest go first) and in size, as a
 * key keeps neither the request nor the stored document, whatever their length.
 */
class IdempotencyKeysTest {

    private final AtomicInteger stored = new AtomicInteger();

    @Test
    void keysAreBoundedInNumberTheOldestGoingFirst() {
        IdempotencyKeys keys = new IdempotencyKeys(Duration.ofHours(24), 100);
        for (int i = 0; i < 10_000; i++) {
            keys.ingest("key-a", "k-" + i, request("text " + i), this::store, IdempotencyKeysTest::readBack);
            assertTrue(keys.remembered() <= 100);
        }
        assertEquals(10_000, stored.get());

        assertTrue(keys.ingest("key-a", "k-9999", request("text 9999"), this::store, IdempotencyKeysTest::readBack).replayed(),
                "the newest key is still remembered");
        assertFalse(keys.ingest("key-a", "k-0", request("text 0"), this::store, IdempotencyKeysTest::readBack).replayed(),
                "the oldest one was forgotten: the request is done again (claims-service still stores it once)");
    }

    @Test
    void aKeyHoldsNeitherTheRequestNorTheDocument() throws Exception {
        IdempotencyKeys keys = new IdempotencyKeys(Duration.ofHours(24), 100);
        WeakReference<?>[] held = ingestAMegabyte(keys);
        WeakReference<?> requestHeld = held[0];
        WeakReference<?> documentHeld = held[1];
        for (int i = 0; i < 20 && (requestHeld.get() != null || documentHeld.get() != null); i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(requestHeld.get(), "the request is not kept");
        assertNull(documentHeld.get(), "the stored document is not kept");

        IdempotencyKeys.Outcome again = keys.ingest("key-a", "k-1", request("\"Yes,\" she said. ".repeat(60_000)),
                this::store, IdempotencyKeysTest::readBack);
        assertTrue(again.replayed());
        assertTrue(again.stored().created(), "a repeat gets the first answer's status");
        assertEquals("doc_1", again.stored().id(), "and its document, read back by id");
        assertEquals(0, stored.get(), "without doing the work again");
    }

    /** Ingests a 1 MB request under k-1; what the caller held of it is reachable only through the two references. */
    private static WeakReference<?>[] ingestAMegabyte(IdempotencyKeys keys) {
        String megabyte = "\"Yes,\" she said. ".repeat(60_000);
        ExtractionRequest request = request(megabyte);
        Document document = document("doc_1", megabyte);
        keys.ingest("key-a", "k-1", request, () -> new StoredDocument(true, document), IdempotencyKeysTest::readBack);
        return new WeakReference<?>[] {new WeakReference<>(request), new WeakReference<>(document)};
    }

    private StoredDocument store() {
        return new StoredDocument(true, document("doc_" + stored.incrementAndGet(), "text"));
    }

    private static Document readBack(String id) {
        return document(id, "read back");
    }

    private static ExtractionRequest request(String text) {
        return new ExtractionRequest(text, "TASS", null, null, null);
    }

    private static Document document(String id, String text) {
        return new Document(id, "TASS", null, null, null, null, null, null, null, null, null, false, null, text, null, null);
    }
}
