package io.claimtrack.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Fixtures.CLAIMS_PAGE;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A gateway test against the stubs of {@link WireMockDownstreams} (the subclass names it in
 * {@code @WithTestResource}): each test starts with no stubs, no recorded requests and every circuit
 * breaker closed, so no test sees what another stubbed or broke.
 */
public abstract class StubbedDownstreamsTest {

    /** How long a started gateway's first calls may take on a loaded machine before the warm-up fails. */
    private static final Duration WARM_UP = Duration.ofSeconds(120);

    /** The claims stub's address the running gateway was warmed up against: a new one is a new application. */
    private static String warmedUpFor;

    @InjectDownstreams
    protected Downstreams downstreams;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void resetDownstreams() throws InterruptedException {
        warmUp();
        downstreams.reset();
        breakers.resetAll();
    }

    /**
     * A started gateway's first call to each downstream loads and compiles its REST client: at a load of 40 on two cores
     * that took longer than the test profile's 2.5 s downstream timeout, and the first test of the run got a 503
     * (AccessTest.editorReadsAndWrites). So before an application's first test each downstream is called once through
     * the API until it answers; only the answer its timeout gives (claims-service's 503; ingest-service's 422, as a slow
     * extraction blames the document) is tried again, and only for {@link #WARM_UP}: any other answer, or a gateway that
     * never answers, fails the test as before.
     */
    private void warmUp() throws InterruptedException {
        String application = downstreams.claims().baseUrl();
        if (application.equals(warmedUpFor)) {
            return;
        }
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(json(200, CLAIMS_PAGE)));
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        Instant deadline = Instant.now().plus(WARM_UP);
        answered(() -> editor().get("/api/v1/claims"), 503, deadline);
        answered(() -> editor().contentType(ContentType.JSON).body("{\"text\": \"Officials said so.\"}")
                .post("/api/v1/extractions"), 422, deadline);
        warmedUpFor = application;
    }

    private static void answered(Supplier<Response> call, int timedOut, Instant deadline) throws InterruptedException {
        int status = call.get().statusCode();
        while (status == timedOut && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = call.get().statusCode();
        }
        assertEquals(200, status, "the gateway's warm-up call to a stubbed downstream");
    }
}
