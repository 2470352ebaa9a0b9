package io.claimtrack.claims;

import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.input;
import static io.claimtrack.claims.CorrectionResourceTest.statement;
import static io.claimtrack.claims.CorrectionResourceTest.undo;
import static io.claimtrack.claims.DocumentBatchGroupingTest.capital;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Corrections made on corrections, and a document coming again after one: what a reader then sees is the last
 * correction's word, every claim once.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class CorrectionChainsTest {

    /** A span edited twice: the document and the listing show the second edit only, the first's claim nowhere. */
    @Test
    void aStatementEditedTwiceShowsTheSecondEditOnly() {
        String tag = Docs.letters();
        List<JsonPath> posted = InterruptedCorrectionTest.irinaAndOlga(tag);
        JsonPath first = posted.get(0);
        String documentId = first.getString("id");
        int start = first.getInt("statements[0].span.start");
        String once = "rates of " + tag;
        correct(edit(documentId, first, start, start + once.length(), "without the verb")).statusCode(201);
        // the statement is named by its span as extracted (StatementRef), whatever an edit made of it
        correct(edit(documentId, first, start + "rates of ".length(), start + once.length(), "the place only"))
                .statusCode(201);

        given().get("/documents/" + documentId).then().body("statements[0].content", equalTo(tag))
                .body("statements[1].content", equalTo("ports of " + tag + " reopen"));
        given().queryParam("speaker", "Irina " + capital(tag)).get("/claims").then().statusCode(200)
                .body("items.text", containsInAnyOrder(tag, "ports of " + tag + " reopen"));
        given().get("/speakers/" + first.getString("statements[0].speakerId")).then().body("claimCount", is(2));
    }

    /** An undo cannot be undone (400): the editor records the correction again; nothing changes meanwhile. */
    @Test
    void anUndoOfAnUndoIsRefusedAndChangesNothing() {
        String tag = Docs.letters();
        JsonPath first = InterruptedCorrectionTest.irinaAndOlga(tag).get(0);
        String hide = correct(CorrectionResourceTest.hide(first.getString("id"), first, 1, "a slogan")).statusCode(201)
                .extract().path("id");
        String undone = undo(hide).statusCode(201).extract().path("id");
        undo(undone).statusCode(400).contentType("application/problem+json");
        given().queryParam("speaker", "Irina " + capital(tag)).get("/claims").then()
                .body("items.text", containsInAnyOrder("rates of " + tag + " stay", "ports of " + tag + " reopen"));
        given().get("/corrections/" + hide).then().body("status", equalTo("undone"));
    }

    /** Merged, split, merged again: one speaker with all three claims, the other's id leading to her. */
    @Test
    void aMergeAfterASplitJoinsThemAgain() {
        String tag = Docs.letters();
        List<String> merged = merged(tag);
        String irina = merged.get(0);
        String olga = merged.get(1);
        correct(input(new HashMap<>(Map.of("action", "split", "speaker", olga, "reason", "two people")))).statusCode(201);
        given().get("/speakers/" + olga).then().body("id", equalTo(olga)).body("claimCount", is(1));
        correct(merge(olga, irina, "one person after all")).statusCode(201);

        given().get("/speakers/" + olga).then().body("id", equalTo(irina)).body("claimCount", is(3));
        given().queryParam("speaker", irina).get("/claims").then().body("items.text", containsInAnyOrder(
                "rates of " + tag + " stay", "ports of " + tag + " reopen", "fares of " + tag + " rise"));
    }

    /**
     * Merged, then the merged-away speaker's document sent again (a repeat: nothing moves) and a new one of hers: her
     * new statement goes to the speaker she was merged into, as a reader of the merge expects, not to a new Olga.
     */
    @Test
    void aMergedSpeakersDocumentSentAgainAndHerNextStayWithTheKeptSpeaker() {
        String tag = Docs.letters();
        List<String> merged = merged(tag);
        String irina = merged.get(0);
        String olga = merged.get(1);
        String olgaName = "Olga " + capital(tag) + "ova";
        String fares = "fares of " + tag + " rise";
        Docs.text(olgaName + " said \"" + fares + "\".").with("source", "Wire " + tag).with("published", "2026-04-02")
                .says(olgaName, fares).post().statusCode(200).body("repeat", is(true));
        String tolls = "tolls of " + tag + " go";
        String hers = Docs.text(olgaName + " said \"" + tolls + "\".").with("source", "Wire " + tag)
                .with("published", "2026-04-03").says(olgaName, tolls).post().statusCode(201).extract()
                .path("statements[0].speakerId");
        given().get("/speakers/" + hers).then().body("id", equalTo(irina));

        given().get("/speakers/" + irina).then().body("claimCount", is(4));
        given().queryParam("speaker", irina).get("/claims").then().body("items.text", containsInAnyOrder(tolls, fares,
                "ports of " + tag + " reopen", "rates of " + tag + " stay"));
    }

    private static Map<String, Object> edit(String documentId, JsonPath doc, int start, int end, String reason) {
        return input(new HashMap<>(Map.of("action", "edit-statement", "statement", statement(documentId, doc, 0),
                "span", Map.of("start", start, "end", end), "reason", reason)));
    }

    /** {@link InterruptedCorrectionTest#irinaAndOlga}'s documents, Olga merged into Irina: Irina's id and Olga's. */
    private static List<String> merged(String tag) {
        List<JsonPath> posted = InterruptedCorrectionTest.irinaAndOlga(tag);
        String irina = posted.get(0).getString("statements[0].speakerId");
        String olga = posted.get(1).getString("statements[0].speakerId");
        correct(merge(olga, irina, "one person")).statusCode(201);
        return List.of(irina, olga);
    }

    private static Map<String, Object> merge(String speaker, String into, String reason) {
        return input(new HashMap<>(Map.of("action", "merge", "speaker", speaker, "into", into, "reason", reason)));
    }
}
