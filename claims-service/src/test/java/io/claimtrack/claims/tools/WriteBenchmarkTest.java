package io.claimtrack.claims.tools;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WriteBenchmarkTest {

    @Test
    void aBatchLineCountsAsStoredOnlyWhenItsStatusIs201() {
        assertTrue(WriteBenchmark.stored("{\"line\":3,\"status\":201,\"id\":\"doc_85c3c4c09e9fd2732627d4ff\",\"statements\":10}"));
        assertFalse(WriteBenchmark.stored("{\"line\":3,\"status\":200,\"id\":\"doc_85c3c4c09e9fd2732627d4ff\",\"statements\":10}"));
        assertFalse(WriteBenchmark.stored("{\"line\":201,\"status\":400,\"title\":\"Bad Request\",\"detail\":\"text must not be empty\"}"));
        assertFalse(WriteBenchmark.stored("{\"line\":4,\"status\":2010,\"title\":\"x\"}"));
    }
}
