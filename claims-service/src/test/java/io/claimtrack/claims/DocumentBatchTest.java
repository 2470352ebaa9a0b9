package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class DocumentBatchTest {

    @Inject
    StoreReads store;

    @Test
    void eachDocumentGetsItsOwnOutcomeAndARefusedOneStoresNothing() {
        String tag = Docs.unique();
        Map<String, Object> first = Docs.text("Peskov said \"first " + tag + "\" on Tuesday.")
                .says("Dmitry Peskov", "first " + tag).body();
        String forger = Docs.letters();
        Map<String, Object> badSpan = Docs.text("Lavrov said \"forged " + tag + "\" on Tuesday.")
                .with("source", "Outlet " + forger).saysAt("Sergey " + forger, "forged " + tag, 0, 6).body();
        Map<String, Object> noText = new HashMap<>(Docs.text("Zakharova said \"nothing " + tag + "\".")
                .says("Maria Zakharova", "nothing " + tag).body());
        noText.remove("text");
        Map<String, Object> badDate = Docs.text("Ushakov said \"undated " + tag + "\" on Tuesday.")
                .says("Yury Ushakov", "undated " + tag).with("published", "June 4").body();
        Map<String, Object> last = Docs.text("Peskov said \"last " + tag + "\" on Wednesday.")
                .says("Dmitry Peskov", "last " + tag).body();

        JsonPath results = postBatch(List.of(first, badSpan, noText, badDate, last)).statusCode(200)
                .body("results", hasSize(5))
                .body("results[0].status", is(201)).body("results[0].repeat", is(false))
                .body("results[0].statements", is(1))
                .body("results[1].status", is(400)).body("results[1].title", equalTo("Bad Request"))
                .body("results[1].violations[0].field", equalTo("statements[0].span"))
                .body("results[1].violations[0].in", equalTo("body"))
                .body("results[1].violations[0].message", containsString("not the statement's content"))
                .body("results[1].detail", containsString("nothing was stored"))
                .body("results[1].id", nullValue())
                .body("results[2].status", is(400)).body("results[2].violations[0].field", equalTo("text"))
                .body("results[3].status", is(400)).body("results[3].detail", containsString("published"))
                .body("results[4].status", is(201))
                .extract().jsonPath();

        // the refused documents left no claim, speaker or outlet behind; the others are whole
        given().queryParam("q", tag).get("/claims").then().statusCode(200).body("items", hasSize(2));
        given().queryParam("q", forger).get("/speakers").then().statusCode(200).body("items", hasSize(0));
        given().get("/sources").then().statusCode(200).body("items.source", not(hasItem("Outlet " + forger)));
        given().get("/documents/" + results.getString("results[4].id")).then().statusCode(200)
                .body("text", equalTo(last.get("text")))
                .body("statements[0].claimId", startsWith("cl_"));
    }

    @Test
    void aRetriedBatchDuplicatesNothing() {
        String tag = Docs.unique();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(Docs.text("Peskov said \"retry " + i + " " + tag + "\" on Tuesday.")
                    .with("url", "https://example.org/" + tag + "/" + i)
                    .says("Dmitry Peskov", "retry " + i + " " + tag).body());
        }
        List<String> ids = postBatch(batch).statusCode(200).body("results.status", equalTo(List.of(201, 201, 201)))
                .extract().path("results.id");

        postBatch(batch).statusCode(200)
                .body("results.status", equalTo(List.of(200, 200, 200)))
                .body("results.repeat", equalTo(List.of(true, true, true)))
                .body("results.id", equalTo(ids));
        given().queryParam("q", tag).get("/claims").then().statusCode(200)
                .body("items", hasSize(3))
                .body("items.appearanceCount", equalTo(List.of(1, 1, 1)));
    }

    /** Later documents of a batch see the earlier ones, as they would posted one after another. */
    @Test
    void documentsOfABatchAreStoredAsIfPostedInTurn() {
        String tag = Docs.unique();
        String url = "https://example.org/" + tag;
        Docs original = Docs.text("Peskov said \"in turn " + tag + "\" on Tuesday.").with("url", url)
                .says("Dmitry Peskov", "in turn " + tag);
        Map<String, Object> copy = new HashMap<>(original.body());
        copy.put("source", "Reuters");
        copy.put("url", "https://reuters.example/" + tag);
        Map<String, Object> revision = Docs.text("Peskov said \"in turn " + tag + "\" on Tuesday evening.").with("url", url)
                .says("Dmitry Peskov", "in turn " + tag).body();

        JsonPath results = postBatch(List.of(original.body(), original.body(), copy, revision)).statusCode(200)
                .body("results.status", equalTo(List.of(201, 200, 201, 201)))
                .body("results[1].repeat", is(true))
                .extract().jsonPath();
        String originalId = results.getString("results[0].id");
        assertEquals(originalId, results.getString("results[1].id"));
        given().get("/documents/" + results.getString("results[2].id")).then().statusCode(200)
                .body("syndicationOf", equalTo(originalId)).body("source", equalTo("Reuters"));
        given().get("/documents/" + results.getString("results[3].id")).then().statusCode(200)
                .body("revisionOf", equalTo(originalId));
        // one claim: the revision replaced the original's appearance, the copy added its own
        given().queryParam("q", tag).get("/claims").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].appearanceCount", is(2));
    }

    /** The new documents' markers and pending documents are written once for the batch, not once per document. */
    @Test
    void newDocumentsAreBegunInOneWriteOfMarkersAndOneOfDocuments() {
        String tag = Docs.unique();
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(Docs.text("Peskov said \"bulk " + i + " " + tag + "\" on Tuesday.")
                    .says("Dmitry Peskov", "bulk " + i + " " + tag).body());
        }
        store.reset();
        postBatch(batch).statusCode(200).body("results.status", equalTo(List.of(201, 201, 201, 201, 201)));
        assertEquals(1, store.writes("update", "pending_ingests"));
        assertEquals(1, store.writes("insert", "documents"));
        // the outlet once for the batch (its counts move per document, as for single posts)
        assertEquals(1, store.finds("documents"));
        assertEquals(1, store.writes("delete", "pending_ingests"));
    }

    @Test
    void aBatchOverTheLimitsOrNotABatchIsRefusedWhole() {
        String tag = Docs.unique();
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(Docs.text("Peskov said \"many " + i + " " + tag + "\".").says("Dmitry Peskov", "many " + i + " " + tag).body());
        }
        postBatch(tooMany).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("101 documents is over the limit of 100"));
        Map<String, Object> huge = Docs.text("x".repeat(8 * 1024 * 1024) + " " + tag).body();
        postBatch(List.of(huge)).statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("over the limit of 8388608"));
        given().queryParam("q", tag).get("/claims").then().body("items", hasSize(0));

        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(Map.of("documents", List.of())).post("/documents:batch").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("at least one document"));
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"documents\": \"none\"}").post("/documents:batch").then()
                .statusCode(400).contentType("application/problem+json");
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("").post("/documents:batch").then()
                .statusCode(400).contentType("application/problem+json");
        given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"documents\": [null]}").post("/documents:batch").then()
                .statusCode(200).body("results[0].status", is(400));
    }

    static ValidatableResponse postBatch(List<Map<String, Object>> documents) {
        return given().urlEncodingEnabled(false).contentType(ContentType.JSON).body(Map.of("documents", documents)).post("/documents:batch").then();
    }
}
