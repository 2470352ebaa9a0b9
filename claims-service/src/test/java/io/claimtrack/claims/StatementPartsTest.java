package io.claimtrack.claims;

import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.input;
import static io.claimtrack.claims.CorrectionResourceTest.statement;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.claimtrack.claims.domain.StoredDocument;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A statement a speaker and cue interrupt ("The tolls, the port authority said, will rise") is recorded with its span
 * and content whole and its parts, and the claim is what was said: the parts joined, the same claim as the words
 * printed without the interruption.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class StatementPartsTest {

    @Test
    void theClaimIsWhatWasSaidSoTheSameWordsWithoutTheInterruptionAreTheSameClaim() {
        String tag = Docs.letters();
        String speaker = "Nora Halvorsen " + tag;
        String said = "The harbour tolls " + tag + " will rise in May";
        String interrupted = "The harbour tolls " + tag + ", " + speaker + " said, will rise in May";
        JsonPath first = Docs.text(interrupted + ". The ferries keep their timetable.")
                .says(speaker, interrupted).parts("The harbour tolls " + tag, "will rise in May")
                .post().statusCode(201)
                .body("statements[0].content", equalTo(interrupted))
                .body("statements[0].parts", hasSize(2))
                .extract().jsonPath();
        String claimId = first.getString("statements[0].claimId");
        given().get("/documents/" + first.getString("id")).then()
                .body("statements[0].span.end", is(interrupted.length()))
                .body("statements[0].parts[0].start", is(0))
                .body("statements[0].parts[0].end", is(("The harbour tolls " + tag).length()))
                .body("statements[0].parts[1].start", is(interrupted.indexOf("will rise")))
                .body("statements[0].parts[1].end", is(interrupted.length()));
        given().get("/claims/" + claimId).then()
                .body("text", equalTo(said))
                .body("appearances[0].parts", hasSize(2))
                .body("appearances[0].span.end", is(interrupted.length()));
        // the words a reader searches for are what was said, not the speaker's name in the aside
        given().queryParam("q", "tolls " + tag + " rise").get("/claims").then().body("items.id", contains(claimId));
        given().queryParam("q", "halvorsen " + tag + " tolls").get("/claims").then().body("items", hasSize(0));

        JsonPath other = Docs.text(speaker + " said " + said + ".").with("source", "Harbour Post " + tag)
                .says(speaker, said).post().statusCode(201).extract().jsonPath();
        assertEquals(claimId, other.getString("statements[0].claimId"), "the same words from another outlet");
        given().get("/claims/" + claimId).then().body("appearanceCount", is(2))
                .body("appearances[1]", not(hasKey("parts")));

        // a retry of the same document is a repeat: no second appearance, no second claim
        Docs.text(interrupted + ". The ferries keep their timetable.")
                .says(speaker, interrupted).parts("The harbour tolls " + tag, "will rise in May")
                .post().statusCode(200).body("repeat", is(true)).body("statements[0].claimId", equalTo(claimId))
                .body("statements[0].parts", hasSize(2));
        given().get("/claims/" + claimId).then().body("appearanceCount", is(2));
        given().queryParam("speaker", speaker).get("/claims").then().body("items", hasSize(1));
    }

    @Test
    void partsThatAreNotPiecesOfTheSpanInOrderRefuseTheDocumentAndStoreNothing() {
        String tag = Docs.letters();
        String speaker = "Ivo Marek " + tag;
        String interrupted = "The new bridge " + tag + ", " + speaker + " said, opens in June";
        String text = "Reporters asked about it. " + interrupted + ".";
        int start = text.indexOf(interrupted);
        int end = start + interrupted.length();
        int gapStart = text.indexOf(", " + speaker);
        int gapEnd = text.indexOf("opens");
        Map<String, Long> before = storeCounts();
        refused(text, speaker, interrupted, List.of(span(start, gapStart), span(gapEnd, end + 1)),
                "statements[0].parts[1]", "not within the statement's span");
        refused(text, speaker, interrupted, List.of(span(start - 3, gapStart), span(gapEnd, end)),
                "statements[0].parts[0]", "not within the statement's span");
        refused(text, speaker, interrupted, List.of(span(gapEnd, end), span(start, gapStart)),
                "statements[0].parts[1]", "parts are in order");
        refused(text, speaker, interrupted, List.of(span(start, gapEnd), span(gapStart, end)),
                "statements[0].parts[1]", "parts are in order");
        refused(text, speaker, interrupted, List.of(span(start, gapStart), span(gapEnd, gapEnd)),
                "statements[0].parts[1]", "holds no words");
        refused(text, speaker, interrupted, List.of(span(start, gapStart), span(gapStart + 1, gapStart + 2)),
                "statements[0].parts[1]", "holds no words");
        assertEquals(before, storeCounts(), "a refused document stores nothing");

        Docs.text(text).says(speaker, interrupted).parts("The new bridge " + tag, "opens in June").post().statusCode(201)
                .body("repeat", is(false));
    }

    @Test
    void anEditorsNewSpanKeepsTheInterruptionOutOfWhatWasSaid() {
        String tag = Docs.letters();
        String speaker = "Lena Sauer " + tag;
        String interrupted = "The depot " + tag + ", " + speaker + " said, will close in winter";
        // a long addition, or the new words would be a near-duplicate of the old claim and join it
        String text = interrupted + " for repairs to the old northern sea wall and its locks.";
        JsonPath doc = Docs.text(text).says(speaker, interrupted).parts("The depot " + tag, "will close in winter")
                .post().statusCode(201).extract().jsonPath();
        correct(input(new HashMap<>(Map.of("action", "edit-statement", "statement", statement(doc.getString("id"), doc, 0),
                "span", Map.of("start", 0, "end", text.length() - 1), "reason", "the repairs are part of it"))))
                .statusCode(201);

        given().get("/documents/" + doc.getString("id")).then()
                .body("statements[0].content", equalTo(text.substring(0, text.length() - 1)))
                .body("statements[0].parts[1].end", is(text.length() - 1));
        given().queryParam("speaker", speaker).get("/claims").then()
                .body("items.text", contains("The depot " + tag + " will close in winter for repairs to the old northern sea wall and its locks"));
    }

    @Test
    void theExportGivesWhatWasSaidInPartsAsTheScorersGoldFormatDoes() throws Exception {
        String tag = Docs.letters();
        String speaker = "Aino Kask " + tag;
        String interrupted = "Rents " + tag + ", " + speaker + " said, will fall";
        String text = interrupted + ". Sign up for our newsletter " + tag + ".";
        JsonPath doc = Docs.text(text).says(speaker, interrupted).parts("Rents " + tag, "will fall")
                .says(speaker, "Sign up for our newsletter " + tag).post().statusCode(201).extract().jsonPath();
        String id = doc.getString("id");
        correct(CorrectionResourceTest.hide(id, doc, 1, "a newsletter prompt")).statusCode(201);

        JsonNode line = CorrectionExportTest.exported(id);
        GoldFormat.check(line);
        JsonNode only = line.path("statements").get(0);
        assertEquals("Rents " + tag + " will fall", only.path("content").asText());
        assertEquals(2, only.path("content_spans").size(), line.toString());
    }

    private static void refused(String text, String speaker, String content, List<Map<String, Integer>> parts,
            String field, String why) {
        Docs.text(text).says(speaker, content).last("parts", parts).post().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(field))
                .body("detail", containsString("nothing was stored"))
                .body("violations[0].field", equalTo(field))
                .body("violations[0].in", equalTo("body"))
                .body("violations[0].message", containsString(why));
    }

    private static Map<String, Integer> span(int start, int end) {
        return Map.of("start", start, "end", end);
    }

    /** Documents of every collection of the store: what a refused request must leave as it was. */
    private static Map<String, Long> storeCounts() {
        Map<String, Long> counts = new TreeMap<>();
        var db = StoredDocument.mongoDatabase();
        for (String name : db.listCollectionNames()) {
            counts.put(name, db.getCollection(name).countDocuments());
        }
        return counts;
    }
}
