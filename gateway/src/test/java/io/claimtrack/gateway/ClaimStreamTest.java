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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.service.ClaimFeed;
import io.claimtrack.gateway.support.Downstreams;
import io.claimtrack.gateway.support.InjectDownstreams;
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

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<CompletableFuture<HttpResponse<Stream<String>>>> subscriptions = new ArrayList<>();

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(subscription -> subscription.thenAccept(response -> response.body().close()));
    }

    @Test
    void claimIngestedAfterSubscribingIsDeliveredToMatchingSubscribersOnly() throws Exception {
        downstreams.reset();
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));
        downstreams.claims().stubFor(get("/claims/claim-1").willReturn(json(200, CLAIM)));

        BlockingQueue<String> ushakov = subscribe("?speaker=yury%20ushakov");
        BlockingQueue<String> afp = subscribe("?source=AFP");
        awaitSubscribers(2);

        editor().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\", \"source\": \"TASS\"}")
                .when().post("/api/v1/documents")
                .then().statusCode(201);

        String event = ushakov.poll(10, TimeUnit.SECONDS);
        assertTrue(event != null && event.contains("\"id\":\"claim-1\"") && event.contains("\"role\":\"Kremlin aide\""),
                "expected claim-1 on the stream, got " + event);
        assertNull(afp.poll(1, TimeUnit.SECONDS), "a source filter for AFP must not see a TASS document");
    }

    @Test
    void streamNeedsAKey() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(stream.toURI()).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(401, response.statusCode());
    }

    /** Collects the data lines of an SSE subscription in the background. */
    private BlockingQueue<String> subscribe(String query) {
        BlockingQueue<String> data = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + query))
                .header("X-API-Key", READER_KEY).header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        subscriptions.add(response);
        response.thenAcceptAsync(r -> r.body()
                .filter(line -> line.startsWith("data:"))
                .forEach(line -> data.add(line.substring("data:".length()).trim())));
        return data;
    }

    private void awaitSubscribers(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (feed.subscribers() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertEquals(count, feed.subscribers(), "subscribers connected");
    }
}
