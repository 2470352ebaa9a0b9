package io.claimtrack.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExtractionResourceTest {

    private static final String STORY = "Port strike ends after deal, union says\n\n"
            + "ROTTERDAM, March 3. /Wire/. Dock workers will return to work on Monday, union leader Anna de Vries said.\n\n"
            + "\"We got what we came for,\" she told reporters. \"The harbour opens at dawn.\"\n";

    @Test
    void jsonDocumentGivesStatementsWhoseSpansPointAtTheirContent() {
        JsonPath body = given().contentType("application/json")
                .body(Map.of("text", STORY, "source", "Wire", "published", "2026-03-03"))
                .post("/extractions").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> statements = body.getList("statements");
        assertEquals(4, statements.size(), () -> "statements: " + statements);
        for (Map<String, Object> s : statements) {
            Map<?, ?> span = (Map<?, ?>) s.get("span");
            assertEquals(s.get("content"), STORY.substring((Integer) span.get("start"), (Integer) span.get("end")));
        }
        assertEquals("Anna de Vries", body.getString("statements.find { it.content.startsWith('Dock') }.speaker.name"));
        assertEquals("direct", body.getString("statements.find { it.content.contains('harbour') }.type"));
        assertEquals("Anna de Vries", body.getString("statements.find { it.content.contains('harbour') }.speaker.name"));
        assertEquals("ROTTERDAM", body.getString("document.dateline.place"));
        assertEquals("Port strike ends after deal, union says", body.getString("document.title"));
    }

    @Test
    void statementsOfOtherArticlesOnThePageAreRelatedAndNotDatedByThePage() {
        String page = "Port strike ends\n\nDock workers will return to work on Monday, union leader Anna de Vries said.\n\n"
                + "Transport newsAnna de VriesPort of Rotterdam\n"
                + "Ferry fares to rise — Nordferry\n"
                + "The ferry operator said on Tuesday that fares would rise by a tenth.\n";
        JsonPath body = given().contentType("text/plain; charset=UTF-8").body(page).queryParam("published", "2026-03-05")
                .post("/extractions").then().statusCode(200).extract().jsonPath();

        assertEquals("main", body.getString("statements.find { it.content.startsWith('Dock') }.region"));
        assertEquals("related", body.getString("statements.find { it.content.startsWith('fares would') }.region"));
        assertEquals(null, body.getString("statements.find { it.content.startsWith('fares would') }.date"));
        assertEquals("related", body.getString("statements.find { it.content.startsWith('Ferry fares') }.region"));
    }

    @Test
    void plainTextBodyTakesMetadataFromQuery() {
        given().contentType("text/plain; charset=UTF-8").body("The minister said that taxes will fall next year.")
                .queryParam("source", "Daily").queryParam("published", "2026-01-02")
                .post("/extractions").then().statusCode(200)
                .body("document.source", equalTo("Daily"))
                .body("statements[0].speaker.name", equalTo("The minister"))
                .body("statements[0].content", equalTo("taxes will fall next year"))
                .body("statements[0].cue", equalTo("said"));
    }

    @Test
    void htmlDropsPageFurnitureAndKeepsLists() {
        String html = "<html><head><title>Page</title><script>var said = 'x said y';</script></head><body>"
                + "<nav><a>Home</a> <a>Politics</a></nav><article><h1>Budget passes — finance ministry</h1>"
                + "<p>Finance Minister Lena Holm stressed:</p><ul><li>Debt will fall by 2028</li>"
                + "<li>Pensions rise in May</li></ul></article><footer>Read more stories</footer></body></html>";
        given().contentType("text/html; charset=UTF-8").body(html).post("/extractions").then().statusCode(200)
                .body("document.title", equalTo("Budget passes — finance ministry"))
                .body("document.text", not(containsString("Home")))
                .body("statements.content", hasItem("Debt will fall by 2028"))
                .body("statements.content", hasItem("Pensions rise in May"))
                .body("statements.findAll { it.content.startsWith('Pensions') }.speaker.name", everyItem(equalTo("Lena Holm")))
                .body("statements.content", not(hasItem(containsString("x said y"))));
    }

    @Test
    void emptyTextIsAProblem() {
        problem(given().contentType("application/json").body("{\"text\": \"  \"}"), 400, "text");
    }

    @Test
    void nonJsonIsAProblem() {
        problem(given().contentType("application/json").body("{not json"), 400, "JSON");
    }

    @Test
    void unknownFormatIsAProblem() {
        problem(given().contentType("application/json").body("{\"text\": \"x\", \"format\": \"pdf\"}"), 400, "pdf");
    }

    @Test
    void invalidUtf8IsAProblem() {
        byte[] bad = {'H', 'e', (byte) 0xC3, (byte) 0x28, 'l', 'o'};
        problem(given().contentType("text/plain").body(bad), 400, "UTF-8");
    }

    @Test
    void badDateIsAProblem() {
        problem(given().contentType("application/json").body("{\"text\": \"x\", \"published\": \"yesterday\"}"), 400,
                "published");
    }

    @Test
    void overTheSizeLimitIsAProblem() {
        // The test profile sets ingest.max-body-bytes to 20000.
        problem(given().contentType("text/plain").body("a".repeat(20_001)), 413, "limit");
    }

    private static void problem(io.restassured.specification.RequestSpecification request, int status, String detail) {
        request.post("/extractions").then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", containsString(detail));
    }

    @Test
    void healthMetricsAndOpenApiAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/extractions"))
                .body("components.schemas.StatementDto.properties.region.enum", equalTo(List.of("main", "related")))
                .body("components.schemas.StatementDto.properties.confidence.description", containsString("Calibrated probability"));
    }
}
