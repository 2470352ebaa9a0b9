package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class PlatformTest {

    @Test
    void readinessIncludesMongo() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsString("MongoDB")));
    }

    @Test
    void openApiAndMetricsAnswer() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/documents'.post.summary", is("Store a document with its extracted statements"))
                .body("components.schemas.StatementInput.properties.parts.description", containsString("offsets [start, end) into text"))
                .body("components.schemas.StatementView.properties.parts.description", containsString("claim's text is these parts"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
