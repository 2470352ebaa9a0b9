package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What is read back: speaker lookups, outlets, revisions, syndication, generic speakers, spans, dates, roles. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class RecordCorrectnessTest {

    @Test
    void aSpeakerIsFoundByAliasSurnameAndTitledNameWhateverTheCase() {
        String surname = "Putinov" + Docs.letters();
        String content = "the operation goes to plan " + surname;
        String claimId = Docs.text("\"" + content + "\", President Vladimir " + surname + " said.")
                .says("Vladimir " + surname, "President", "person", content, "direct")
                .post().statusCode(201).extract().path("statements[0].claimId");
        for (String query : List.of(surname, surname.toUpperCase() + "!", "President Vladimir " + surname,
                "Russian President Vladimir " + surname, "vladimir " + surname.toLowerCase())) {
            given().queryParam("speaker", query).get("/claims").then().statusCode(200)
                    .body("items.id", contains(claimId));
        }
        given().queryParam("speaker", "Olga " + surname).get("/claims").then().body("items", hasSize(0));
    }

    @Test
    void oneOutletWhateverItsSpellingWithItsAliasesKept() {
        String name = "NOVA" + Docs.letters().toUpperCase();
        String key = name.toLowerCase();
        Docs.text("A said one " + key + ".").with("source", name).says("Anna Aa", "one " + key).postAndGetId();
        Docs.text("A said two " + key + ".").with("source", key).says("Anna Aa", "two " + key).postAndGetId();
        Docs.text("A said three " + key + ".").with("source", "www." + key + ".com")
                .says("Anna Aa", "three " + key).postAndGetId();
        Docs.text("A said four " + key + ".").with("source", name + " Russian News Agency")
                .says("Anna Aa", "four " + key).postAndGetId();

        given().get("/sources").then().statusCode(200)
                .body("items.findAll { it.source.toLowerCase().contains('" + key + "') }", hasSize(1))
                .body("items.find { it.source == '" + name + "' }.documents", is(4))
                .body("items.find { it.source == '" + name + "' }.claims", is(4))
                .body("items.find { it.source == '" + name + "' }.aliases", containsInAnyOrder(key, "www." + key + ".com",
                        name + " Russian News Agency"));
        given().queryParam("source", key).get("/claims").then().body("items", hasSize(4));
        given().queryParam("source", key.toUpperCase() + ".com").get("/documents").then().body("items", hasSize(4))
                .body("items[0].text", nullValue()).body("items[0].statementCount", is(1));
    }

    @Test
    void aRevisionReplacesTheEarlierVersionsAppearances() {
        String tag = Docs.unique();
        String url = "https://example.org/rev/" + tag;
        String source = "Rev" + tag;
        String first = Docs.text("Kept claim " + tag + ". Dropped claim " + tag + ".").with("url", url)
                .with("source", source)
                .says("Rita Revs", "Kept claim " + tag).says("Rita Revs", "Dropped claim " + tag).postAndGetId();
        String dropped = given().get("/documents/" + first).then().extract().path("statements[1].claimId");
        String second = Docs.text("Kept claim " + tag + ". New claim " + tag + ".").with("url", url)
                .with("source", source)
                .says("Rita Revs", "Kept claim " + tag).says("Rita Revs", "New claim " + tag)
                .post().statusCode(201).body("revisionOf", equalTo(first)).extract().path("id");

        given().queryParam("q", tag).get("/claims").then()
                .body("items.text", containsInAnyOrder("Kept claim " + tag, "New claim " + tag))
                .body("items.find { it.text == 'Kept claim " + tag + "' }.appearanceCount", is(1))
                .body("items.find { it.text == 'Kept claim " + tag + "' }.appearances.documentId", contains(second));
        given().get("/claims/" + dropped).then().body("appearanceCount", is(0)).body("appearances", hasSize(0));
        given().get("/documents/" + first).then().body("supersededBy", equalTo(second));
        given().get("/sources").then().body("items.find { it.source == '" + source + "' }.documents", is(1))
                .body("items.find { it.source == '" + source + "' }.claims", is(2));
    }

    @Test
    void aSyndicatedCopyIsAnAppearanceOfItsOutletAndCounted() {
        String tag = Docs.unique();
        Docs original = Docs.text("Syndicated line " + tag + ", said Sam Synd.").with("source", "Orig" + tag)
                .with("url", "https://orig.example/" + tag).with("published", "2025-06-04")
                .says("Sam Synd", "Syndicated line " + tag);
        String first = original.postAndGetId();
        String copy = original.with("source", "Copy" + tag).with("url", "https://copy.example/" + tag)
                .with("published", "2025-06-05").post().statusCode(201)
                .body("syndicationOf", equalTo(first)).body("repeat", is(false)).extract().path("id");
        assertNotEquals(first, copy);
        original.post().statusCode(200).body("id", equalTo(copy)).body("repeat", is(true));

        given().queryParam("q", tag).get("/claims").then().body("items", hasSize(1))
                .body("items[0].appearanceCount", is(2))
                .body("items[0].appearances.source", containsInAnyOrder("Orig" + tag, "Copy" + tag))
                .body("items[0].appearances.url", hasItem("https://copy.example/" + tag))
                .body("items[0].lastSeen", equalTo("2025-06-05T00:00:00Z"));
        given().get("/sources").then()
                .body("items", hasItem(Map.of("source", "Copy" + tag, "aliases", List.of(), "documents", 1, "claims", 1)));
    }

    @Test
    void descriptiveSpeakersAreNeverMergedAcrossDocuments() {
        String tag = Docs.unique();
        for (String generic : List.of("lawmaker", "an expert", "media", "the diplomat")) {
            String a = Docs.text("One " + tag + " " + generic + ".").says(generic, "One " + tag).post().statusCode(201)
                    .extract().path("statements[0].speakerId");
            String b = Docs.text("Two " + tag + " " + generic + ".").says(generic, "Two " + tag).post().statusCode(201)
                    .extract().path("statements[0].speakerId");
            assertNotEquals(a, b, generic);
        }
    }

    @Test
    void overlappingSpansOfOneSpeakerAreOneAppearance() {
        String tag = Docs.unique();
        String text = "Ola Overlap said prices will rise this year " + tag + ".";
        int start = text.indexOf("prices");
        String id = Docs.text(text).saysAt("Ola Overlap", "prices will rise this year " + tag, start, text.length() - 1)
                .saysAt("Ola Overlap", "prices will rise", start, start + "prices will rise".length())
                .postAndGetId();
        List<String> claims = given().get("/documents/" + id).then().extract().path("statements.claimId");
        assertEquals(claims.get(0), claims.get(1));
        given().get("/claims/" + claims.get(0)).then().body("appearanceCount", is(1)).body("appearances", hasSize(1));
    }

    @Test
    void statementDatesFollowTheDocumentedRules() {
        String tag = Docs.unique();
        // 2025-06-04 is a Wednesday: "said on Wednesday" leaves the extractor's date empty
        String id = Docs.text("Dana Date said on Wednesday prices rise " + tag + ". Related: Dana Date said "
                + "taxes fall " + tag + ". Dana Date said in 2024 wages grew " + tag + ".")
                .with("published", "2025-06-04T09:00:00Z")
                .says("Dana Date", "prices rise " + tag)
                .says("Dana Date", "taxes fall " + tag).last("region", "related")
                .says("Dana Date", "wages grew " + tag).last("date", "2024")
                .postAndGetId();
        given().get("/documents/" + id).then()
                .body("statements.date", contains("2025-06-04", null, "2024"))
                .body("statements.region", contains("main", "related", "main"));
        String dated = Docs.text("Dana Date said yes " + tag + ".").with("published", "2025-06-04")
                .with("dateline", Map.of("place", "MOSCOW", "date", "2025-06-03")).says("Dana Date", "yes " + tag)
                .post().statusCode(201).extract().path("statements[0].claimId");
        given().get("/claims/" + dated).then().body("appearances[0].date", equalTo("2025-06-03"))
                .body("appearances[0].region", equalTo("main"));
        Docs.text("Undated " + tag).says("Dana Date", "Undated " + tag).post().statusCode(201)
                .body("statements[0].date", nullValue());
        Docs.text("Bad " + tag).says("Dana Date", "Bad " + tag).last("region", "sidebar").post().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theRoleIsKeptPerAppearanceAndTheCurrentRoleIsTheLatest() {
        String name = "Mira Minister" + Docs.letters();
        Docs.text("Mira said one.").with("published", "2025-01-01")
                .says(name, "Deputy minister", "person", "one", "indirect").postAndGetId();
        Docs.text("Mira said two.").with("published", "2025-03-01")
                .says(name, "Minister", "person", "two", "indirect").postAndGetId();
        // an older story arriving last does not make its role current
        String claim = Docs.text("Mira said three.").with("published", "2025-02-01")
                .says(name, "Deputy minister", "person", "three", "indirect").post().statusCode(201)
                .extract().path("statements[0].claimId");
        String speaker = given().get("/claims/" + claim).then().body("appearances[0].role", equalTo("Deputy minister"))
                .extract().path("speaker.id");
        given().get("/speakers/" + speaker).then().body("role", equalTo("Minister"))
                .body("roles.role", hasItem("Deputy minister"));
    }

    @Test
    void claimsOfADocumentAndDocumentListsWithoutText() {
        String tag = Docs.unique();
        String id = Docs.text("Filter one " + tag + ". Filter two " + tag + ".")
                .says("Fay Filter", "Filter one " + tag).says("Fay Filter", "Filter two " + tag).postAndGetId();
        Docs.text("Filter three " + tag + ".").says("Fay Filter", "Filter three " + tag).postAndGetId();
        given().queryParam("document", id).get("/claims").then()
                .body("items.text", containsInAnyOrder("Filter one " + tag, "Filter two " + tag))
                .body("items.text", not(hasItem("Filter three " + tag)));
    }
}
