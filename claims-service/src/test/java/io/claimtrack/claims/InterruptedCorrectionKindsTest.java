package io.claimtrack.claims;

import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.input;
import static io.claimtrack.claims.CorrectionResourceTest.statement;
import static io.claimtrack.claims.DocumentBatchGroupingTest.capital;
import static io.claimtrack.claims.InterruptedCorrectionTest.interrupt;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.service.CorrectionService;
import io.claimtrack.claims.service.SourceCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Every kind of correction but the split ({@link InterruptedCorrectionTest} has it) stopped between two of its writes
 * as a kill -9 stops it, then what a restart runs before it takes requests, then the same request sent again without
 * an Idempotency-Key (as a newsroom tool retries a call it got no answer to): answered 201 as the call would have been,
 * and everything the API shows equals the correction made in one go. They share the split's path ({@code once},
 * {@code finish}); each writes its own derived writes.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class InterruptedCorrectionKindsTest {

    @Inject
    CorrectionService corrections;

    @Inject
    SourceCounts sourceCounts;

    @ParameterizedTest
    @ValueSource(strings = {"hide", "reassign", "edit-statement", "edit-speaker", "merge", "undo"})
    void aCorrectionStoppedAfterAnyOfItsWritesRecoveredAndSentAgainWithoutAKeyEndsAsMadeInOneGo(String kind) {
        Scene reference = Scene.of(Docs.letters(), kind);
        interrupt(Long.MAX_VALUE);
        reference.send().statusCode(201);
        long writes = interrupt(-1);
        String expected = reference.stored();
        assertTrue(writes > 2, kind + " writes its marker, its record and what it changes: " + writes);

        // each stop costs a scene and its whole API view (several seconds on a loaded machine), six kinds of 20 to 40
        // writes a quarter of an hour: the first ten (marker, record, the first derived writes), then every third
        for (long k : InterruptedCorrectionTest.stopPoints(writes, 10, 3)) {
            String at = kind + " stopped after write " + k + " of " + writes;
            Scene scene = Scene.of(Docs.letters(), kind);
            interrupt(k);
            int status = scene.send().extract().statusCode();
            interrupt(-1);
            // at the last, a call that drew its seq from a block an earlier call reserved wrote one fewer and ended
            assertTrue(status >= 500 || status == 201 && k == writes - 1, at + ": " + status);
            corrections.recover();
            sourceCounts.recountInterrupted();
            if (status >= 500) {
                scene.send().statusCode(201);
            }
            assertEquals(expected, scene.stored().replace(scene.tag, reference.tag)
                    .replace(capital(scene.tag), capital(reference.tag)), at);
            assertEquals(0, StoredDocument.mongoDatabase().getCollection("pending_corrections").countDocuments(), at);
        }
    }

    /**
     * {@link InterruptedCorrectionTest#irinaAndOlga}'s documents and the correction of the kind (for an undo, that of
     * Olga merged into Irina), sent without a key.
     */
    private record Scene(String tag, String kind, Map<String, String> ids, Map<String, Object> body, String path) {

        static Scene of(String tag, String kind) {
            String t = capital(tag);
            List<JsonPath> posted = InterruptedCorrectionTest.irinaAndOlga(tag);
            JsonPath first = posted.get(0);
            JsonPath second = posted.get(1);
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put(first.getString("id"), "FIRST");
            ids.put(second.getString("id"), "SECOND");
            String irinaId = first.getString("statements[0].speakerId");
            String olgaId = second.getString("statements[0].speakerId");
            ids.put(irinaId, "IRINA");
            ids.put(olgaId, "OLGA");
            Map<String, Object> request = switch (kind) {
                case "hide" -> Map.of("action", kind, "statement", statement(first.getString("id"), first, 1),
                        "reason", "a slogan");
                case "reassign" -> Map.of("action", kind, "statement", statement(first.getString("id"), first, 1),
                        "to", Map.of("name", "Boris " + t, "kind", "person"), "reason", "her spokesman said it");
                case "edit-statement" -> {
                    Map<String, Object> span = new HashMap<>(statement(first.getString("id"), first, 0));
                    int start = first.getInt("statements[0].span.start");
                    // "rates of TAG stay" without its verb
                    yield Map.of("action", kind, "statement", span, "type", "indirect", "reason", "the verb is not hers",
                            "span", Map.of("start", start, "end", start + ("rates of " + tag).length()));
                }
                case "edit-speaker" -> Map.of("action", kind, "speaker", olgaId, "reason", "her full name",
                        "edit", Map.of("name", "Olga " + t + " Petrova", "aliases", List.of("Olga " + t + "ova"),
                                "roles", List.of(Map.of("role", "harbour master", "seen", "2026-04-02"))));
                default -> Map.of("action", "merge", "speaker", olgaId, "into", irinaId, "reason", "one person");
            };
            if (!kind.equals("undo")) {
                return new Scene(tag, kind, ids, input(new HashMap<>(request)), "/corrections");
            }
            String merge = correct(input(new HashMap<>(request))).statusCode(201).extract().path("id");
            return new Scene(tag, kind, ids, new HashMap<>(Map.of("by", "desk-editor", "reason", "two people after all")),
                    "/corrections/" + merge + "/undo");
        }

        ValidatableResponse send() {
            return given().contentType(ContentType.JSON).body(body).post(path).then();
        }

        /**
         * What {@link DocumentBatchGroupingTest#stored} shows, and the corrections of the scene's speakers and
         * documents in the order they were made, without their ids, times and places in the feed.
         */
        String stored() {
            Map<String, Map<String, Object>> made = new LinkedHashMap<>();
            ids.keySet().forEach(id -> given().queryParam(id.startsWith("doc_") ? "document" : "speaker", id).get("/corrections").then().statusCode(200).extract()
                    .<List<Map<String, Object>>>path("items").forEach(c -> made.put((String) c.get("id"), c)));
            List<Map<String, Object>> inOrder = new ArrayList<>(made.values());
            inOrder.sort(Comparator.comparing(c -> ((Number) c.get("seq")).longValue()));
            String all = DocumentBatchGroupingTest.stored(tag) + inOrder.stream().map(c -> {
                Map<String, Object> view = new HashMap<>(c);
                view.keySet().removeAll(List.of("id", "seq", "at"));
                return new TreeMap<>(view).toString();
            }).toList();
            for (Map<String, Object> c : inOrder) {
                all = all.replace((String) c.get("id"), "CORRECTION-" + c.get("action"));
            }
            for (Map.Entry<String, String> id : ids.entrySet()) {
                all = all.replace(id.getKey(), id.getValue());
            }
            return all.replaceAll("(doc|cl|sp)_[0-9a-f]{24}", "$1_ID");
        }
    }
}
