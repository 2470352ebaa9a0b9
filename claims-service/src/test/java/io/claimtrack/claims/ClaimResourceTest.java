package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ClaimResourceTest {

    @Test
    void listsClaimsBySpeakerNewestFirstAcrossPages() {
        String speaker = "Anna Petrova" + Docs.unique();
        for (int day = 1; day <= 5; day++) {
            String claim = "claim number " + day + " " + Docs.unique();
            Docs.text(claim + ", " + speaker + " said.").with("published", "2025-03-0" + day)
                    .says(speaker, claim).postAndGetId();
        }
        List<String> texts = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("speaker", speaker).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.get("/claims").then().statusCode(200)
                    .body("items.speaker.name", everyItem(equalTo(speaker))).extract();
            texts.addAll(page.path("items.text"));
            cursor = page.path("next");
            pages++;
        } while (cursor != null);

        assertEquals(3, pages);
        assertEquals(5, texts.size());
        for (int i = 0; i < 5; i++) {
            assertEquals("claim number " + (5 - i), texts.get(i).substring(0, 14));
        }
    }

    @Test
    void claimsOfOneDayAreListedNewestCreatedFirstAndACursorNamingTheClaimGoesOn() {
        String speaker = "Mirela Ostrovan" + Docs.unique();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String claim = "the orchard levy rises by " + i + " " + Docs.unique();
            ids.add(Docs.text(claim + ", " + speaker + " said.").with("published", "2025-09-14")
                    .says(speaker, claim).post().statusCode(201).extract().path("statements[0].claimId"));
        }
        for (String sort : List.of("date", "appearances")) {
            ExtractableResponse<Response> first = given().queryParam("speaker", speaker).queryParam("sort", sort)
                    .queryParam("limit", 2).get("/claims").then().statusCode(200)
                    .body("items.id", contains(ids.get(4), ids.get(3))).extract();
            given().queryParam("speaker", speaker).queryParam("sort", sort).queryParam("limit", 2)
                    .queryParam("cursor", first.<String>path("next")).get("/claims").then().statusCode(200)
                    .body("items.id", contains(ids.get(2), ids.get(1)));
            // a cursor handed out before ties were ordered by seq holds the claim's id
            String value = sort.equals("date") ? first.path("items[1].lastSeen") : "1";
            String byId = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("1\n" + value + "\n" + ids.get(3)).getBytes(StandardCharsets.UTF_8));
            given().queryParam("speaker", speaker).queryParam("sort", sort).queryParam("limit", 2)
                    .queryParam("cursor", byId).get("/claims").then().statusCode(200)
                    .body("items.id", contains(ids.get(2), ids.get(1)));
        }
    }

    @Test
    void claimShapeAndLookupByAlias() {
        String tag = Docs.unique();
        String content = "the ceasefire holds " + tag;
        String claimId = Docs.text("\"" + content + "\", said Kremlin spokesman Dmitry Peskov" + tag + ".")
                .with("url", "https://tass.com/" + tag).with("published", "2025-06-04T10:15:00Z")
                .says("Dmitry Peskov" + tag, "Kremlin spokesman", "person", content, "direct")
                .post().statusCode(201).extract().path("statements[0].claimId");

        given().get("/claims/" + claimId).then().statusCode(200)
                .body("id", equalTo(claimId))
                .body("speaker.id", notNullValue())
                .body("speaker.name", equalTo("Dmitry Peskov" + tag))
                .body("speaker.kind", equalTo("person"))
                .body("speaker.role", equalTo("Kremlin spokesman"))
                .body("text", equalTo(content))
                .body("type", equalTo("direct"))
                .body("firstSeen", equalTo("2025-06-04T10:15:00Z"))
                .body("lastSeen", equalTo("2025-06-04T10:15:00Z"))
                .body("appearanceCount", is(1))
                .body("appearances[0].url", equalTo("https://tass.com/" + tag))
                .body("appearances[0].published", equalTo("2025-06-04T10:15:00Z"))
                .body("appearances[0].source", equalTo("TASS"))
                .body("appearances[0].cue", equalTo("said"))
                .body("appearances[0].span.start", is(1));

        String speakerId = given().get("/claims/" + claimId).then().extract().path("speaker.id");
        given().queryParam("speaker", speakerId).get("/claims").then().body("items.id", contains(claimId));
        // names match case- and punctuation-insensitively
        given().queryParam("speaker", "dmitry  PESKOV" + tag).get("/claims").then().body("items.id", contains(claimId));
        given().queryParam("speaker", "Nobody " + tag).get("/claims").then().statusCode(200)
                .body("items", hasSize(0)).body("next", nullValue());
    }

    @Test
    void badQueriesAre400AndUnknownClaimIs404() {
        given().queryParam("cursor", "not-a-cursor").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("cursor"));
        given().queryParam("from", "2025-13-45").get("/claims").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 101).get("/claims").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("limit", 0).get("/claims").then().statusCode(400);
        given().queryParam("sort", "random").get("/claims").then().statusCode(400);
        given().get("/claims/cl_unknown").then().statusCode(404).contentType("application/problem+json");
    }
}
