package io.claimtrack.ingest.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Every route that takes a body, sent what it must refuse: each answer its status, application/problem+json with that
 * status, a detail saying what was wrong (the words given: a value of the wrong JSON type by its field and the type it
 * must be; a body of a type the route does not take by the types it takes and the one it got), no Java type and no
 * stack trace.
 */
@QuarkusTest
class BadInputTest {

    private static final String ONE = "/extractions";
    private static final String BATCH = "/extractions:batch";
    private static final String JSON = "application/json";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String TAKES_ONE = "this route takes a JSON, plain-text or HTML body (application/json, text/plain, "
            + "text/html); ";
    private static final String TAKES_JSON = "this route takes a JSON body (application/json); ";
    /** Over the test profile's ingest.max-body-bytes (20000). */
    private static final String LONG = "a".repeat(20_001);

    @TestHTTPResource("/")
    URL root;

    @ConfigProperty(name = "claimtrack.service-token")
    String token;

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
                row(ONE, "application/xml", "<doc>x</doc>", 415, TAKES_ONE + "got application/xml"),
                row(ONE, FORM, "text=a", 415, TAKES_ONE + "got " + FORM),
                row(ONE, null, "{\"text\": \"a\"}", 415, TAKES_ONE + "got no Content-Type"),
                row(ONE, "application/octet-stream", "{\"text\": \"a\"}", 415, TAKES_ONE + "got application/octet-stream"),
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
                row(BATCH, "text/plain", "{\"documents\": [{\"text\": \"a\"}]}", 415, TAKES_JSON + "got text/plain"),
                row(BATCH, "application/xml", "<documents/>", 415, TAKES_JSON + "got application/xml"),
                row(BATCH, FORM, "documents=a", 415, TAKES_JSON + "got " + FORM),
                row(BATCH, null, "{\"documents\": [{\"text\": \"a\"}]}", 415, TAKES_JSON + "got no Content-Type"),
                row(BATCH, "application/octet-stream", "{\"documents\": [{\"text\": \"a\"}]}", 415,
                        TAKES_JSON + "got application/octet-stream"),
                row(BATCH, null, "", 400, "empty"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("refusals")
    void aBodyItMustRefuseIsAProblemThatSaysWhy(String route, String contentType, String shown, String body, int status,
            String says) throws Exception {
        HttpResponse<String> answer = send(route, contentType, body);
        String said = route + " " + contentType + ": " + answer.statusCode() + " " + answer.body();
        assertEquals(status, answer.statusCode(), said);
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), said);
        JsonPath problem = JsonPath.from(answer.body());
        assertEquals(status, problem.getInt("status"), said);
        assertThat(said, problem.getString("detail"), allOf(containsString(says), not(containsString("Exception")),
                not(containsString("\tat ")), not(containsString("java.")), not(containsString("io.claimtrack")),
                not(containsString("HTTP " + status))));
    }

    /** Sent as it is (no Content-Type when none: a client library would name one), with the gateway's token. */
    private HttpResponse<String> send(String route, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + route.substring(1)))
                .version(HttpClient.Version.HTTP_1_1).header("Authorization", "Bearer " + token)
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType + "; charset=UTF-8");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Arguments row(String route, String contentType, String body, int status, String says) {
        String shown = body.length() > 80 ? body.substring(0, 60) + "... (" + body.length() + " chars)" : body;
        return Arguments.of(route, contentType, shown, body, status, says);
    }
}
