package io.claimtrack.gateway;

import static io.claimtrack.gateway.support.Api.editor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.RunningServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The packaged gateway in front of the real ingest-service and claims-service. */
@QuarkusIntegrationTest
@WithTestResource(RunningServices.class)
class FullSystemIT {

    private static final String STORY = """
            BRUSSELS, March 3 (Reuters) - "We will keep the border crossings open through the winter," \
            Anna Berg said on Monday. Berg, the European Commission's trade spokeswoman, added: \
            "Nobody gains from a closed border."
            """;

    @Test
    void ingestedDocumentIsStoredOnceAndItsClaimsAreFoundBySpeaker() {
        ExtractableResponse<Response> stored = ingest().then().statusCode(201)
                .body("statements", not(emptyIterable()))
                .extract();
        String documentId = stored.path("id");
        String speaker = stored.path("statements[0].speaker.name");
        assertThat(stored.header("Location"), endsWith("/api/v1/documents/" + documentId));

        ingest().then().statusCode(200).body("id", is(documentId));

        editor().when().get("/api/v1/documents/" + documentId)
                .then().statusCode(200)
                .body("id", is(documentId))
                .body("source", is("Reuters"));

        String claimId = editor().queryParam("speaker", speaker)
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("items", not(emptyIterable()))
                .body("items.speaker.name", hasItem(speaker))
                .body("items[0].appearances.documentId", hasItem(documentId))
                .extract().path("items[0].id");

        editor().when().get("/api/v1/claims/" + claimId + "/claimreview")
                .then().statusCode(200)
                .body("'@type'", is("ClaimReview"))
                .body("itemReviewed.author.name", is(speaker))
                .body("itemReviewed.firstAppearance.publisher.name", is("Reuters"));
    }

    @Test
    void unknownDocumentIsAProblem() {
        editor().when().get("/api/v1/documents/000000000000000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static Response ingest() {
        return editor().contentType(ContentType.TEXT).body(STORY).queryParam("source", "Reuters")
                .when().post("/api/v1/documents");
    }
}
