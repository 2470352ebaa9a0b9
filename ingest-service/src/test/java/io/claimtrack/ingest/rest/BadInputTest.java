package io.claimtrack.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Every route that takes a body, sent what it must refuse: each answer its status, application/problem+json with that
 * status, a detail saying what was wrong (the words given: a value of the wrong JSON type by its field and the type it
 * must be), no Java type and no stack trace. (Left: a wrong Content-Type is told in the words of {@code @Consumes}.)
 */
@QuarkusTest
class BadInputTest {

    private static final String ONE = "/extractions";
    private static final String BATCH = "/extractions:batch";
    private static final String JSON = "application/json";
    /** Over the test profile's ingest.max-body-bytes (20000). */
    private static final String LONG = "a".repeat(20_001);

    static Stream<Arguments> refusals() {
        return Stream.of(
                row(ONE, JSON, "{not json", 400, "JSON"),
                row(ONE, JSON, "{\"text\": \"cut short", 400, "JSON"),
                row(ONE, JSON, "{\"text\": \"x\",}", 400, "JSON"),
                row(ONE, JSON, "[]", 400, "the body must be a JSON object, not a list"),
                row(ONE, JSON, "\"a text\"", 400, "the body must be a JSON object, not a string"),
                row(ONE, JSON, "42", 400, "the body must be a JSON object, not a number"),
                row(ONE, JSON, "null", 400, "empty"),
                row(ONE, JSON, "", 400, "empty"),
                row(ONE, JSON, "{\"source\": \"Desk\"}", 400, "text"),
                row(ONE, JSON, "{\"text\": 42}", 400, "text must be a string, not a number"),
                row(ONE, JSON, "{\"text\": [\"a\"]}", 400, "text must be a string, not a list"),
                row(ONE, JSON, "{\"text\": \"x\", \"format\": 7}", 400, "format must be a string, not a number"),
                row(ONE, JSON, "{\"text\": \"x\", \"published\": 20260101}", 400, "published must be a string, not a number"),
                row(ONE, JSON, "{\"text\": \"x\", \"source\": {\"name\": \"Desk\"}}", 400, "source must be a string, not an object"),
                row(ONE, JSON, "{\"text\": \"" + LONG + "\"}", 413, "limit"),
                row(ONE, "application/xml", "<doc>x</doc>", 415, "content-type"),
                row(ONE, "text/plain", "", 400, "empty"),
                row(ONE, "text/plain", LONG, 413, "limit"),
                row(BATCH, JSON, "{not json", 400, "JSON"),
                row(BATCH, JSON, "", 400, "empty"),
                row(BATCH, JSON, "[]", 400, "the body must be a JSON object, not a list"),
                row(BATCH, JSON, "null", 400, "empty"),
                row(BATCH, JSON, "{}", 400, "documents"),
                row(BATCH, JSON, "{\"documents\": []}", 400, "documents"),
                row(BATCH, JSON, "{\"documents\": \"x\"}", 400, "documents must be a list, not a string"),
                row(BATCH, JSON, "{\"documents\": [{\"text\": \"a\"}, {\"text\": 42}]}", 400,
                        "documents[1].text must be a string, not a number"),
                row(BATCH, JSON, "{\"documents\": [[\"a\"]]}", 400, "documents[0] must be an object, not a list"),
                row(BATCH, JSON, "{\"documents\": [{\"text\": \"a\", \"url\": true}]}", 400,
                        "documents[0].url must be a string, not true or false"),
                row(BATCH, JSON, "{\"documents\": [{\"text\": \"a\"}, {\"text\": \"b\"}, {\"text\": \"c\"}, {\"text\": \"d\"}, "
                        + "{\"text\": \"e\"}, {\"text\": \"f\"}]}", 413, "documents"),
                row(BATCH, "text/plain", "{\"documents\": [{\"text\": \"a\"}]}", 415, "content-type"),
                row(BATCH, "application/xml", "<documents/>", 415, "content-type"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("refusals")
    void aBodyItMustRefuseIsAProblemThatSaysWhy(String route, String contentType, String shown, String body, int status,
            String says) {
        RequestSpecification request = given().contentType(contentType + "; charset=UTF-8").urlEncodingEnabled(false)
                .body(body.getBytes(StandardCharsets.UTF_8));
        request.post(route).then().statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", allOf(containsString(says), not(containsString("Exception")), not(containsString("\tat ")),
                        not(containsString("java.")), not(containsString("io.claimtrack")),
                        not(containsString("HTTP " + status))));
    }

    private static Arguments row(String route, String contentType, String body, int status, String says) {
        String shown = body.length() > 80 ? body.substring(0, 60) + "... (" + body.length() + " chars)" : body;
        return Arguments.of(route, contentType, shown, body, status, says);
    }
}
