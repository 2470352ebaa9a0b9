package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.service.CorrectionService;
import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Editors' corrections: recorded, applied to everything derived, undone, retried, refused. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class CorrectionResourceTest {

    @Inject
    CorrectionService corrections;

    @Inject
    StoreReads reads;

    @Test
    void aReassignedStatementMovesToTheOtherSpeakerWithItsCounts() {
        String tag = Docs.letters();
        String anna = "Anna " + tag;
        String text = "\"Taxes will fall " + tag + ",\" Anna " + tag + " said. \"Rents will rise " + tag + ",\" she added.";
        JsonPath doc = Docs.text(text).says(anna, "Taxes will fall " + tag).says(anna, "Rents will rise " + tag)
                .post().statusCode(201).extract().jsonPath();
        String documentId = doc.getString("id");
        String annaId = doc.getString("statements[1].speakerId");
        String originalClaim = doc.getString("statements[1].claimId");
        given().get("/speakers/" + annaId).then().body("claimCount", is(2));

        JsonPath made = correct(reassign(documentId, doc, 1, Map.of("name", "Boris " + tag, "kind", "person"), "she is Boris's spokeswoman"))
                .statusCode(201)
                .body("action", equalTo("reassign"))
                .body("by", equalTo("desk-editor"))
                .body("before.speakerId", equalTo(annaId))
                .body("after.speakerName", equalTo("Boris " + tag))
                .body("targets[0].documentId", equalTo(documentId))
                .extract().jsonPath();
        String borisId = made.getString("after.speakerId");

        given().get("/speakers/" + annaId).then().body("claimCount", is(1));
        given().get("/speakers/" + borisId).then().body("claimCount", is(1));
        given().queryParam("speaker", "Boris " + tag).get("/claims").then()
                .body("items.text", contains("Rents will rise " + tag))
                .body("items[0].appearances[0].documentId", equalTo(documentId));
        given().get("/claims/" + originalClaim).then().statusCode(404);
        given().get("/documents/" + documentId).then().statusCode(200)
                .body("statements[1].speakerId", equalTo(borisId))
                .body("statements[1].corrected.reason", equalTo("she is Boris's spokeswoman"))
                .body("statements[0].corrected", nullValue());
        given().queryParam("document", documentId).get("/corrections").then().statusCode(200)
                .body("items.id", contains(made.getString("id")));
        given().queryParam("speaker", "Boris " + tag).get("/corrections").then().body("items", hasSize(1));

        // the same again changes nothing: refused, nothing stored
        correct(reassign(documentId, doc, 1, Map.of("id", borisId), "again")).statusCode(409)
                .contentType("application/problem+json");
        given().queryParam("document", documentId).get("/corrections").then().body("items", hasSize(1));

        // undone: the statement and its count go back to Anna
        given().contentType(ContentType.JSON).body(Map.of("by", "desk-editor", "reason", "wrong call"))
                .post("/corrections/" + made.getString("id") + "/undo").then().statusCode(201)
                .body("action", equalTo("undo")).body("undoes", equalTo(made.getString("id")));
        given().get("/corrections/" + made.getString("id")).then().body("status", equalTo("undone"));
        given().get("/speakers/" + annaId).then().body("claimCount", is(2));
        given().get("/speakers/" + borisId).then().body("claimCount", is(0));
        given().get("/claims/" + originalClaim).then().statusCode(200).body("appearanceCount", is(1));
        given().get("/documents/" + documentId).then().body("statements[1].speakerId", equalTo(annaId))
                .body("statements[1].corrected", nullValue());
    }

    @Test
    void aHiddenStatementIsCountedListedAndFedNowhereButStaysInTheDocument() {
        String tag = Docs.letters();
        String name = "Carla " + tag;
        JsonPath doc = Docs.text("Carla " + tag + " said the bridge opens in May " + tag + ". Subscribe now " + tag + ".")
                .says(name, "the bridge opens in May " + tag).says(name, "Subscribe now " + tag)
                .post().statusCode(201).extract().jsonPath();
        String documentId = doc.getString("id");
        String speakerId = doc.getString("statements[1].speakerId");
        String junk = doc.getString("statements[1].claimId");
        long feedStart = 0;

        JsonPath hidden = correct(hide(documentId, doc, 1, "a newsletter prompt, not a statement")).statusCode(201)
                .body("after.hidden", is(true)).extract().jsonPath();

        given().get("/speakers/" + speakerId).then().body("claimCount", is(1));
        given().queryParam("speaker", speakerId).get("/claims").then().body("items.id", not(hasItem(junk)));
        given().get("/claims/" + junk).then().statusCode(404);
        given().queryParam("interval", "day").get("/speakers/" + speakerId + "/stats").then()
                .body("series[0].newClaims", is(1)).body("series[0].appearances", is(1));
        JsonPath feed = given().queryParam("after", feedStart).queryParam("limit", 500).get("/claims/feed").then()
                .statusCode(200).extract().jsonPath();
        org.hamcrest.MatcherAssert.assertThat(feed.getList("items.id"), not(hasItem(junk)));
        org.hamcrest.MatcherAssert.assertThat(feed.getList("corrections.id"), hasItem(hidden.getString("id")));
        given().get("/documents/" + documentId).then()
                .body("statements", hasSize(2))
                .body("statements[1].content", equalTo("Subscribe now " + tag))
                .body("statements[1].corrected.hidden", is(true))
                .body("statements[1].claimId", nullValue());

        correct(hide(documentId, doc, 1, "twice")).statusCode(409);
    }

    @Test
    void aCorrectionHoldsWhenTheSameDocumentIsIngestedAgain() {
        String tag = Docs.letters();
        Docs story = Docs.text("Dana " + tag + " said exports grew " + tag + ".").says("Dana " + tag, "exports grew " + tag);
        JsonPath doc = story.post().statusCode(201).extract().jsonPath();
        correct(hide(doc.getString("id"), doc, 0, "a test line")).statusCode(201);

        story.post().statusCode(200);

        given().queryParam("speaker", "Dana " + tag).get("/claims").then().body("items", hasSize(0));
        given().get("/documents/" + doc.getString("id")).then().body("statements[0].corrected.hidden", is(true));
    }

    @Test
    void aRevisionKeepsTheCorrectionsWhereItStillHasTheStatementAndReportsWhereNot() {
        String tag = Docs.letters();
        String url = "https://revisions.example/" + tag;
        String kept = "Bridges reopen on Monday " + tag;
        String dropped = "Follow us for updates " + tag;
        JsonPath first = Docs.text("Mia " + tag + " said " + kept + ". " + dropped + ", Mia " + tag + " said.").with("url", url)
                .says("Mia " + tag, kept).says("Mia " + tag, dropped).post().statusCode(201).extract().jsonPath();
        String reassigned = correct(reassign(first.getString("id"), first, 0, Map.of("name", "Ole " + tag, "kind", "person"),
                "Ole said it")).statusCode(201).extract().path("id");
        String hidden = correct(hide(first.getString("id"), first, 1, "a social media prompt")).statusCode(201).extract().path("id");

        JsonPath revision = Docs.text("UPDATED: Mia " + tag + " said " + kept + ". Roads stay shut " + tag + ", she said.")
                .with("url", url).says("Mia " + tag, kept).says("Mia " + tag, "Roads stay shut " + tag)
                .post().statusCode(201).extract().jsonPath();
        String revisionId = revision.getString("id");

        given().get("/documents/" + revisionId).then()
                .body("revisionOf", equalTo(first.getString("id")))
                .body("statements[0].corrected.corrections", contains(reassigned))
                .body("statements[1].corrected", nullValue());
        given().queryParam("speaker", "Ole " + tag).get("/claims").then()
                .body("items.text", contains(kept))
                .body("items[0].appearances.documentId", contains(revisionId));
        given().get("/corrections/" + reassigned).then()
                .body("targets.documentId", contains(first.getString("id"), revisionId))
                .body("targets[1].status", equalTo("applied"))
                .body("targets[1].span.start", equalTo(revision.getInt("statements[0].span.start")));
        given().get("/corrections/" + hidden).then()
                .body("targets[1].documentId", equalTo(revisionId))
                .body("targets[1].status", equalTo("missing"))
                .body("targets[1].note", containsString("no longer has this statement"));
        given().queryParam("document", revisionId).get("/corrections").then().body("items", hasSize(2));
    }

    @Test
    void anEditorEditsMergesAndSplitsSpeakersAndUndoesEach() {
        String tag = Docs.letters();
        JsonPath a = Docs.text("Nils " + tag + " said taxes rise " + tag + ".").says("Nils " + tag, "taxes rise " + tag)
                .post().statusCode(201).extract().jsonPath();
        JsonPath b = Docs.text("N. " + tag + " Berg said ports close " + tag + ".").says("N. " + tag + " Berg", "ports close " + tag)
                .post().statusCode(201).extract().jsonPath();
        String nils = a.getString("statements[0].speakerId");
        String berg = b.getString("statements[0].speakerId");

        String edit = correct(input(new HashMap<>(Map.of("action", "edit-speaker", "speaker", nils, "reason", "full name",
                "edit", Map.of("name", "Nils " + tag + " Berg", "aliases", List.of("Nils " + tag, "N. Berg"),
                        "roles", List.of(Map.of("role", "port director", "seen", "2025-06-01"))))))).statusCode(201)
                .body("before.name", equalTo("Nils " + tag)).body("after.name", equalTo("Nils " + tag + " Berg"))
                .extract().path("id");
        given().get("/speakers/" + nils).then().body("name", equalTo("Nils " + tag + " Berg"))
                .body("role", equalTo("port director")).body("aliases", hasItem("N. Berg"));
        given().queryParam("speaker", "Nils " + tag + " Berg").get("/claims").then().body("items", hasSize(1));

        String merge = correct(input(new HashMap<>(Map.of("action", "merge", "speaker", berg, "into", nils,
                "reason", "the same port director")))).statusCode(201).extract().path("id");
        given().get("/speakers/" + berg).then().body("id", equalTo(nils)).body("claimCount", is(2))
                .body("merges.reason", hasItem(containsString("the same port director")));
        given().queryParam("speaker", nils).get("/claims").then().body("items", hasSize(2));
        correct(input(new HashMap<>(Map.of("action", "merge", "speaker", berg, "into", nils, "reason", "again")))).statusCode(409);

        // split back, the editor choosing that Berg's statement goes with Nils and Nils's with Berg
        String split = correct(input(new HashMap<>(Map.of("action", "split", "speaker", berg, "reason", "two people after all",
                "statements", List.of(statement(a.getString("id"), a, 0)))))).statusCode(201)
                .body("targets", hasSize(2)).extract().path("id");
        given().get("/speakers/" + berg).then().body("id", equalTo(berg)).body("claimCount", is(1));
        given().queryParam("speaker", berg).get("/claims").then().body("items.text", contains("taxes rise " + tag));
        given().queryParam("speaker", nils).get("/claims").then().body("items.text", contains("ports close " + tag));

        undo(split).statusCode(201);
        given().get("/speakers/" + berg).then().body("id", equalTo(nils)).body("claimCount", is(2));
        given().queryParam("speaker", berg).get("/claims").then().body("items", hasSize(2));
        undo(merge).statusCode(201);
        given().get("/speakers/" + berg).then().body("id", equalTo(berg));
        given().queryParam("speaker", berg).get("/claims").then().body("items.text", contains("ports close " + tag));
        undo(edit).statusCode(201);
        given().get("/speakers/" + nils).then().body("name", equalTo("Nils " + tag)).body("role", nullValue());
        undo(edit).statusCode(409);
        given().queryParam("speaker", nils).get("/corrections").then().body("items", hasSize(6));
    }

    @Test
    void anEditorMovesAStatementsBoundariesAndType() {
        String tag = Docs.letters();
        String text = "Olga " + tag + " said that the dam is safe " + tag + " and will hold.";
        JsonPath doc = Docs.text(text).says("Olga " + tag, "that the dam is safe " + tag).post().statusCode(201).extract().jsonPath();
        int start = text.indexOf("the dam");
        int end = text.indexOf(" and will hold") + " and will hold".length();
        correct(input(new HashMap<>(Map.of("action", "edit-statement", "statement", statement(doc.getString("id"), doc, 0),
                "span", Map.of("start", start, "end", end), "type", "indirect", "reason", "no leading that; the clause runs on"))))
                .statusCode(201).body("after.text", equalTo(text.substring(start, end)));

        given().get("/documents/" + doc.getString("id")).then()
                .body("statements[0].content", equalTo(text.substring(start, end)))
                .body("statements[0].span.start", is(start)).body("statements[0].type", equalTo("indirect"));
        given().queryParam("speaker", "Olga " + tag).get("/claims").then()
                .body("items.text", contains(text.substring(start, end))).body("items[0].type", equalTo("indirect"))
                .body("items[0].appearances[0].span.end", is(end));
        correct(input(new HashMap<>(Map.of("action", "edit-statement", "statement", statement(doc.getString("id"), doc, 0),
                "span", Map.of("start", 3, "end", text.length() + 5), "reason", "beyond the text")))).statusCode(400);
    }

    @Test
    void aRetryWithItsIdempotencyKeyGetsTheFirstRecordFinishedAndAReuseIsRefused() {
        String tag = Docs.letters();
        JsonPath doc = Docs.text("Emil " + tag + " said ports reopen " + tag + ".").says("Emil " + tag, "ports reopen " + tag)
                .post().statusCode(201).extract().jsonPath();
        Map<String, Object> body = hide(doc.getString("id"), doc, 0, "boilerplate");
        body.put("idempotencyKey", "k-" + tag);
        String id = correct(body).statusCode(201).extract().path("id");

        correct(body).statusCode(200).body("id", equalTo(id));
        given().queryParam("document", doc.getString("id")).get("/corrections").then().body("items", hasSize(1));

        Map<String, Object> other = hide(doc.getString("id"), doc, 0, "another reason");
        other.put("idempotencyKey", "k-" + tag);
        correct(other).statusCode(422).contentType("application/problem+json");

        // as if a store error had ended the first call after its pending record, the service running on: the retry
        // finishes it before it answers
        leftPending(id, doc);
        given().get("/corrections/" + id).then().statusCode(404);
        correct(body).statusCode(200).body("id", equalTo(id));
        given().get("/corrections/" + id).then().statusCode(200).body("status", equalTo("applied"));
        given().get("/documents/" + doc.getString("id")).then().body("statements[0].corrected.hidden", is(true))
                .body("statements[0].claimId", nullValue());
        assertEquals(0, StoredDocument.mongoDatabase().getCollection("appearances")
                .countDocuments(new Document("documentId", doc.getString("id"))));
        assertEquals(0, StoredDocument.mongoDatabase().getCollection("pending_corrections")
                .countDocuments(new Document("_id", id)));
    }

    @Test
    void aSplitReadsTheDocumentsOfTheSpeakersStatementsTogether() {
        String tag = Docs.letters();
        String berg = "Ola " + tag + " Berg";
        JsonPath three = Docs.text("Berg said one " + tag + ", two " + tag + " and three " + tag + ".")
                .says(berg, "one " + tag).says(berg, "two " + tag).says(berg, "three " + tag)
                .post().statusCode(201).extract().jsonPath();
        Docs.text("Berg said four " + tag + ".").says(berg, "four " + tag).postAndGetId();
        String bergId = three.getString("statements[0].speakerId");
        String nils = Docs.text("Nils " + tag + " said five " + tag + ".").says("Nils " + tag, "five " + tag)
                .post().statusCode(201).extract().path("statements[0].speakerId");
        correct(input(new HashMap<>(Map.of("action", "merge", "speaker", bergId, "into", nils, "reason", "one man"))))
                .statusCode(201);

        reads.reset();
        // none chosen: each of Berg's four statements goes with Nils
        correct(input(new HashMap<>(Map.of("action", "split", "speaker", bergId, "reason", "two men", "statements",
                List.of())))).statusCode(201).body("targets", hasSize(4));
        // the plan's one find of their two documents (one by appearance, four, before), then the derivation's one
        // (one by target, four, before); of corrections the derivation's (four before): a request without a key looks
        // for a failed call of its own among the pending markers, not among the corrections
        assertEquals(1 + 1, reads.finds("documents"));
        assertEquals(1, reads.finds("corrections"));

        given().queryParam("speaker", nils).get("/claims").then().body("items", hasSize(5));
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        String tag = Docs.letters();
        JsonPath doc = Docs.text("Fay " + tag + " said fares rise " + tag + ".").says("Fay " + tag, "fares rise " + tag)
                .post().statusCode(201).extract().jsonPath();
        String documentId = doc.getString("id");
        Map<String, Object> noReason = hide(documentId, doc, 0, "x");
        request(noReason).remove("reason");
        correct(noReason).statusCode(400).contentType("application/problem+json");
        correct(hide(documentId, doc, 0, "x".repeat(281))).statusCode(400);
        Map<String, Object> badAction = hide(documentId, doc, 0, "x");
        request(badAction).put("action", "delete");
        correct(badAction).statusCode(400);
        Map<String, Object> wrongSpan = hide(documentId, doc, 0, "x");
        request(wrongSpan).put("statement", Map.of("document", documentId, "span", Map.of("start", 0, "end", 3)));
        correct(wrongSpan).statusCode(404).body("detail", containsString("No statement"));
        correct(reassign(documentId, doc, 0, Map.of("id", "sp_nobody"), "x")).statusCode(404);

        given().queryParam("document", documentId).get("/corrections").then().body("items", hasSize(0));
        given().get("/documents/" + documentId).then().body("statements[0].corrected", nullValue());
    }

    @Test
    void aCorrectionACrashLeftPendingIsFinishedOnRecovery() {
        String tag = Docs.letters();
        JsonPath doc = Docs.text("Gus " + tag + " said rail strikes end " + tag + ".").says("Gus " + tag, "rail strikes end " + tag)
                .post().statusCode(201).extract().jsonPath();
        String id = correct(hide(doc.getString("id"), doc, 0, "an ad")).statusCode(201).extract().path("id");
        // as if the process died after storing the pending record, before any derived write
        leftPending(id, doc);

        corrections.recover();

        given().get("/corrections/" + id).then().statusCode(200).body("status", equalTo("applied"));
        given().queryParam("speaker", "Gus " + tag).get("/claims").then().body("items", hasSize(0));
    }

    @Test
    void anUndoIsRetriedByItsKeyAndOneRefusedIsAProblemThatStoresNothing() {
        String tag = Docs.letters();
        JsonPath doc = said("Ida " + tag, "dams hold " + tag);
        String documentId = doc.getString("id");
        String hidden = correct(hide(documentId, doc, 0, "an ad")).statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(Map.of("by", "desk-editor", "reason", "not an ad",
                "idempotencyKey", "u-" + tag));
        String undone = undo(hidden, body).statusCode(201).extract().path("id");
        undo(hidden, body).statusCode(200).body("id", equalTo(undone));
        body.put("reason", "another reason");
        undo(hidden, body).statusCode(422).contentType("application/problem+json");

        // an undo of an undo, of an unknown correction, without a reason, of one undone already
        undo(undone).statusCode(400).contentType("application/problem+json");
        undo("co_" + tag).statusCode(404).contentType("application/problem+json");
        undo(hidden, Map.of("by", "desk-editor")).statusCode(400).contentType("application/problem+json");
        undo(hidden).statusCode(409).contentType("application/problem+json");

        given().queryParam("document", documentId).get("/corrections").then().body("items.id", contains(hidden, undone));
        given().get("/corrections/" + hidden).then().body("status", equalTo("undone")).body("undoneBy", equalTo(undone));
        given().get("/corrections/" + undone).then().body("status", equalTo("applied"));
        given().get("/documents/" + documentId).then().body("statements[0].corrected", nullValue())
                .body("statements[0].claimId", equalTo(doc.getString("statements[0].claimId")));
    }

    /** A stored document of one statement: the person said it. */
    private static JsonPath said(String name, String content) {
        return Docs.text(name + " said " + content + ".").says(name, content).post().statusCode(201).extract().jsonPath();
    }

    /**
     * The store as a write of the hide of the document's first statement leaves it when it ends after the pending
     * record, before any derived write: the statement's appearance still there, the record pending, its marker set.
     */
    private static void leftPending(String id, JsonPath doc) {
        var appearances = StoredDocument.mongoDatabase().getCollection("appearances");
        appearances.insertOne(new Document("_id", doc.getString("id") + ":" + doc.getInt("statements[0].span.start") + "-"
                + doc.getInt("statements[0].span.end")).append("claimId", doc.getString("statements[0].claimId"))
                .append("speakerId", doc.getString("statements[0].speakerId")).append("documentId", doc.getString("id"))
                .append("seenAt", new java.util.Date()));
        var records = StoredDocument.mongoDatabase().getCollection("corrections");
        records.updateOne(new Document("_id", id), new Document("$set", new Document("state", "pending")));
        StoredDocument.mongoDatabase().getCollection("pending_corrections").insertOne(new Document("_id", id));
    }

    static ValidatableResponse undo(String id) {
        return undo(id, Map.of("by", "desk-editor", "reason", "undo " + id));
    }

    private static ValidatableResponse undo(String id, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/corrections/" + id + "/undo").then();
    }

    static ValidatableResponse correct(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/corrections").then();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> request(Map<String, Object> body) {
        return (Map<String, Object>) body.get("request");
    }

    static Map<String, Object> statement(String documentId, JsonPath doc, int index) {
        return Map.of("document", documentId, "span", Map.of("start", doc.getInt("statements[" + index + "].span.start"),
                "end", doc.getInt("statements[" + index + "].span.end")));
    }

    static Map<String, Object> hide(String documentId, JsonPath doc, int index, String reason) {
        return input(new HashMap<>(Map.of("action", "hide", "statement", statement(documentId, doc, index), "reason", reason)));
    }

    static Map<String, Object> reassign(String documentId, JsonPath doc, int index, Map<String, Object> to, String reason) {
        return input(new HashMap<>(Map.of("action", "reassign", "statement", statement(documentId, doc, index), "to", to,
                "reason", reason)));
    }

    static Map<String, Object> input(Map<String, Object> request) {
        Map<String, Object> body = new HashMap<>();
        body.put("by", "desk-editor");
        body.put("request", request);
        return body;
    }
}
