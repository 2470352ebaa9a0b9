package io.claimtrack.ingest.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where a single document is extracted: on the event loop when small, on a worker in the request's context when not. */
class ExtractionThreadTest {

    private final Vertx vertx = Vertx.vertx();

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** Where the extraction ran: its thread was the event loop, and its Vert.x context was the request's. */
    private record Ran(boolean onEventLoop, boolean sameContext, String result) {
    }

    private Ran extractOnLoop(int bodyBytes) throws Exception {
        CompletableFuture<Ran> ran = new CompletableFuture<>();
        vertx.runOnContext(ignored -> {
            Context request = Vertx.currentContext();
            boolean[] where = new boolean[2];
            ExtractionResource.onLoopIfSmall(new byte[bodyBytes], () -> {
                where[0] = Context.isOnEventLoopThread();
                where[1] = Vertx.currentContext() == request;
                return "statements";
            }).subscribe().with(result -> ran.complete(new Ran(where[0], where[1], result)), ran::completeExceptionally);
        });
        return ran.get(10, TimeUnit.SECONDS);
    }

    @Test
    void aNewsArticleIsExtractedOnTheEventLoopThatReadIt() throws Exception {
        Ran ran = extractOnLoop(6_000);
        assertTrue(ran.onEventLoop(), "a 6 KB article needs no hand-off to a worker");
        assertEquals("statements", ran.result());
        assertTrue(extractOnLoop(ExtractionResource.ON_LOOP_MAX_BYTES).onEventLoop(), "the limit itself stays on the loop");
    }

    @Test
    void aLargeBodyGoesToAWorkerInTheRequestsContext() throws Exception {
        Ran ran = extractOnLoop(ExtractionResource.ON_LOOP_MAX_BYTES + 1);
        assertFalse(ran.onEventLoop(), "a long extraction must not hold up the loop's other connections");
        assertTrue(ran.sameContext(), "the request's context (and the request id in its log lines) goes along");
        assertEquals("statements", ran.result());
    }

    @Test
    void aFailedExtractionFailsTheAnswerWhereverItRan() throws Exception {
        for (int bytes : new int[] {10, ExtractionResource.ON_LOOP_MAX_BYTES + 1}) {
            CompletableFuture<Throwable> failure = new CompletableFuture<>();
            IllegalArgumentException bad = new IllegalArgumentException("bad date");
            vertx.runOnContext(ignored -> ExtractionResource.<String>onLoopIfSmall(new byte[bytes], () -> {
                throw bad;
            }).subscribe().with(result -> failure.complete(null), failure::complete));
            assertSame(bad, failure.get(10, TimeUnit.SECONDS), "the extraction's own exception, mapped to a problem as before");
        }
    }
}
