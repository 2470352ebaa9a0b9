package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Every claim filter, both sorts, near-duplicates, documents and sources; scoped by a unique word. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ClaimFilterTest {

    private String tag;
    private String tass;

    @BeforeEach
    void seed() {
        tag = Docs.unique();
        tass = "TASS-" + tag;
        String reuters = "Reuters-" + tag;
        Docs.text("Lavrov said sanctions failed " + tag + ". Lavrov added \"we will respond " + tag + "\".")
                .with("source", tass).with("published", "2025-05-01")
                .says("Sergei Lavrov" + tag, null, "person", "sanctions failed " + tag, "indirect")
                .says("Sergei Lavrov" + tag, null, "person", "we will respond " + tag, "direct")
                .postAndGetId();
        // republished two weeks later by another outlet, slightly reworded: a near-duplicate
        Docs.text("Lavrov said that the sanctions failed " + tag + ", Reuters reports.")
                .with("source", reuters).with("published", "2025-05-15")
                .says("Sergei Lavrov" + tag, null, "person", "that the sanctions failed " + tag, "indirect")
                .postAndGetId();
        Docs.text("Kallas said Europe stays united " + tag + ".").with("source", reuters).with("published", "2025-06-01")
                .says("Kaja Kallas" + tag, null, "person", "Europe stays united " + tag, "indirect")
                .postAndGetId();
    }

    @Test
    void nearDuplicatesAcrossDocumentsAreOneClaim() {
        claims().queryParam("speaker", "Sergei Lavrov" + tag).get("/claims").then()
                .body("items", hasSize(2))
                .body("items.find { it.text == 'sanctions failed " + tag + "' }.appearanceCount", is(2))
                .body("items.find { it.text == 'sanctions failed " + tag + "' }.firstSeen",
                        equalTo("2025-05-01T00:00:00Z"))
                .body("items.find { it.text == 'sanctions failed " + tag + "' }.lastSeen",
                        equalTo("2025-05-15T00:00:00Z"))
                .body("items.find { it.text == 'sanctions failed " + tag + "' }.appearances.source",
                        containsInAnyOrder(tass, "Reuters-" + tag));
    }

    @Test
    void filtersBySourceDatesTypeAndWords() {
        claims().queryParam("source", tass).get("/claims").then()
                .body("items.text", containsInAnyOrder("sanctions failed " + tag, "we will respond " + tag));
        claims().queryParam("source", "Reuters-" + tag).get("/claims").then()
                .body("items.text", containsInAnyOrder("sanctions failed " + tag, "Europe stays united " + tag));
        // source and dates must hold for the same appearance
        claims().queryParam("source", tass).queryParam("from", "2025-05-10").get("/claims").then()
                .body("items", hasSize(0));
        claims().queryParam("from", "2025-05-10").queryParam("to", "2025-05-31").get("/claims").then()
                .body("items.text", contains("sanctions failed " + tag));
        claims().queryParam("to", "2025-05-01").get("/claims").then()
                .body("items.text", containsInAnyOrder("sanctions failed " + tag, "we will respond " + tag));
        claims().queryParam("type", "direct").get("/claims").then()
                .body("items.text", contains("we will respond " + tag));
        given().queryParam("q", "Europe " + tag).get("/claims").then()
                .body("items.text", contains("Europe stays united " + tag));
        given().queryParam("q", "europe respond " + tag).get("/claims").then().body("items", hasSize(0));
        claims().queryParam("speaker", "Kaja Kallas" + tag).queryParam("type", "indirect").get("/claims").then()
                .body("items.text", contains("Europe stays united " + tag));
    }

    @Test
    void sortsByDateOrAppearanceCount() {
        claims().get("/claims").then().body("items[0].text", equalTo("Europe stays united " + tag));
        claims().queryParam("sort", "appearances").queryParam("limit", 1).get("/claims").then()
                .body("items.text", contains("sanctions failed " + tag))
                .body("next", org.hamcrest.Matchers.notNullValue());
        String next = claims().queryParam("sort", "appearances").queryParam("limit", 2).get("/claims").then()
                .extract().path("next");
        claims().queryParam("sort", "appearances").queryParam("limit", 2).queryParam("cursor", next)
                .get("/claims").then().body("items", hasSize(1)).body("next", equalTo(null));
    }

    @Test
    void documentsAndSources() {
        given().queryParam("source", "Reuters-" + tag).get("/documents").then().statusCode(200)
                .body("items", hasSize(2)).body("items[0].published", equalTo("2025-06-01"));
        given().queryParam("source", "Reuters-" + tag).queryParam("to", "2025-05-31").get("/documents").then()
                .body("items.published", contains("2025-05-15"));
        String next = given().queryParam("source", "Reuters-" + tag).queryParam("limit", 1).get("/documents").then()
                .body("items.published", contains("2025-06-01")).extract().path("next");
        given().queryParam("source", "Reuters-" + tag).queryParam("limit", 1).queryParam("cursor", next)
                .get("/documents").then().body("items.published", contains("2025-05-15")).body("next", equalTo(null));
        given().get("/sources").then().statusCode(200)
                .body("items", hasItem(Map.of("source", tass, "aliases", List.of(), "documents", 1, "claims", 2)))
                .body("items", hasItem(Map.of("source", "Reuters-" + tag, "aliases", List.of(), "documents", 2,
                        "claims", 2)))
                .body("next", equalTo(null));
    }

    private RequestSpecification claims() {
        return given().queryParam("q", tag);
    }
}
