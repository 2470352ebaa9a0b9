package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.claimtrack.gateway.support.Api.READER_KEY;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.service.ClaimFeed;
import io.claimtrack.gateway.support.Downstreams;
import io.claimtrack.gateway.support.InjectDownstreams;
import io.claimtrack.gateway.support.SseSubscription;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A dashboard subscribed to the stream receives the claims of a document ingested afterwards. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ClaimStreamTest {

    private static final String CLAIM = """
            {"id": "claim-1", "speaker": {"id": "speaker-1", "name": "Yury Ushakov", "kind": "person", "role": "Kremlin aide"},
             "text": "Putin told Trump that talks with Ukraine in Turkey were useful", "appearanceCount": 1,
             "appearances": [{"documentId": "doc-1", "source": "TASS", "url": "https://tass.com/1"}]}
            """;

    @InjectDownstreams
    Downstreams downstreams;

    @Inject
    ClaimFeed feed;

    @TestHTTPResource("/api/v1/claims/stream")
    URL stream;

    @Test
    void claimIngestedAfterSubscribingIsDeliveredToMatchingSubscribersOnly() throws Exception {
        downstreams.reset();
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));
        downstreams.claims().stubFor(get("/claims/claim-1").willReturn(json(200, CLAIM)));

        try (SseSubscription ushakov = new SseSubscription(URI.create(stream + "?speaker=yury%20ushakov"), READER_KEY);
                SseSubscription afp = new SseSubscription(URI.create(stream + "?source=AFP"), READER_KEY)) {
            assertEquals(2, feed.subscribers());

            editor().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\", \"source\": \"TASS\"}")
                    .when().post("/api/v1/documents")
                    .then().statusCode(201);

            String event = ushakov.next(10);
            assertTrue(event != null && event.contains("\"id\":\"claim-1\"") && event.contains("\"role\":\"Kremlin aide\""),
                    "expected claim-1 on the stream, got " + event);
            assertNull(afp.next(1), "a source filter for AFP must not see a TASS document");
            assertTrue(ushakov.otherLines().stream().noneMatch(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type")),
                    "an SSE frame has only event fields: " + ushakov.otherLines());
        }
    }

    @Test
    void idleStreamIsKeptAlive() throws Exception {
        // The test profile sends a keep-alive comment every 300 ms.
        try (SseSubscription idle = new SseSubscription(stream.toURI(), READER_KEY)) {
            assertEquals("keep-alive", idle.nextComment(5));
        }
    }

    @Test
    void streamNeedsAKey() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(stream.toURI()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(401, response.statusCode());
    }
}
