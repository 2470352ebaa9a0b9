package io.claimtrack.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ExtractionBatchTest {

    private static final Map<String, Object> WIRE = Map.of("text",
            "ROTTERDAM, March 3. /Wire/. Dock workers will return to work on Monday, union leader Anna de Vries said.",
            "source", "Wire", "published", "2026-03-03");
    private static final Map<String, Object> PAGE = Map.of("format", "html", "text",
            "<html><body><nav>Home</nav><article><h1>Budget passes</h1><p>Finance Minister Lena Holm said debt will fall.</p></article></body></html>");

    @Test
    void eachDocumentGetsWhatItWouldGetAloneInTheBatchesOrder() {
        Map<String, Object> blank = Map.of("text", "  ");
        Map<String, Object> badDate = Map.of("text", "The minister said it was fine.", "published", "June 4");
        JsonPath batch = given().contentType("application/json").body(Map.of("documents", List.of(WIRE, blank, PAGE, badDate)))
                .urlEncodingEnabled(false).post("/extractions:batch").then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(200, 400, 200, 400), batch.getList("results.status"));
        assertEquals(alone(WIRE), batch.getMap("results[0].extraction"));
        assertEquals(alone(PAGE), batch.getMap("results[2].extraction"));
        assertEquals("Bad Request", batch.getString("results[1].title"));
        assertEquals("Field 'text' is required and must not be blank", batch.getString("results[1].detail"));
        assertEquals("Field 'published' must be an ISO date or date-time, got 'June 4'", batch.getString("results[3].detail"));
        assertEquals(null, batch.getString("results[1].extraction"));
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedAloneAndAnEmptyOneToo() {
        Map<String, Object> huge = Map.of("text", "The minister said it was fine. ".repeat(1000));
        List<Object> documents = new ArrayList<>(List.of(huge, WIRE));
        documents.add(null);
        given().contentType("application/json").body(Map.of("documents", documents))
                .urlEncodingEnabled(false).post("/extractions:batch").then().statusCode(200)
                .body("results.status", equalTo(List.of(413, 200, 400)))
                .body("results[0].detail", equalTo("Document text is over the limit of 20000 bytes"));
    }

    @Test
    void aBodyThatIsNoBatchOrTooLargeIsRefusedWhole() {
        given().contentType("application/json").body("{\"documents\": []}").urlEncodingEnabled(false)
                .post("/extractions:batch").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("detail", equalTo("Field 'documents' is required and must list at least one document"));
        given().contentType("application/json").body("[1, 2").urlEncodingEnabled(false)
                .post("/extractions:batch").then().statusCode(400)
                .body("detail", containsString("not valid JSON"));
        given().contentType("application/json").body(Map.of("documents", List.of(WIRE, WIRE, WIRE, WIRE, WIRE, WIRE)))
                .urlEncodingEnabled(false).post("/extractions:batch").then().statusCode(413)
                .body("detail", equalTo("Batch of 6 documents is over the limit of 5"));
    }

    private static Map<String, Object> alone(Map<String, Object> document) {
        Map<String, Object> request = new HashMap<>(document);
        return given().contentType("application/json").body(request).post("/extractions")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }
}
