package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Fixtures.CLAIMS_PAGE;
import static io.claimtrack.gateway.support.Fixtures.DOCUMENT_ID;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Fixtures.problemResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.client.ApiClient;
import io.claimtrack.client.ApiException;
import io.claimtrack.client.api.ClaimsApi;
import io.claimtrack.client.api.DocumentsApi;
import io.claimtrack.client.api.ExtractionsApi;
import io.claimtrack.client.api.SpeakersApi;
import io.claimtrack.client.model.ClaimPage;
import io.claimtrack.client.model.ClaimReview;
import io.claimtrack.client.model.Document;
import io.claimtrack.client.model.Extraction;
import io.claimtrack.client.model.ExtractionRequest;
import io.claimtrack.client.model.Problem;
import io.claimtrack.client.model.SpeakerStats;
import io.claimtrack.gateway.support.Api;
import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A client generated from the committed OpenAPI document (the build generates it; OpenApiContractTest
 * keeps that document equal to the served one) calls the running gateway: the contract is usable
 * as published, typed responses and problem bodies included.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class GeneratedClientTest extends StubbedDownstreamsTest {

    @TestHTTPResource("/")
    URL gateway;

    private ApiClient client;

    @BeforeEach
    void setUp() {
        client = new ApiClient();
        client.updateBaseUri(gateway.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("X-API-Key", Api.EDITOR_KEY));
    }

    @Test
    void ingestsAndReadsBackThroughTheGeneratedClient() throws Exception {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));
        downstreams.claims().stubFor(get("/documents/" + DOCUMENT_ID).willReturn(json(200, STORED)));

        Document stored = new DocumentsApi(client).ingest(new ExtractionRequest().text(TEXT).source("TASS"), null, null, null, "doc-key-1");
        assertEquals(DOCUMENT_ID, stored.getId());
        assertEquals("claim-1", stored.getStatements().get(0).getClaimId());
        assertEquals(OffsetDateTime.parse("2025-06-04T09:00:00Z"), stored.getIngestedAt());

        Document read = new DocumentsApi(client).document(DOCUMENT_ID);
        assertEquals(TEXT, read.getText());
        assertEquals(23, read.getStatements().get(0).getSpan().getStart());
    }

    @Test
    void extractsThroughTheGeneratedClient() throws Exception {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));

        Extraction extraction = new ExtractionsApi(client).extract(new ExtractionRequest().text(TEXT), null, null, null);
        assertEquals("Yury Ushakov", extraction.getStatements().get(0).getSpeaker().getName());
        assertEquals("MOSCOW", extraction.getDocument().getDateline().getPlace());
    }

    @Test
    void listsClaimsAndDraftsAClaimReview() throws Exception {
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(json(200, CLAIMS_PAGE)));
        downstreams.claims().stubFor(get("/claims/claim-1").willReturn(json(200, """
                {"id": "claim-1", "speaker": {"id": "speaker-1", "name": "Yury Ushakov", "kind": "person", "role": "Kremlin aide"},
                 "text": "Putin told Trump that talks with Ukraine in Turkey were useful", "type": "indirect",
                 "firstSeen": "2025-06-04T09:00:00Z", "lastSeen": "2025-06-04T09:00:00Z", "appearanceCount": 1,
                 "appearances": [{"documentId": "doc-1", "source": "TASS", "url": "https://tass.com/1", "published": "2025-06-04"}]}
                """)));

        ClaimPage page = new ClaimsApi(client).claims(null, null, "json", null, 5, null, null, null, "Yury Ushakov", null, "indirect");
        assertEquals("c2", page.getNext());
        assertEquals("Yury Ushakov", page.getItems().get(0).getSpeaker().getName());

        ClaimReview review = new ClaimsApi(client).claimReview("claim-1");
        assertEquals("Yury Ushakov", review.getItemReviewed().getAuthor().getName());
        assertEquals("TASS", review.getItemReviewed().getFirstAppearance().getPublisher().getName());
    }

    @Test
    void readsSpeakerStats() throws Exception {
        downstreams.claims().stubFor(get(urlPathEqualTo("/speakers/speaker-1/stats")).willReturn(json(200, """
                {"speakerId": "speaker-1", "name": "Yury Ushakov", "interval": "week",
                 "series": [{"period": "2025-06-02", "newClaims": 3, "appearances": 5}]}
                """)));

        SpeakerStats stats = new SpeakersApi(client).stats("speaker-1", "week");
        assertEquals(3L, stats.getSeries().get(0).getNewClaims());
    }

    @Test
    void errorsArriveAsTheDocumentedProblem() throws Exception {
        downstreams.claims().stubFor(get("/documents/nope").willReturn(problemResponse(404, "Not Found", "no document nope")));

        ApiException missing = assertThrows(ApiException.class, () -> new DocumentsApi(client).document("nope"));
        assertEquals(404, missing.getCode());
        Problem problem = new ObjectMapper().readValue(missing.getResponseBody(), Problem.class);
        assertEquals("no document nope", problem.getDetail());
        assertEquals(404, problem.getStatus());
    }
}
