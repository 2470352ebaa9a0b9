package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class DocumentResourceTest {

    @Inject
    StoreReads reads;

    @Test
    void storesADocumentAndReadsItBack() {
        String tag = Docs.unique();
        String text = "MOSCOW, June 4 (TASS). Putin told Trump talks with Ukraine in Turkey were useful " + tag
                + ", Kremlin aide Yury Ushakov said.";
        String id = Docs.text(text)
                .with("url", "https://tass.com/" + tag).with("title", "Putin told Trump " + tag)
                .with("published", "2025-06-04")
                .with("dateline", Map.of("place", "MOSCOW", "date", "2025-06-04", "wire", "TASS"))
                .says("Yury Ushakov", "Kremlin aide", "person",
                        "Putin told Trump talks with Ukraine in Turkey were useful " + tag, "indirect")
                .post().statusCode(201)
                .header("Location", containsString("/documents/"))
                .body("repeat", is(false))
                .body("revisionOf", nullValue())
                .body("contentHash", notNullValue())
                .body("ingestedAt", notNullValue())
                .body("statements", hasSize(1))
                .body("statements[0].claimId", startsWith("cl_"))
                .body("statements[0].speakerId", startsWith("sp_"))
                .extract().path("id");

        given().get("/documents/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("text", equalTo(text))
                .body("source", equalTo("TASS"))
                .body("published", equalTo("2025-06-04"))
                .body("dateline.place", equalTo("MOSCOW"))
                .body("statements[0].speaker.name", equalTo("Yury Ushakov"))
                .body("statements[0].speaker.role", equalTo("Kremlin aide"))
                .body("statements[0].span.start", is(text.indexOf("Putin told")))
                .body("statements[0].type", equalTo("indirect"))
                .body("statements[0].confidence", is(0.9f));
    }

    @Test
    void repeatIngestIsIdempotent() {
        String tag = Docs.unique();
        Docs doc = Docs.text("Peskov said \"we are ready " + tag + "\" on Tuesday.")
                .with("url", "https://example.org/" + tag)
                .says("Dmitry Peskov", "we are ready " + tag);
        String id = doc.postAndGetId();
        String claimId = given().get("/documents/" + id).then().extract().path("statements[0].claimId");

        doc.post().statusCode(200).body("id", equalTo(id)).body("repeat", is(true))
                .body("statements[0].claimId", equalTo(claimId));
        // same text from another URL is the same content: still a repeat
        doc.with("url", "https://mirror.example.org/" + tag).post().statusCode(200).body("id", equalTo(id));

        given().queryParam("q", tag).get("/claims").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].appearanceCount", is(1))
                .body("items[0].appearances", hasSize(1));
        given().queryParam("source", "TASS").queryParam("from", "2000-01-01").get("/documents").then()
                .statusCode(200);
    }

    @Test
    void changedTextAtAKnownUrlIsARevision() {
        String tag = Docs.unique();
        String url = "https://example.org/story/" + tag;
        String first = Docs.text("First version " + tag).with("url", url).postAndGetId();
        String second = Docs.text("Second version " + tag).with("url", url).post().statusCode(201)
                .body("revisionOf", equalTo(first)).extract().path("id");
        Docs.text("Third version " + tag).with("url", url).post().statusCode(201)
                .body("revisionOf", equalTo(second));
    }

    @Test
    void aListAddsTheTextAndTheStatementsAsCorrectedOnlyWhenAskedTo() {
        String tag = Docs.unique();
        String source = "Outlet " + tag;
        String text = "Carla " + tag + " said the bridge opens in May " + tag + ". Subscribe now " + tag + ".";
        JsonPath doc = Docs.text(text).with("source", source)
                .says("Carla " + tag, "the bridge opens in May " + tag).says("Carla " + tag, "Subscribe now " + tag)
                .post().statusCode(201).extract().jsonPath();
        String id = doc.getString("id");
        CorrectionResourceTest.correct(CorrectionResourceTest.hide(id, doc, 1, "a newsletter prompt")).statusCode(201);
        List<Object> asRead = given().get("/documents/" + id).then().extract().path("statements");

        given().queryParam("source", source).get("/documents").then().statusCode(200)
                .body("items[0].id", equalTo(id))
                .body("items[0].statementCount", is(2))
                .body("items[0]", not(hasKey("text")))
                .body("items[0]", not(hasKey("statements")));
        given().queryParam("source", source).queryParam("include", "text,statements").get("/documents").then().statusCode(200)
                .body("items[0].text", equalTo(text))
                .body("items[0].statements", equalTo(asRead))
                .body("items[0].statements[1].corrected.hidden", is(true));
        given().queryParam("source", source).queryParam("include", "statements").get("/documents").then().statusCode(200)
                .body("items[0]", not(hasKey("text")))
                .body("items[0].statements", hasSize(2));
        given().queryParam("include", "everything").get("/documents").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aListOfCorrectedDocumentsReadsTheirCorrectionsAndClaimsOnceForThePage() {
        String tag = Docs.letters();
        String source = "Outlet " + tag;
        List<String> extracted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String text = "Vera " + tag + " said wells dry up " + i + tag + ". Buy now " + i + tag + ". Mines close " + i + tag + ".";
            JsonPath doc = Docs.text(text).with("source", source).with("published", "2025-06-0" + (i + 1))
                    .says("Vera " + tag, "wells dry up " + i + tag).says("Vera " + tag, "Buy now " + i + tag)
                    .says("Vera " + tag, "Mines close " + i + tag).post().statusCode(201).extract().jsonPath();
            String id = doc.getString("id");
            CorrectionResourceTest.correct(CorrectionResourceTest.reassign(id, doc, 0,
                    Map.of("name", "Ivo " + tag + " Kade", "kind", "person"), "Ivo said it")).statusCode(201);
            CorrectionResourceTest.correct(CorrectionResourceTest.hide(id, doc, 1, "an advert")).statusCode(201);
            extracted.add(0, doc.getString("statements[2].claimId"));
        }
        String ivosClaim = given().queryParam("speaker", "Ivo " + tag + " Kade").queryParam("q", "wells dry up 0" + tag)
                .get("/claims").then().body("items", hasSize(1)).extract().path("items[0].id");

        reads.reset();
        JsonPath listed = given().queryParam("source", source).queryParam("include", "statements").get("/documents")
                .then().statusCode(200).body("items", hasSize(3)).extract().jsonPath();
        // newest first: the last document's statements as corrected, each claim the one its statement now makes
        assertEquals(ivosClaim, listed.getString("items[2].statements[0].claimId"));
        assertEquals(false, listed.getBoolean("items[2].statements[0].corrected.hidden"));
        for (int i = 0; i < 3; i++) {
            String statements = "items[" + i + "].statements";
            assertNotEquals(listed.getString(statements + "[0].claimId"), extracted.get(i));
            assertEquals(true, listed.getBoolean(statements + "[1].corrected.hidden"));
            assertNull(listed.getString(statements + "[1].claimId"));
            assertNull(listed.get(statements + "[2].corrected"));
            assertEquals(extracted.get(i), listed.getString(statements + "[2].claimId"));
        }
        // the page, its corrections, the appearances of its corrected statements: not a read per document
        assertEquals(1, reads.finds("documents"));
        assertEquals(1, reads.finds("corrections"));
        assertEquals(1, reads.finds("appearances"));
    }

    @Test
    void aDocumentsClaimsAreTheStatementsOnesAsEachReadsAloneReadTogether() {
        String tag = Docs.letters();
        String text = "Rhea " + tag + " said dunes move " + tag + ". Buy now " + tag + ". Tor " + tag + " said dunes move "
                + tag + " too. Rhea " + tag + " added: dunes move " + tag + ". Gulls nest " + tag + ".";
        String said = "dunes move " + tag;
        int again = text.lastIndexOf(said + ".");
        JsonPath doc = Docs.text(text).says("Rhea " + tag, "dunes move " + tag).says("Rhea " + tag, "Buy now " + tag)
                .says("Tor " + tag, "dunes move " + tag + " too").says("Rhea " + tag, "Gulls nest " + tag)
                // the same claim again, later in the text
                .says("Rhea " + tag, "dunes move " + tag).last("span", Map.of("start", again, "end", again + said.length()))
                .post().statusCode(201).extract().jsonPath();
        String id = doc.getString("id");
        CorrectionResourceTest.correct(CorrectionResourceTest.hide(id, doc, 1, "an advert")).statusCode(201);
        CorrectionResourceTest.correct(CorrectionResourceTest.reassign(id, doc, 3,
                Map.of("name", "Tor " + tag, "kind", "person"), "Tor said it")).statusCode(201);
        List<String> ids = new ArrayList<>();
        for (Object claimId : given().get("/documents/" + id).then().extract().jsonPath().getList("statements.claimId")) {
            if (claimId != null && !ids.contains(claimId)) {
                ids.add((String) claimId);
            }
        }
        assertEquals(3, ids.size(), "the hidden statement makes none: " + ids);
        List<Object> alone = new ArrayList<>();
        ids.forEach(claimId -> alone.add(given().get("/claims/" + claimId).then().statusCode(200).extract().path("")));

        reads.reset();
        given().get("/documents/" + id + "/claims").then().statusCode(200).body("items", equalTo(alone))
                .body("next", nullValue());
        assertEquals(1, reads.finds("claims"));
        assertEquals(1, reads.finds("speakers"));
        given().get("/documents/doc_" + tag + "/claims").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownDocumentIs404ProblemJson() {
        given().get("/documents/doc_nope").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("detail", containsString("doc_nope"));
    }

    @Test
    void badInputIs400ProblemJson() {
        post(Map.of("source", "TASS")).statusCode(400).contentType("application/problem+json");
        post(Map.of("text", "  ")).statusCode(400).contentType("application/problem+json");
        post(Map.of("text", "Some text", "published", "yesterday")).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("published"));
        post(Map.of("text", "Short", "statements", List.of(Map.of("speaker", Map.of("name", "A"),
                "content", "Short", "span", Map.of("start", 0, "end", 99))))).statusCode(400)
                .body("detail", containsString("span"));
        post(Map.of("text", "Short", "statements", List.of(Map.of("speaker", Map.of("name", "A", "kind", "alien"),
                "content", "Short", "span", Map.of("start", 0, "end", 5))))).statusCode(400);
        given().contentType(ContentType.JSON).body("{not json").post("/documents").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("from", "04/06/2025").get("/documents").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aStatementWhoseSpanDoesNotHoldItsContentIsRefusedAndNothingIsStored() {
        String tag = Docs.unique();
        String text = "Mayor Ines Roth said the bridge will reopen in May " + tag + ".";
        int start = text.indexOf("the bridge");
        int end = text.length() - 1;
        Docs forged = Docs.text(text).says("Ines Roth", "the bridge will reopen in May " + tag)
                // a forged statement: a real span of the text, with words the text does not contain
                .says("Forged Speaker" + tag, "the bridge will reopen in May " + tag).last("content", "taxes will double " + tag);
        forged.post().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("statements[1].span"))
                .body("detail", containsString("taxes will double"))
                .body("violations[0].field", equalTo("statements[1].span"))
                .body("violations[0].in", equalTo("body"))
                .body("violations[0].message", containsString("not the statement's content"))
                .body("violations[0].size()", is(3));
        // the same words, a character off: a span must hold the content exactly
        Docs.text(text).saysAt("Ines Roth", "the bridge will reopen in May " + tag, start + 1, end + 1)
                .post().statusCode(400).body("detail", containsString("statements[0].span"));

        given().queryParam("speaker", "Forged Speaker" + tag).get("/claims").then().body("items", hasSize(0));
        given().queryParam("speaker", "Ines Roth").queryParam("q", tag).get("/claims").then().body("items", hasSize(0));
        // nothing of the refused document was kept: the honest one is new, not a repeat
        Docs.text(text).says("Ines Roth", "the bridge will reopen in May " + tag).post().statusCode(201)
                .body("repeat", is(false));
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/documents").then();
    }
}
