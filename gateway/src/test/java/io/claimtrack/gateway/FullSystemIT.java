package io.claimtrack.gateway;

import static io.claimtrack.gateway.support.Api.editor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.Api;
import io.claimtrack.gateway.support.RunningServices;
import io.claimtrack.gateway.support.SseSubscription;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The packaged gateway in front of the real ingest-service and claims-service. */
@QuarkusIntegrationTest
@WithTestResource(RunningServices.class)
class FullSystemIT {

    private static final String STORY = """
            BRUSSELS, March 3 (Reuters) - "We will keep the border crossings open through the winter," \
            Anna Berg said on Monday. Berg, the European Commission's trade spokeswoman, added: \
            "Nobody gains from a closed border."
            """;

    @TestHTTPResource("/api/v1/claims/stream")
    URL stream;

    @Test
    void ingestedDocumentIsStoredOnceAndItsClaimsAreFoundBySpeaker() {
        ExtractableResponse<Response> stored = ingest().then().statusCode(201)
                .body("statements", not(emptyIterable()))
                .extract();
        String documentId = stored.path("id");
        String speaker = stored.path("statements[0].speaker.name");
        assertThat(stored.header("Location"), endsWith("/api/v1/documents/" + documentId));

        ingest().then().statusCode(200).body("id", is(documentId));

        editor().when().get("/api/v1/documents/" + documentId)
                .then().statusCode(200)
                .body("id", is(documentId))
                .body("source", is("Reuters"));
        editor().queryParam("source", "Reuters").queryParam("include", "text,statements").when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("items.find { it.id == '%s' }.text".formatted(documentId), containsString("border crossings open"))
                .body("items.find { it.id == '%s' }.statements".formatted(documentId), not(emptyIterable()));

        String claimId = editor().queryParam("speaker", speaker)
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("items", not(emptyIterable()))
                .body("items.speaker.name", hasItem(speaker))
                .body("items[0].appearances.documentId", hasItem(documentId))
                .extract().path("items[0].id");

        editor().queryParam("document", documentId)
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("items.id", hasItem(claimId))
                .body("items.appearances.documentId", everyItem(hasItem(documentId)));
        editor().queryParam("document", "doc_000000000000000000000000")
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("items", emptyIterable());

        editor().when().get("/api/v1/claims/" + claimId + "/claimreview")
                .then().statusCode(200)
                .body("'@type'", is("ClaimReview"))
                .body("itemReviewed.author.name", is(speaker))
                .body("itemReviewed.firstAppearance.publisher.name", is("Reuters"));
    }

    @Test
    void claimsOfADocumentIngestedAfterSubscribingAreStreamed() throws Exception {
        try (SseSubscription desk = new SseSubscription(URI.create(stream + "?source=Wire%20Desk"), Api.READER_KEY)) {
            String documentId = editor().contentType(ContentType.TEXT).body("""
                            "Harbour fees will not rise this year," port director Lena Ortiz told reporters on Tuesday.
                            """)
                    .queryParam("source", "Wire Desk")
                    .when().post("/api/v1/documents")
                    .then().statusCode(201)
                    .extract().path("id");

            String event = desk.next(30);
            assertNotNull(event, "no claim streamed within 30 s");
            assertThat(event, containsString(documentId));
        }
    }

    @Test
    void anEditorsCorrectionsReachEveryReadAndAReaderCannotMakeOne() throws Exception {
        ExtractableResponse<Response> stored = editor().contentType(ContentType.TEXT).body("""
                        "The ferry will run all winter," harbour master Jonas Lind said on Friday. \
                        "Tickets go on sale in May," Lind added.
                        """)
                .queryParam("source", "Coast Post")
                .when().post("/api/v1/documents")
                .then().statusCode(201).extract();
        String documentId = stored.path("id");
        String speakerId = stored.path("statements[1].speakerId");
        int claims = editor().when().get("/api/v1/speakers/" + speakerId).then().statusCode(200).extract().path("claimCount");
        Map<String, Object> statement = Map.of("document", documentId,
                "span", Map.of("start", stored.path("statements[1].span.start"), "end", stored.path("statements[1].span.end")));
        Map<String, Object> hide = Map.of("action", "hide", "statement", statement, "reason", "a sales line, not news");
        String hiddenClaim = stored.path("statements[1].claimId");
        long hiddenSeq = editor().when().get("/api/v1/claims/" + hiddenClaim).then().statusCode(200).extract().jsonPath().getLong("seq");

        Api.reader().contentType(ContentType.JSON).body(hide).when().post("/api/v1/corrections").then().statusCode(403);

        String correction = editor().contentType(ContentType.JSON).header("Idempotency-Key", "it-" + documentId).body(hide)
                .when().post("/api/v1/corrections")
                .then().statusCode(201).body("by", is("it-editor")).body("after.hidden", is(true))
                .extract().path("id");
        editor().contentType(ContentType.JSON).header("Idempotency-Key", "it-" + documentId).body(hide)
                .when().post("/api/v1/corrections")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("id", is(correction));

        editor().when().get("/api/v1/speakers/" + speakerId).then().body("claimCount", is(claims - 1));
        // gone from the stream: a client resuming from before it was created gets the correction, not the claim
        try (SseSubscription resumed = new SseSubscription(stream.toURI(), Api.READER_KEY, String.valueOf(hiddenSeq - 1))) {
            List<String> events = new ArrayList<>();
            for (String event = resumed.next(10); event != null; event = resumed.next(2)) {
                events.add(event);
            }
            assertThat(events.toString(), containsString("\"id\":\"" + correction + "\""));
            assertThat(events.toString(), not(containsString("\"id\":\"" + hiddenClaim + "\"")));
        }
        editor().when().get("/api/v1/claims/" + hiddenClaim).then().statusCode(404);
        String export = editor().when().get("/api/v1/corrections/export").then().statusCode(200)
                .contentType(startsWith("application/x-ndjson")).extract().asString();
        String line = export.lines().filter(l -> l.contains("\"id\":\"" + documentId + "\"")).findFirst().orElseThrow();
        JsonPath exported = JsonPath.from(line);
        assertThat(exported.getList("statements.content").toString(), containsString("The ferry will run all winter"));
        assertThat(exported.getList("statements.content").toString(), not(containsString("Tickets go on sale")));
        editor().when().get("/api/v1/documents/" + documentId).then()
                .body("statements[1].corrected.hidden", is(true))
                .body("statements[1].corrected.corrections", hasItem(correction));
        editor().queryParam("document", documentId).when().get("/api/v1/corrections").then()
                .body("items.id", hasItem(correction));

        editor().contentType(ContentType.JSON).body(Map.of("reason", "it was news after all"))
                .when().post("/api/v1/corrections/" + correction + "/undo").then().statusCode(201);
        editor().when().get("/api/v1/speakers/" + speakerId).then().body("claimCount", is(claims));
    }

    @Test
    void aBatchIsExtractedAndStoredAndABadLineIsRefusedAlone() {
        String ndjson = """
                {"text": "\\"The harbour reopens at dawn,\\" port director Lena Holm said on Tuesday.", "source": "AFP", "published": "2026-03-03"}
                {"text": "Union leader Anna de Vries said the strike was over.", "published": "March 3"}
                {"text": "The ferry operator said on Tuesday that fares would rise by a tenth.", "source": "AFP"}
                """;
        String body = editor().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/documents:batch")
                .then().statusCode(200).extract().asString();
        List<JsonPath> results = body.lines().filter(line -> !line.isBlank()).map(JsonPath::from)
                .sorted(Comparator.comparingInt(result -> result.getInt("line"))).toList();
        assertThat(results.stream().map(result -> result.getInt("status")).toList(), is(List.of(201, 400, 201)));
        // ingest-service's own words for the bad line, as a single POST would have them
        assertThat(results.get(1).getString("detail"), containsString("'published' must be an ISO date"));
        editor().when().get("/api/v1/documents/" + results.get(0).getString("id"))
                .then().statusCode(200)
                .body("source", is("AFP"))
                .body("statements.speaker.name", hasItem("Lena Holm"));
    }

    @Test
    void unknownDocumentIsAProblem() {
        editor().when().get("/api/v1/documents/000000000000000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static Response ingest() {
        return editor().contentType(ContentType.TEXT).body(STORY).queryParam("source", "Reuters")
                .when().post("/api/v1/documents");
    }
}
