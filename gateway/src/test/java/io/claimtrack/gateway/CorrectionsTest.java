package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * What the gateway asks of claims-service for corrections and what it answers: editors only, the key's
 * name as who, the Idempotency-Key passed on, bad input refused before any downstream call.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class CorrectionsTest extends StubbedDownstreamsTest {

    static final String HIDE = """
            {"action": "hide", "statement": {"document": "doc-1", "span": {"start": 23, "end": 86}},
             "reason": "a caption, not a statement"}""";

    static final String RECORD = """
            {"id": "co_1", "seq": 7, "action": "hide", "by": "test-editor", "at": "2025-06-05T08:00:00Z",
             "reason": "a caption, not a statement", "status": "applied", "undoneBy": null, "undoes": null,
             "targets": [{"documentId": "doc-1", "span": {"start": 23, "end": 86}, "text": "Putin told Trump", "status": "applied"}],
             "before": {"hidden": false}, "after": {"hidden": true}}""";

    @Test
    void anEditorsCorrectionIsRecordedUnderTheKeysNameWithItsIdempotencyKey() {
        downstreams.claims().stubFor(post("/corrections").willReturn(json(201, RECORD)));

        editor().contentType(ContentType.JSON).header("Idempotency-Key", "fix-42").body(HIDE)
                .when().post("/api/v1/corrections")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/corrections/co_1"))
                .body("by", equalTo("test-editor"))
                .body("after.hidden", is(true))
                .body("after.speakerId", nullValue());

        downstreams.claims().verify(postRequestedFor(urlEqualTo("/corrections")).withRequestBody(equalToJson("""
                {"by": "test-editor", "idempotencyKey": "fix-42", "request": %s}""".formatted(HIDE), true, true)));
    }

    @Test
    void aRepeatClaimsServiceRecognisesIsMarkedReplayed() {
        downstreams.claims().stubFor(post("/corrections").willReturn(json(200, RECORD)));

        editor().contentType(ContentType.JSON).header("Idempotency-Key", "fix-42").body(HIDE)
                .when().post("/api/v1/corrections")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo("co_1"));
    }

    @Test
    void aReaderCannotCorrectNorUndoAndNoKeyIsUnauthorized() {
        reader().contentType(ContentType.JSON).body(HIDE).when().post("/api/v1/corrections")
                .then().spec(problem(403, "an API key with role reader may not POST here; role editor is required"));
        reader().contentType(ContentType.JSON).body("{\"reason\": \"no\"}").when().post("/api/v1/corrections/co_1/undo")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(HIDE).when().post("/api/v1/corrections")
                .then().spec(problem(401, "missing X-API-Key header"));
        downstreams.claims().verify(0, postRequestedFor(urlPathEqualTo("/corrections")));
    }

    @Test
    void badInputIsNamedAndNeverReachesClaimsService() {
        editor().contentType(ContentType.JSON).body("{\"action\": \"hide\", \"statement\": {\"document\": \"doc-1\", "
                        + "\"span\": {\"start\": 1, \"end\": 2}}}")
                .when().post("/api/v1/corrections")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("reason"));
        editor().contentType(ContentType.JSON).body("{\"action\": \"delete\", \"reason\": \"x\"}")
                .when().post("/api/v1/corrections")
                .then().statusCode(400).body("violations.field", hasItem("action"));
        editor().contentType(ContentType.JSON).body("{\"action\": \"hide\", \"reason\": \"x\", \"who\": \"me\"}")
                .when().post("/api/v1/corrections")
                .then().statusCode(400).body("violations[0].field", equalTo("who"));
        editor().contentType(ContentType.JSON).body("{\"action\": \"hide\", \"reason\": \"" + "x".repeat(281) + "\"}")
                .when().post("/api/v1/corrections")
                .then().statusCode(400).body("violations.field", hasItem("reason"));
        editor().contentType(ContentType.TEXT).body("hide it").when().post("/api/v1/corrections").then().statusCode(415);
        editor().contentType(ContentType.JSON).header("Idempotency-Key", "a b").body(HIDE).when().post("/api/v1/corrections")
                .then().statusCode(400);
        downstreams.claims().verify(0, postRequestedFor(urlPathEqualTo("/corrections")));
    }

    @Test
    void claimsServicesRefusalPassesThroughAsAProblem() {
        downstreams.claims().stubFor(post("/corrections").willReturn(json(409, """
                {"status": 409, "title": "Conflict", "detail": "the statement is already hidden"}""")
                .withHeader("Content-Type", "application/problem+json")));

        editor().contentType(ContentType.JSON).body(HIDE).when().post("/api/v1/corrections")
                .then().spec(problem(409, "the statement is already hidden"));
    }

    @Test
    void anUndoIsRecordedUnderTheKeysName() {
        downstreams.claims().stubFor(post("/corrections/co_1/undo").willReturn(json(201, RECORD.replace("\"co_1\"", "\"co_2\"")
                .replace("\"hide\"", "\"undo\""))));

        editor().contentType(ContentType.JSON).body("{\"reason\": \"it was a statement after all\"}")
                .when().post("/api/v1/corrections/co_1/undo")
                .then().statusCode(201).body("action", equalTo("undo"));

        downstreams.claims().verify(postRequestedFor(urlEqualTo("/corrections/co_1/undo")).withRequestBody(equalToJson("""
                {"by": "test-editor", "reason": "it was a statement after all"}""", true, true)));
    }

    @Test
    void correctionsAreListedForAuditWithTheirFilters() {
        downstreams.claims().stubFor(get(urlPathEqualTo("/corrections")).willReturn(json(200, """
                {"items": [%s], "next": "c2"}""".formatted(RECORD))));

        reader().queryParam("since", "2025-06-01").queryParam("speaker", "Anna Berg").queryParam("document", "doc-1")
                .queryParam("limit", 5)
                .when().get("/api/v1/corrections")
                .then().statusCode(200).body("items[0].id", equalTo("co_1")).body("next", equalTo("c2"));

        downstreams.claims().verify(getRequestedFor(urlPathEqualTo("/corrections")).withQueryParam("since", WireMock.equalTo("2025-06-01"))
                .withQueryParam("speaker", WireMock.equalTo("Anna Berg")).withQueryParam("document", WireMock.equalTo("doc-1"))
                .withQueryParam("limit", WireMock.equalTo("5")));
        reader().queryParam("who", "x").when().get("/api/v1/corrections").then().statusCode(400);
    }
}
