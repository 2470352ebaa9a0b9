package io.claimtrack.ingest.observability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Each extraction shows in /q/metrics: its time, its characters and its statements, by format. */
@QuarkusTest
class ExtractionMetricsTest {

    @Test
    void anExtractionIsTimedAndCounted() {
        String text = "\"We will appeal,\" the company said. The minister said taxes will fall.";
        double documents = metric("claimtrack_extraction_seconds_count{format=\"text\"}");
        double characters = metric("claimtrack_extraction_characters_sum{format=\"text\"}");
        double statements = metric("claimtrack_extraction_statements_sum{format=\"text\"}");

        int found = given().contentType("text/plain").body(text).post("/extractions").then().statusCode(200)
                .extract().jsonPath().getList("statements").size();

        assertEquals(documents + 1, metric("claimtrack_extraction_seconds_count{format=\"text\"}"));
        assertEquals(characters + text.length(), metric("claimtrack_extraction_characters_sum{format=\"text\"}"));
        assertEquals(statements + found, metric("claimtrack_extraction_statements_sum{format=\"text\"}"));
        assertTrue(metric("claimtrack_extraction_seconds_sum{format=\"text\"}") > 0);
        assertTrue(given().get("/q/metrics").asString().contains("claimtrack_extraction_seconds_bucket{format=\"text\",le="),
                "a histogram, so p99 can be computed across replicas");
    }

    /** The value of one series in the Prometheus text, 0 while it does not exist yet. */
    static double metric(String series) {
        for (String line : given().get("/q/metrics").asString().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }
}
