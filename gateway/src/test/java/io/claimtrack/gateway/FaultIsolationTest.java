package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Fixtures.DOCUMENT_ID;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A fault costs what it must and no more: the breaker recovers fast, a 503 is logged once, a POST is safe to repeat. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class FaultIsolationTest extends StubbedDownstreamsTest {

    @Test
    void aRecoveredServiceGetsTrafficWithinTwoSeconds() throws Exception {
        downstreams.claims().stubFor(get("/sources").willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 12; i++) {
            editor().get("/api/v1/sources").then().statusCode(503);
        }
        downstreams.claims().stubFor(get("/sources").willReturn(json(200, "{\"items\": [], \"next\": null}")));
        editor().get("/api/v1/sources").then().statusCode(503).header("Retry-After", "2");

        Thread.sleep(2100);
        editor().get("/api/v1/sources").then().statusCode(200);
        editor().get("/api/v1/sources").then().statusCode(200);
    }

    @Test
    void aSlowDocumentDoesNotOpenTheBreakerForEveryone() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION).withFixedDelay(3000)));
        for (int i = 0; i < 3; i++) {
            editor().contentType(ContentType.TEXT).body("slow " + i).post("/api/v1/extractions").then().statusCode(422);
        }
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        editor().contentType(ContentType.TEXT).body(TEXT).post("/api/v1/extractions").then().statusCode(200);
    }

    @Test
    void each503IsOneWarningWithoutStackTrace() {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger problems = Logger.getLogger("io.claimtrack.gateway.problems");
        problems.addHandler(capture);
        try {
            downstreams.claims().stubFor(get("/documents/d9").willReturn(aResponse().withStatus(500)));
            editor().get("/api/v1/documents/d9").then().statusCode(503);
        } finally {
            problems.removeHandler(capture);
        }
        assertEquals(1, records.size(), "log records: " + records.stream().map(LogRecord::getMessage).toList());
        assertEquals(Level.WARNING, records.get(0).getLevel());
        assertNull(records.get(0).getThrown());
    }

    @Test
    void anIdempotencyKeyMakesARepeatTheFirstAnswer() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));
        // a repeat's document is read back: a key remembers only the id
        downstreams.claims().stubFor(get("/documents/" + DOCUMENT_ID).willReturn(json(200, STORED)));
        String body = "{\"text\": \"" + TEXT + "\"}";

        editor().header("Idempotency-Key", "k-1").contentType(ContentType.JSON).body(body).post("/api/v1/documents")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
        editor().header("Idempotency-Key", "k-1").contentType(ContentType.JSON).body(body).post("/api/v1/documents")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(DOCUMENT_ID));
        downstreams.claims().verify(1, postRequestedFor(urlEqualTo("/documents")));

        editor().header("Idempotency-Key", "k-1").contentType(ContentType.JSON).body("{\"text\": \"Another text, officials said.\"}")
                .post("/api/v1/documents")
                .then().statusCode(422)
                .body("detail", is("Idempotency-Key was already used with a different request; use a new key for a new request"));
        downstreams.claims().verify(1, postRequestedFor(urlEqualTo("/documents")));
    }

    @Test
    void aFailedRequestIsNotRememberedUnderItsKey() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(aResponse().withStatus(500)));
        String body = "{\"text\": \"" + TEXT + "\"}";
        editor().header("Idempotency-Key", "k-2").contentType(ContentType.JSON).body(body).post("/api/v1/documents")
                .then().statusCode(503);

        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));
        editor().header("Idempotency-Key", "k-2").contentType(ContentType.JSON).body(body).post("/api/v1/documents")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue());
    }
}
