package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static io.claimtrack.gateway.support.Api.EDITOR_KEY;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Malformed input on every operation of the public API (bad JSON, wrong types, missing fields, values out of range or
 * unparseable, unknown enum values, unknown parameters, bodies over the limit) gets an RFC 7807 problem with a 4xx status,
 * a detail that says what was wrong (not the bare status line) and no stack trace, and nothing reaches claims-service but
 * a read. A read the gateway hands on (a date or cursor only
 * claims-service parses) gets claims-service's refusal, stubbed here as claims-service answers it. An operation the API
 * gains without a row here fails the test.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class BadInputTest extends StubbedDownstreamsTest {

    private static final String JSON = "application/json";
    /** Body types no route takes: each is refused in the same words, the route's types and the one sent. */
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> OTHER_TYPES = List.of("application/xml", FORM, "application/octet-stream");
    private static final String TAKES_TEXT = "this route takes a JSON, plain-text or HTML body (application/json, "
            + "text/plain, text/html); got ";
    private static final String TAKES_JSON = "this route takes a JSON body (application/json); got ";
    private static final String REFUSED = """
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": "Malformed cursor"}""";

    /**
     * One malformed request of an operation ("GET /api/v1/claims/{id}", as the OpenAPI document names it), and words
     * its problem's detail must say (null: any detail but the bare status line).
     */
    private record Bad(String route, String what, String method, String path, String contentType, String body,
            Map<String, String> headers, String says) {

        Bad(String route, String what, String method, String path, String contentType, String body, Map<String, String> headers) {
            this(route, what, method, path, contentType, body, headers, null);
        }

        Bad saying(String words) {
            return new Bad(route, what, method, path, contentType, body, headers, words);
        }

        Response send() {
            RequestSpecification request = given().header("X-API-Key", EDITOR_KEY).urlEncodingEnabled(false)
                    .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 20_000)));
            headers.forEach(request::header);
            if (contentType != null) {
                request.contentType(contentType);
            }
            if (body != null && FORM.equals(contentType)) {
                request.body(body); // form data as RestAssured takes it: text only
            } else if (body != null) {
                request.body(body.getBytes(StandardCharsets.UTF_8));
            }
            return request.request(method, path);
        }
    }

    @Test
    void everyOperationAnswersMalformedInputWithAProblemAndStoresNothing() {
        downstreams.claims().stubFor(any(anyUrl()).willReturn(json(400, REFUSED)
                .withHeader("Content-Type", "application/problem+json")));
        downstreams.ingest().stubFor(any(anyUrl()).willReturn(json(400, REFUSED)
                .withHeader("Content-Type", "application/problem+json")));
        String api = "/api/v1";
        List<Bad> table = new ArrayList<>();
        for (String list : List.of("/claims", "/corrections", "/documents", "/speakers", "/speakers/sp_x/claims")) {
            String route = "GET " + api + (list.startsWith("/speakers/") ? "/speakers/{id}/claims" : list);
            table.add(get(route, "limit=-1", api + list + "?limit=-1"));
            table.add(get(route, "limit=0", api + list + "?limit=0"));
            table.add(get(route, "limit=101", api + list + "?limit=101"));
            table.add(get(route, "limit=abc", api + list + "?limit=abc"));
            table.add(get(route, "limit=2147483648", api + list + "?limit=2147483648"));
            table.add(get(route, "a cursor claims-service refuses", api + list + "?cursor=%21%21%21"));
        }
        for (String one : List.of("/claims/{id}", "/claims/{id}/claimreview", "/corrections/{id}", "/documents/{id}",
                "/documents/{id}/claims", "/speakers/{id}", "/speakers/{id}/claims", "/speakers/{id}/stats", "/sources",
                "/corrections/export", "/claims/stream")) {
            table.add(get("GET " + api + one, "an unknown parameter", api + one.replace("{id}", "x") + "?sauce=TASS"));
        }
        table.add(get("GET " + api + "/claims", "from=not-a-date", api + "/claims?from=not-a-date"));
        table.add(get("GET " + api + "/claims", "type=shouted", api + "/claims?type=shouted"));
        table.add(get("GET " + api + "/claims", "sort=loudest", api + "/claims?sort=loudest"));
        table.add(get("GET " + api + "/claims", "format=xml", api + "/claims?format=xml"));
        table.add(get("GET " + api + "/speakers/{id}/claims", "format=xml", api + "/speakers/sp_x/claims?format=xml"));
        table.add(get("GET " + api + "/documents", "include=html", api + "/documents?include=html"));
        table.add(get("GET " + api + "/documents", "to=2025-02-30", api + "/documents?to=2025-02-30"));
        table.add(get("GET " + api + "/corrections", "since=yesterday", api + "/corrections?since=yesterday"));
        table.add(get("GET " + api + "/speakers/{id}/stats", "interval=year", api + "/speakers/sp_x/stats?interval=year"));
        table.add(new Bad("GET " + api + "/claims/stream", "Last-Event-ID=abc", "GET", api + "/claims/stream", null, null,
                Map.of("Last-Event-ID", "abc")));
        table.add(new Bad("GET " + api + "/claims/stream", "Last-Event-ID=-1", "GET", api + "/claims/stream", null, null,
                Map.of("Last-Event-ID", "-1")));

        for (String write : List.of("/documents", "/extractions")) {
            String route = "POST " + api + write;
            table.add(post(route, "bad JSON", api + write, "{\"text\": ").saying("not valid JSON"));
            table.add(post(route, "not JSON", api + write, "Officials said so.").saying("not valid JSON"));
            table.add(post(route, "an array", api + write, "[]").saying("JSON object"));
            table.add(post(route, "a string", api + write, "\"Officials said so.\"").saying("JSON object"));
            table.add(post(route, "null", api + write, "null"));
            table.add(post(route, "no body", api + write, "").saying("JSON object"));
            table.add(post(route, "no text", api + write, "{\"source\": \"TASS\"}"));
            table.add(post(route, "text a number", api + write, "{\"text\": 42}").saying("text must be a string"));
            table.add(post(route, "text a list", api + write, "{\"text\": [\"a\"]}").saying("text must be a string"));
            table.add(post(route, "format=pdf", api + write, "{\"text\": \"Officials said so.\", \"format\": \"pdf\"}"));
            table.add(post(route, "JSON nested 5,000 deep", api + write,
                    "{\"text\": \"Officials said so.\", \"url\": " + "[".repeat(5000) + "]".repeat(5000) + "}"));
            table.add(post(route, "a body over the limit", api + write, "{\"text\": \"" + "x".repeat(70_000) + "\"}"));
            // RestAssured names a type for any body it sends (octet-stream): InputHandlingTest sends none, and checks
            // "got no Content-Type"
            table.add(new Bad(route, "no Content-Type", "POST", api + write, null, "{\"text\": \"Officials said so.\"}", Map.of())
                    .saying(TAKES_TEXT));
            for (String type : OTHER_TYPES) {
                table.add(new Bad(route, type, "POST", api + write, type, "text=a", Map.of()).saying(TAKES_TEXT + type));
            }
            table.add(new Bad(route, "an unknown parameter", "POST", api + write + "?sauce=TASS", "text/plain",
                    "Officials said so.", Map.of()));
        }
        table.add(new Bad("POST " + api + "/documents", "an Idempotency-Key of 300 characters", "POST", api + "/documents",
                JSON, "{\"text\": \"Officials said so.\"}", Map.of("Idempotency-Key", "k".repeat(300))));

        String batch = "POST " + api + "/documents:batch";
        table.add(ndjson(batch, "no body", ""));
        table.add(ndjson(batch, "a body over the limit", ("{\"text\": \"" + "x".repeat(1000) + "\"}\n").repeat(70)));
        table.add(new Bad(batch, "application/json", "POST", api + "/documents:batch", JSON, "{}", Map.of())
                .saying("this route takes an NDJSON body (application/x-ndjson); got application/json"));
        table.add(new Bad(batch, "form data", "POST", api + "/documents:batch", FORM, "text=a", Map.of())
                .saying("this route takes an NDJSON body (application/x-ndjson); got " + FORM));
        table.add(new Bad(batch, "an unknown parameter", "POST", api + "/documents:batch?sauce=TASS", "application/x-ndjson",
                "{\"text\": \"Officials said so.\"}\n", Map.of()));

        String statement = "{\"document\": \"doc_x\", \"span\": {\"start\": 0, \"end\": 4}}";
        String hide = "{\"action\": \"hide\", \"statement\": " + statement + ", \"reason\": \"why\"}";
        String correct = "POST " + api + "/corrections";
        table.add(post(correct, "bad JSON", api + "/corrections", "{\"action\": ").saying("not valid JSON"));
        table.add(post(correct, "not JSON", api + "/corrections", "hide it").saying("not valid JSON"));
        table.add(post(correct, "no body", api + "/corrections", "").saying("JSON object"));
        table.add(post(correct, "null", api + "/corrections", "null").saying("JSON object"));
        table.add(post(correct, "an array", api + "/corrections", "[]").saying("JSON object"));
        table.add(post(correct, "a string", api + "/corrections", "\"hide\"").saying("JSON object"));
        table.add(post(correct, "no action, no reason", api + "/corrections", "{}"));
        table.add(post(correct, "the request wrapped as claims-service takes it", api + "/corrections",
                "{\"request\": " + hide + "}").saying("unknown field: request"));
        table.add(post(correct, "action=delete", api + "/corrections", hide.replace("\"hide\"", "\"delete\"")));
        table.add(post(correct, "no reason", api + "/corrections", hide.replace(", \"reason\": \"why\"", "")));
        table.add(post(correct, "a reason of 281 characters", api + "/corrections",
                hide.replace("\"why\"", "\"" + "y".repeat(281) + "\"")));
        table.add(post(correct, "a span of words", api + "/corrections", hide.replace("{\"start\": 0", "{\"start\": \"zero\""))
                .saying("statement.span.start must be a number"));
        table.add(post(correct, "a statement a string", api + "/corrections", hide.replace(statement, "\"doc_x\""))
                .saying("statement must be an object"));
        table.add(post(correct, "a span a list", api + "/corrections", hide.replace("{\"start\": 0, \"end\": 4}", "[0, 4]"))
                .saying("statement.span must be an object"));
        String split = "{\"action\": \"split\", \"speaker\": \"sp_x\", \"reason\": \"why\", \"statements\": [" + statement + ", ";
        table.add(post(correct, "a list's statement with a span of words", api + "/corrections",
                split + statement.replace("{\"start\": 0", "{\"start\": \"zero\"") + "]}")
                .saying("statements[1].span.start must be a number"));
        table.add(post(correct, "a list's statement a string", api + "/corrections", split + "\"doc_x\"]}")
                .saying("statements[1] must be an object"));
        table.add(post(correct, "a list's statement with a negative span", api + "/corrections",
                split + statement.replace("\"end\": 4", "\"end\": -4") + "]}").saying("statements[1].span.end must be"));
        table.add(post(correct, "a list's statement null", api + "/corrections", split + "null]}")
                .saying("statements[1] must not be null"));
        table.add(post(correct, "a list's statement without a document", api + "/corrections",
                split + statement.replace("\"document\": \"doc_x\", ", "") + "]}").saying("statements[1].document must not be"));
        table.add(post(correct, "a negative span", api + "/corrections", hide.replace("{\"start\": 0", "{\"start\": -1")));
        table.add(post(correct, "type=shouted", api + "/corrections",
                hide.replace("\"hide\"", "\"edit-statement\"").replace("\"reason\"", "\"type\": \"shouted\", \"reason\"")));
        table.add(new Bad(correct, "text/plain", "POST", api + "/corrections", "text/plain", hide, Map.of())
                .saying(TAKES_JSON + "text/plain"));
        table.add(new Bad(correct, "form data", "POST", api + "/corrections", FORM, "action=hide", Map.of())
                .saying(TAKES_JSON + FORM));
        table.add(new Bad(correct, "no Content-Type", "POST", api + "/corrections", null, hide, Map.of())
                .saying(TAKES_JSON));

        String undo = "POST " + api + "/corrections/{id}/undo";
        String undoPath = api + "/corrections/co_x/undo";
        table.add(post(undo, "bad JSON", undoPath, "{").saying("not valid JSON"));
        table.add(post(undo, "not JSON", undoPath, "undo it").saying("not valid JSON"));
        table.add(post(undo, "no body", undoPath, "").saying("JSON object"));
        table.add(post(undo, "an array", undoPath, "[]").saying("JSON object"));
        table.add(post(undo, "null", undoPath, "null").saying("JSON object"));
        table.add(post(undo, "no reason", undoPath, "{}"));
        table.add(post(undo, "reason a list", undoPath, "{\"reason\": [\"x\"]}").saying("reason must be a string"));
        table.add(post(undo, "a reason of 281 characters", undoPath, "{\"reason\": \"" + "y".repeat(281) + "\"}"));
        table.add(new Bad(undo, "text/plain", "POST", undoPath, "text/plain", "{\"reason\": \"why\"}", Map.of())
                .saying(TAKES_JSON + "text/plain"));
        table.add(new Bad(undo, "form data", "POST", undoPath, FORM, "reason=why", Map.of())
                .saying(TAKES_JSON + FORM));
        table.add(new Bad(undo, "no Content-Type", "POST", undoPath, null, "{\"reason\": \"why\"}", Map.of())
                .saying(TAKES_JSON));

        assertEquals(routes(), new TreeSet<>(table.stream().map(Bad::route).toList()));

        List<String> failures = new ArrayList<>();
        for (Bad bad : table) {
            downstreams.claims().resetRequests();
            String failure = problem(bad, bad.send());
            if (failure != null) {
                failures.add(failure);
            }
            int reads = downstreams.claims().countRequestsMatching(getRequestedFor(anyUrl()).build()).getCount();
            int all = downstreams.claims().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
            if (all != reads) {
                failures.add(bad.route() + " (" + bad.what() + "): a write reached claims-service");
            }
        }
        assertEquals(List.of(), failures);
    }

    /** Why the answer is not a 4xx problem that says what was wrong without a stack trace, or null when it is one. */
    private static String problem(Bad bad, Response response) {
        String body = response.asString();
        String said = bad.route() + " (" + bad.what() + "): " + response.statusCode() + " " + response.contentType() + " "
                + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        if (response.statusCode() < 400 || response.statusCode() > 499
                || !response.contentType().startsWith("application/problem+json")
                || body.contains("\tat ") || body.contains("Exception") || body.contains("io.claimtrack")
                || body.contains("java.") || body.contains("of type")) {
            return said;
        }
        Integer status = JsonPath.from(body).get("status");
        String detail = JsonPath.from(body).get("detail");
        boolean tells = detail != null && !detail.isBlank() && !detail.matches("HTTP \\d{3} .*") && !detail.contains("@")
                && (bad.says() == null || detail.contains(bad.says()));
        return status != null && status == response.statusCode() && tells ? null : said;
    }

    /** Every operation of the public API's OpenAPI document, as "METHOD /path". */
    private static Set<String> routes() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> routes = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(method -> Set.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> routes.add(method.toUpperCase() + " " + path)));
        return routes;
    }

    private static Bad get(String route, String what, String path) {
        return new Bad(route, what, "GET", path, null, null, Map.of());
    }

    private static Bad post(String route, String what, String path, String body) {
        return new Bad(route, what, "POST", path, JSON, body, Map.of());
    }

    private static Bad ndjson(String route, String what, String body) {
        return new Bad(route, what, "POST", "/api/v1/documents:batch", "application/x-ndjson", body, Map.of());
    }
}
