package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A slow downstream holds at most its bulkhead's worth of gateway threads; the rest fail fast. */
@QuarkusTest
@TestProfile(BulkheadTest.OneExtractionAtATime.class)
@WithTestResource(WireMockDownstreams.class)
class BulkheadTest extends StubbedDownstreamsTest {

    public static class OneExtractionAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.fault-tolerance.\"io.claimtrack.gateway.client.IngestCalls\".bulkhead.value", "1",
                    "quarkus.fault-tolerance.\"io.claimtrack.gateway.client.IngestCalls\".timeout.value", "10000");
        }
    }

    @Test
    void callsBeyondTheBulkheadAreUnavailableAtOnce() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        assertEquals(200, extractAsync().join(), "warm-up");
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION).withFixedDelay(1500)));

        List<CompletableFuture<Integer>> calls = List.of(extractAsync(), extractAsync(), extractAsync());
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).sorted().toList();

        assertEquals(List.of(200, 503, 503), statuses);
    }

    private static CompletableFuture<Integer> extractAsync() {
        return CompletableFuture.supplyAsync(() -> editor().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\"}")
                .when().post("/api/v1/extractions").statusCode());
    }
}
