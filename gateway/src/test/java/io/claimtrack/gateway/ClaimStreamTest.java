package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Api.READER_KEY;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.service.ClaimFeed;
import io.claimtrack.gateway.support.Api;
import io.claimtrack.gateway.support.Downstreams;
import io.claimtrack.gateway.support.InjectDownstreams;
import io.claimtrack.gateway.support.SseSubscription;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The stream reads claims-service's feed (stubbed here), so a subscriber sees claims whichever gateway pod
 * ingested them; events carry the claim's seq as id, and a reconnection with Last-Event-ID gets what it missed.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ClaimStreamTest {

    @InjectDownstreams
    Downstreams downstreams;

    @Inject
    ClaimFeed feed;

    @TestHTTPResource("/api/v1/claims/stream")
    URL stream;

    @BeforeEach
    void emptyStore() throws InterruptedException {
        // A subscription closed by an earlier test ends once its next keep-alive finds the connection gone.
        for (int i = 0; i < 50 && feed.subscribers() > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, feed.subscribers(), "earlier subscriptions still open");
        downstreams.reset();
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims/feed")).atPriority(10)
                .willReturn(json(200, "{\"items\": [], \"last\": 0}")));
        downstreams.claims().stubFor(get(urlPathEqualTo(HEAD)).atPriority(10).willReturn(json(200, "{\"seq\": 0}")));
    }

    @Test
    void aPodsFirstSubscriberStartsThePollerAtTheLatestSeqInOneCall() throws Exception {
        head(4_000_000_017L);
        try (SseSubscription fresh = new SseSubscription(stream.toURI(), READER_KEY)) {
            assertEquals(1, feed.subscribers());
            var polled = getRequestedFor(urlPathEqualTo("/claims/feed")).withQueryParam("after", equalTo("4000000017"));
            for (int i = 0; i < 100 && downstreams.claims().countRequestsMatching(polled.build()).getCount() == 0; i++) {
                Thread.sleep(100);
            }
            downstreams.claims().verify(1, getRequestedFor(urlPathEqualTo(HEAD)));
            downstreams.claims().verify(polled);
            downstreams.claims().verify(0, getRequestedFor(urlPathEqualTo("/claims/feed")).withQueryParam("limit", equalTo("1")));
        }
    }

    @Test
    void claimIngestedThroughAnotherPodReachesMatchingSubscribersOnly() throws Exception {
        try (SseSubscription ushakov = new SseSubscription(URI.create(stream + "?speaker=yury%20ushakov"), READER_KEY);
                SseSubscription afp = new SseSubscription(URI.create(stream + "?source=AFP"), READER_KEY)) {
            assertEquals(2, feed.subscribers());

            // Another pod ingested it: it exists only in the store's feed.
            feed(matching("[0-6]"), 7);

            String event = ushakov.next(10);
            assertTrue(event != null && event.contains("\"id\":\"claim-7\"") && event.contains("\"role\":\"Kremlin aide\""),
                    "expected claim-7 on the stream, got " + event);
            assertEquals(List.of("7"), ushakov.ids());
            assertNull(afp.next(1), "a source filter for AFP must not see a TASS claim");
            assertTrue(ushakov.otherLines().stream().noneMatch(line -> line.toLowerCase(Locale.ROOT).startsWith("content-type")),
                    "an SSE frame has only event fields: " + ushakov.otherLines());
        }
    }

    @Test
    void reconnectionWithLastEventIdGetsWhatItMissedThenLiveClaims() throws Exception {
        // The store holds claims 11, 12 and 13; the client last saw 11.
        head(13);
        feed(matching("[0-9]|10"), 11, 12, 13);
        feed(equalTo("11"), 12, 13);
        feed(equalTo("12"), 13);

        try (SseSubscription resumed = new SseSubscription(stream.toURI(), READER_KEY, "11");
                SseSubscription fresh = new SseSubscription(stream.toURI(), READER_KEY)) {
            assertTrue(resumed.next(10).contains("\"id\":\"claim-12\""));
            assertTrue(resumed.next(10).contains("\"id\":\"claim-13\""));

            feed(equalTo("13"), 14);
            assertTrue(resumed.next(10).contains("\"id\":\"claim-14\""));
            assertEquals(List.of("12", "13", "14"), resumed.ids());

            String live = fresh.next(10);
            assertTrue(live.contains("\"id\":\"claim-14\""), "a new subscriber gets only claims from now on, got " + live);
            assertNull(resumed.next(1), "each claim is sent once");
        }
    }

    @Test
    void correctionsAreStreamedInTheClaimsOrderAndResumedWithThem() throws Exception {
        // The store holds claim 21, then a correction (22) hiding its statement, then claim 23; the client last saw 20.
        head(23);
        String correction = """
                {"id": "co_22", "seq": 22, "action": "hide", "by": "desk", "reason": "a caption", "status": "applied",
                 "targets": [{"documentId": "doc-1", "span": {"start": 23, "end": 86}, "status": "applied"}],
                 "before": {"hidden": false}, "after": {"hidden": true}}""";
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims/feed")).withQueryParam("after", matching("[0-9]|1[0-9]|20"))
                .atPriority(1).willReturn(json(200, "{\"items\": [" + claim(21, TEXT_OF_CLAIMS) + ", " + claim(23, TEXT_OF_CLAIMS) + "], \"corrections\": ["
                        + correction + "], \"last\": 23}")));
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims/feed")).withQueryParam("after", matching("2[1-2]"))
                .atPriority(1).willReturn(json(200, "{\"items\": [" + claim(23, TEXT_OF_CLAIMS) + "], \"corrections\": [], \"last\": 23}")));
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims/feed")).withQueryParam("after", matching("2[3-9]"))
                .atPriority(1).willReturn(json(200, "{\"items\": [], \"corrections\": [], \"last\": 23}")));

        try (SseSubscription resumed = new SseSubscription(URI.create(stream + "?source=AFP"), READER_KEY, "20")) {
            String event = resumed.next(10);
            assertTrue(event != null && event.contains("\"id\":\"co_22\"") && event.contains("\"hidden\":true"),
                    "a source filter passes corrections; got " + event);
            assertNull(resumed.next(1), "the TASS claims do not pass the AFP filter");
            assertEquals(List.of("22"), resumed.ids());
            assertEquals(List.of("correction"), resumed.names());
        }
    }

    @Test
    void theFeedIsLongPolled() throws Exception {
        try (SseSubscription subscriber = new SseSubscription(stream.toURI(), READER_KEY)) {
            feed(matching("[0-4]"), 5);
            assertTrue(subscriber.next(10).contains("\"id\":\"claim-5\""));
            // claims-service holds the call up to the test profile's feed-wait when nothing is new
            downstreams.claims().verify(getRequestedFor(urlPathEqualTo("/claims/feed")).withQueryParam("wait", equalTo("1")));
        }
    }

    @Test
    void oneKeyMayHoldOnlySoManyStreamsOnAPod() throws Exception {
        // the test profile allows 3 a key
        try (SseSubscription a = new SseSubscription(stream.toURI(), READER_KEY);
                SseSubscription b = new SseSubscription(stream.toURI(), READER_KEY);
                SseSubscription c = new SseSubscription(stream.toURI(), READER_KEY)) {
            reader().when().get("/api/v1/claims/stream")
                    .then().statusCode(429).contentType("application/problem+json").header("Retry-After", notNullValue())
                    .body("detail", containsString("this API key already has 3 open claim streams"));
            try (SseSubscription otherKey = new SseSubscription(stream.toURI(), Api.EDITOR_KEY)) {
                assertEquals(4, feed.subscribers(), "another key still gets its stream");
            }
        }
    }

    @Test
    void aClientThatDisconnectsLeavesNoSubscriberBehind() throws Exception {
        SseSubscription gone = new SseSubscription(stream.toURI(), READER_KEY);
        assertEquals(1, feed.subscribers());
        gone.close();
        for (int i = 0; i < 100 && feed.subscribers() > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, feed.subscribers(), "a closed connection's subscriber is removed");
    }

    @Test
    void aClientThatStopsReadingIsToldWhyAndDisconnected() throws Exception {
        try (Socket client = new Socket()) {
            // a small receive window, and nothing read: the server soon cannot write to it
            client.setReceiveBufferSize(4096);
            client.connect(new InetSocketAddress(stream.getHost(), stream.getPort()));
            client.getOutputStream().write(("GET /api/v1/claims/stream HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + READER_KEY
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100 && feed.subscribers() == 0; i++) {
                Thread.sleep(100);
            }
            assertEquals(1, feed.subscribers());

            // 200 claims of 40 KB: more than the socket buffers hold plus the 20 the test profile queues
            String text = "x".repeat(40_000);
            feed(equalTo("0"), text, LongStream.rangeClosed(1, 200).toArray());
            for (int i = 0; i < 300 && feed.subscribers() > 0; i++) {
                Thread.sleep(100);
            }
            assertEquals(0, feed.subscribers(), "a subscriber that does not read is dropped");

            client.setSoTimeout(30_000);
            String received = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(received.contains("event: closed\ndata: more than 20 events were waiting"),
                    "the last event says why: " + received.substring(Math.max(0, received.length() - 300)));
            long claims = received.lines().filter(line -> line.startsWith("data:") && line.contains("\"seq\"")).count();
            assertTrue(claims < 200, "claims past the queue were not kept for it: " + claims + " sent");
        }
    }

    @Test
    void lastEventIdMustBeAnEventId() {
        reader().header("Last-Event-ID", "yesterday").when().get("/api/v1/claims/stream")
                .then().statusCode(400).contentType("application/problem+json");
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

    /** claims-service's latest seq is {@code seq}. */
    private void head(long seq) {
        downstreams.claims().stubFor(get(urlPathEqualTo(HEAD)).atPriority(1).willReturn(json(200, "{\"seq\": " + seq + "}")));
    }

    /** The feed answers {@code after} values matching with the claims of these sequences. */
    private void feed(com.github.tomakehurst.wiremock.matching.StringValuePattern after, long... seqs) {
        feed(after, TEXT_OF_CLAIMS, seqs);
    }

    private void feed(com.github.tomakehurst.wiremock.matching.StringValuePattern after, String text, long... seqs) {
        String items = java.util.Arrays.stream(seqs).mapToObj(seq -> claim(seq, text)).collect(Collectors.joining(", "));
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims/feed")).withQueryParam("after", after).atPriority(1)
                .willReturn(json(200, "{\"items\": [" + items + "], \"last\": " + seqs[seqs.length - 1] + "}")));
    }

    private static final String HEAD = "/claims/feed/head";
    private static final String TEXT_OF_CLAIMS = "Putin told Trump that talks with Ukraine in Turkey were useful";

    private static String claim(long seq, String text) {
        return """
                {"id": "claim-%d", "seq": %d,
                 "speaker": {"id": "speaker-1", "name": "Yury Ushakov", "kind": "person", "role": "Kremlin aide"},
                 "text": "%s", "appearanceCount": 1,
                 "appearances": [{"documentId": "doc-1", "source": "TASS", "url": "https://tass.com/1"}]}
                """.formatted(seq, seq, text);
    }
}
