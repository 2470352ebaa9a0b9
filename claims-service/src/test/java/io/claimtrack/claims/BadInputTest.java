package io.claimtrack.claims;

import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.hide;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.domain.StoredDocument;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Malformed input on every route of the OpenAPI document (bad JSON, wrong types, missing fields, values out of range or
 * unparseable, unknown enum values, garbage cursors, unknown ids, huge bodies) gets an RFC 7807 problem with a 4xx
 * status, a detail that says what was wrong (not the bare status line) and no stack trace, and stores nothing. Every
 * route that takes a body is sent the same bodies that are no JSON object (not JSON, cut short, an array, a string,
 * null, none) and of other types. A route the document gains without a row here fails the test.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class BadInputTest {

    private static final String JSON = "application/json";
    private static final String TAKES_JSON = "this route takes a JSON body (application/json); got ";
    private static final String MB = "x".repeat(1 << 20);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URL root;

    /**
     * One malformed request of a route ("GET /claims/{id}", as the OpenAPI document names it), its status, and words
     * its problem's detail must say (null: any detail but the bare status line).
     */
    private record Bad(String route, String what, String method, String path, String contentType, String body, int status,
            String says) {

        Bad(String route, String what, String method, String path, String contentType, String body, int status) {
            this(route, what, method, path, contentType, body, status, null);
        }

        Bad expect(int other) {
            return new Bad(route, what, method, path, contentType, body, other, says);
        }

        Bad saying(String words) {
            return new Bad(route, what, method, path, contentType, body, status, words);
        }

        /** Sent as it is, with the gateway's token. */
        HttpResponse<String> send(String base, String token) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).version(HttpClient.Version.HTTP_1_1).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void everyRouteAnswersMalformedInputWithAProblemAndStoresNothing() {
        String tag = Docs.letters();
        JsonPath doc = Docs.text("Hana " + tag + " said locks open " + tag + ".").says("Hana " + tag, "locks open " + tag)
                .post().statusCode(201).extract().jsonPath();
        String documentId = doc.getString("id");
        String speakerId = doc.getString("statements[0].speakerId");
        String correctionId = correct(hide(documentId, doc, 0, "an ad")).statusCode(201).extract().path("id");
        String text = "Hana " + tag + " said locks open " + tag + ".";
        String span = "{\"start\": 0, \"end\": 4}";
        String statement = "{\"speaker\": {\"name\": \"Hana\"}, \"content\": \"Hana\", \"span\": " + span + "}";

        List<Bad> table = new ArrayList<>();
        for (String list : List.of("/documents", "/claims", "/corrections", "/corrections/documents", "/speakers",
                "/speakers/" + speakerId + "/claims")) {
            String route = "GET " + (list.startsWith("/speakers/") ? "/speakers/{id}/claims" : list);
            table.add(get(route, "limit=-1", list + "?limit=-1"));
            table.add(get(route, "limit=0", list + "?limit=0"));
            table.add(get(route, "limit=101", list + "?limit=101"));
            table.add(get(route, "limit=abc", list + "?limit=abc"));
            table.add(get(route, "limit=2147483648", list + "?limit=2147483648"));
            table.add(get(route, "a cursor not base64", list + "?cursor=%21%21%21"));
            table.add(get(route, "a cursor of another version", list + "?cursor=" + cursor("2\nx\ny")));
            table.add(get(route, "a cursor of two parts", list + "?cursor=" + cursor("1\nx")));
            table.add(get(route, "a cursor of bytes", list + "?cursor=" + cursor("\u0000\u00ff\n\n")));
        }
        for (String dated : List.of("/documents", "/claims")) {
            table.add(get("GET " + dated, "from=not-a-date", dated + "?from=not-a-date"));
            table.add(get("GET " + dated, "to=2025-02-30", dated + "?to=2025-02-30"));
            table.add(get("GET " + dated, "a cursor whose position is no date", dated + "?cursor=" + cursor("1\nnot-a-date\nid")));
        }
        table.add(get("GET /documents", "include=html", "/documents?include=html"));
        table.add(get("GET /claims", "type=shouted", "/claims?type=shouted"));
        table.add(get("GET /claims", "sort=loudest", "/claims?sort=loudest"));
        table.add(get("GET /claims", "sort=appearances with a count that is no number", "/claims?sort=appearances&cursor="
                + cursor("1\nmany\nid")));
        table.add(get("GET /corrections", "since=yesterday", "/corrections?since=yesterday"));
        table.add(get("GET /claims/feed", "after=-1", "/claims/feed?after=-1"));
        table.add(get("GET /claims/feed", "after=abc", "/claims/feed?after=abc"));
        table.add(get("GET /claims/feed", "limit=0", "/claims/feed?limit=0"));
        table.add(get("GET /claims/feed", "limit=501", "/claims/feed?limit=501"));
        table.add(get("GET /claims/feed", "wait=31", "/claims/feed?wait=31"));
        table.add(get("GET /claims/feed", "wait=abc", "/claims/feed?wait=abc"));
        table.add(get("GET /speakers/{id}/stats", "interval=year", "/speakers/" + speakerId + "/stats?interval=year"));
        for (String one : List.of("/documents/{id}", "/documents/{id}/claims", "/claims/{id}", "/corrections/{id}",
                "/speakers/{id}", "/speakers/{id}/claims", "/speakers/{id}/stats")) {
            table.add(get("GET " + one, "an unknown id", one.replace("{id}", "nobody_" + tag)).expect(404));
            table.add(get("GET " + one, "an id of escapes", one.replace("{id}", "%00%ff%2F..")).expect(404));
        }

        String undo = "/corrections/" + correctionId + "/undo";
        Map<String, String> bodies = new TreeMap<>(Map.of("POST /documents", "/documents", "POST /documents:batch",
                "/documents:batch", "POST /corrections", "/corrections", "POST /corrections/{id}/undo", undo));
        bodies.forEach((route, path) -> {
            table.add(post(route, "not JSON", path, "Hana said locks open.").saying("not valid JSON"));
            table.add(post(route, "truncated JSON", path, "{\"text\": \"Hana said").saying("not valid JSON"));
            table.add(post(route, "a stray character", path, "{\"text\": \"x\",}").saying("not valid JSON"));
            table.add(post(route, "an array", path, "[]").saying("the body must be an object"));
            table.add(post(route, "a string", path, "\"Hana\"").saying("the body must be an object"));
            table.add(post(route, "a number", path, "42").saying("the body must be an object"));
            table.add(post(route, "null", path, "null").saying("JSON object"));
            table.add(post(route, "no body", path, "").saying("JSON object"));
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "application/octet-stream")) {
                table.add(new Bad(route, type, "POST", path, type + "; charset=UTF-8", "text=a", 415).saying(TAKES_JSON + type
                        + "; nothing was stored"));
            }
            table.add(new Bad(route, "no Content-Type", "POST", path, null, "{}", 415).saying(TAKES_JSON
                    + "no Content-Type; nothing was stored"));
        });
        table.add(post("POST /documents", "no text", "/documents", "{\"source\": \"X\"}"));
        table.add(post("POST /documents", "a blank text", "/documents", "{\"text\": \"  \"}"));
        table.add(post("POST /documents", "text a number", "/documents", "{\"text\": 42}"));
        table.add(post("POST /documents", "text a list", "/documents", "{\"text\": [\"a\"]}"));
        table.add(post("POST /documents", "statements an object", "/documents",
                "{\"text\": \"" + text + "\", \"statements\": {}}"));
        table.add(post("POST /documents", "a statement a string", "/documents",
                "{\"text\": \"" + text + "\", \"statements\": [\"Hana\"]}"));
        table.add(post("POST /documents", "a null statement", "/documents",
                "{\"text\": \"" + text + "\", \"statements\": [null]}"));
        table.add(post("POST /documents", "a statement without speaker, content, span", "/documents",
                "{\"text\": \"" + text + "\", \"statements\": [{}]}"));
        table.add(post("POST /documents", "a span of words", "/documents", "{\"text\": \"" + text + "\", \"statements\": ["
                + statement.replace(span, "{\"start\": \"zero\", \"end\": 4}") + "]}"));
        table.add(post("POST /documents", "a negative span", "/documents", "{\"text\": \"" + text + "\", \"statements\": ["
                + statement.replace(span, "{\"start\": -1, \"end\": 4}") + "]}"));
        table.add(post("POST /documents", "a span past the text", "/documents", "{\"text\": \"" + text + "\", \"statements\": ["
                + statement.replace(span, "{\"start\": 0, \"end\": 4000}") + "]}"));
        table.add(post("POST /documents", "a span beyond an int", "/documents", "{\"text\": \"" + text + "\", \"statements\": ["
                + statement.replace(span, "{\"start\": 0, \"end\": 99999999999}") + "]}"));
        table.add(post("POST /documents", "type=shouted", "/documents", "{\"text\": \"" + text + "\", \"statements\": ["
                + statement.replace("}}", "}, \"type\": \"shouted\"}") + "]}"));
        table.add(post("POST /documents", "kind=alien", "/documents", "{\"text\": \"" + text + "\", \"statements\": ["
                + statement.replace("\"Hana\"}", "\"Hana\", \"kind\": \"alien\"}") + "]}"));
        table.add(post("POST /documents", "region=sidebar", "/documents", "{\"text\": \"" + text + "\", \"statements\": ["
                + statement.replace("}}", "}, \"region\": \"sidebar\"}") + "]}"));
        table.add(post("POST /documents", "confidence=high", "/documents", "{\"text\": \"" + text + "\", \"statements\": ["
                + statement.replace("}}", "}, \"confidence\": \"high\"}") + "]}"));
        table.add(post("POST /documents", "published=not-a-date", "/documents",
                "{\"text\": \"" + text + "\", \"published\": \"not-a-date\"}"));
        table.add(post("POST /documents", "a dateline a string", "/documents",
                "{\"text\": \"" + text + "\", \"dateline\": \"MOSCOW\"}"));
        table.add(post("POST /documents", "JSON nested 5,000 deep", "/documents",
                "{\"text\": \"" + text + "\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}"));
        table.add(post("POST /documents", "a text of 12 MB", "/documents", "{\"text\": \"" + MB.repeat(12) + "\"}").expect(413));

        table.add(post("POST /documents:batch", "no documents", "/documents:batch", "{}"));
        table.add(post("POST /documents:batch", "documents empty", "/documents:batch", "{\"documents\": []}"));
        table.add(post("POST /documents:batch", "documents a string", "/documents:batch", "{\"documents\": \"x\"}"));
        table.add(post("POST /documents:batch", "101 documents", "/documents:batch",
                "{\"documents\": [" + String.join(",", java.util.Collections.nCopies(101, "{\"text\": \"" + text + "\"}"))
                        + "]}").expect(413));
        table.add(post("POST /documents:batch", "9 MB", "/documents:batch",
                "{\"documents\": [{\"text\": \"" + MB.repeat(9) + "\"}]}").expect(413));
        table.add(post("POST /documents:batch", "JSON nested 5,000 deep", "/documents:batch",
                "{\"documents\": [{\"text\": \"" + text + "\", \"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}]}"));

        String hide = "{\"action\": \"hide\", \"statement\": {\"document\": \"" + documentId + "\", \"span\": "
                + "{\"start\": " + doc.getInt("statements[0].span.start") + ", \"end\": " + doc.getInt("statements[0].span.end")
                + "}}, \"reason\": \"why\"}";
        table.add(post("POST /corrections", "no request", "/corrections", "{\"by\": \"desk\"}"));
        table.add(post("POST /corrections", "no by", "/corrections", "{\"request\": " + hide + "}"));
        table.add(post("POST /corrections", "by a number", "/corrections", "{\"by\": 7, \"request\": " + hide + "}"));
        table.add(post("POST /corrections", "request a string", "/corrections", "{\"by\": \"desk\", \"request\": \"hide\"}"));
        table.add(post("POST /corrections", "action=delete", "/corrections",
                "{\"by\": \"desk\", \"request\": " + hide.replace("\"hide\"", "\"delete\"") + "}"));
        table.add(post("POST /corrections", "an empty idempotencyKey", "/corrections",
                "{\"by\": \"desk\", \"idempotencyKey\": \"\", \"request\": " + hide + "}"));
        table.add(post("POST /corrections", "a reason of 281 characters", "/corrections",
                "{\"by\": \"desk\", \"request\": " + hide.replace("\"why\"", "\"" + "y".repeat(281) + "\"") + "}"));
        table.add(post("POST /corrections", "type=shouted", "/corrections",
                "{\"by\": \"desk\", \"request\": " + hide.replace("\"hide\"", "\"edit-statement\"")
                        .replace("\"reason\"", "\"type\": \"shouted\", \"reason\"") + "}"));
        table.add(post("POST /corrections", "a span of words", "/corrections", "{\"by\": \"desk\", \"request\": "
                + hide.replace("{\"start\": ", "{\"start\": \"zero\", \"x\": ") + "}"));
        table.add(post("POST /corrections", "a statement of an unknown document", "/corrections",
                "{\"by\": \"desk\", \"request\": " + hide.replace(documentId, "doc_nobody") + "}").expect(404));
        table.add(post("POST /corrections", "reassign without to", "/corrections",
                "{\"by\": \"desk\", \"request\": " + hide.replace("\"hide\"", "\"reassign\"") + "}"));
        table.add(post("POST /corrections", "merge of unknown speakers", "/corrections",
                "{\"by\": \"desk\", \"request\": {\"action\": \"merge\", \"speaker\": \"sp_a\", \"into\": \"sp_b\", "
                        + "\"reason\": \"why\"}}").expect(404));

        table.add(post("POST /corrections/{id}/undo", "no reason", undo, "{\"by\": \"desk\"}"));
        table.add(post("POST /corrections/{id}/undo", "reason a list", undo, "{\"by\": \"desk\", \"reason\": [\"x\"]}"));
        table.add(post("POST /corrections/{id}/undo", "an unknown correction", "/corrections/co_nobody/undo",
                "{\"by\": \"desk\", \"reason\": \"why\"}").expect(404));

        Set<String> covered = new TreeSet<>(table.stream().map(Bad::route).toList());
        // take nothing a caller could get wrong: no parameter, no body
        covered.add("GET /sources");
        covered.add("GET /claims/feed/head");
        assertEquals(routes(), covered);

        Map<String, Long> before = counts();
        List<String> failures = new ArrayList<>();
        String base = root.toString().replaceAll("/$", "");
        String token = ConfigProvider.getConfig().getValue("claimtrack.service-token", String.class);
        for (Bad bad : table) {
            String failure;
            try {
                failure = problem(bad, bad.send(base, token));
            } catch (Exception e) {
                failure = bad.route() + " (" + bad.what() + "): " + e;
            }
            if (failure != null) {
                failures.add(failure);
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, counts());
    }

    @Test
    void aChunkedBodyOverTheLimitIsAProblemAndStoresNothingAndOneUnderItIsRead() throws Exception {
        String base = root.toString().replaceAll("/$", "");
        String token = ConfigProvider.getConfig().getValue("claimtrack.service-token", String.class);
        Map<String, Long> before = counts();
        for (String path : List.of("/documents", "/documents:batch", "/corrections", "/corrections/co_nobody/undo")) {
            HttpResponse<String> response = CLIENT.send(chunked(base + path, token, "{\"text\": \"" + MB.repeat(11) + "\"}"),
                    HttpResponse.BodyHandlers.ofString());
            String said = path + ": " + response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                    + " " + abbreviated(response.body());
            assertEquals(413, response.statusCode(), said);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), said);
            assertTrue(JsonPath.from(response.body()).getString("detail").contains("larger than"), said);
        }
        assertEquals(before, counts());

        String tag = Docs.letters();
        HttpResponse<String> stored = CLIENT.send(chunked(base + "/documents", token, "{\"text\": \"Tove " + tag
                + " said the ferry runs " + tag + ". " + "x".repeat(200_000) + "\"}"), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, stored.statusCode(), abbreviated(stored.body()));
    }

    /** A POST whose body is sent in chunks, its length announced nowhere. */
    private static HttpRequest chunked(String url, String token, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(url)).version(HttpClient.Version.HTTP_1_1).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    }

    /** Why the answer is not the row's problem without a stack trace, or null when it is. */
    private static String problem(Bad bad, HttpResponse<String> response) {
        String body = response.body();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String said = bad.route() + " (" + bad.what() + "): " + response.statusCode() + " " + contentType + " "
                + abbreviated(body);
        if (response.statusCode() != bad.status() || !contentType.startsWith("application/problem+json")
                || body.contains("\tat ") || body.contains("Exception") || body.contains("io.claimtrack") || body.contains("java.")) {
            return said;
        }
        Integer status = JsonPath.from(body).get("status");
        String detail = JsonPath.from(body).get("detail");
        boolean tells = detail != null && !detail.isBlank() && !detail.matches("HTTP \\d{3} .*") && !detail.contains("@")
                && (bad.says() == null || detail.contains(bad.says()));
        return status != null && status == response.statusCode() && tells ? null : said;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Every operation of the service's OpenAPI document, as "METHOD /path". */
    private static Set<String> routes() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        Set<String> routes = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> routes.add(method.toUpperCase() + " " + path)));
        return routes;
    }

    /** How many documents each collection of the store holds. */
    private static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        var database = StoredDocument.mongoDatabase();
        for (String name : database.listCollectionNames()) {
            counts.put(name, database.getCollection(name).countDocuments());
        }
        return counts;
    }

    private static String cursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static Bad get(String route, String what, String path) {
        return new Bad(route, what, "GET", path, null, null, 400);
    }

    private static Bad post(String route, String what, String path, String body) {
        return new Bad(route, what, "POST", path, JSON, body, 400);
    }
}
