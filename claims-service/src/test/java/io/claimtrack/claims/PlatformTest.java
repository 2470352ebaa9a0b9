package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
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
                .body("paths.'/documents'.post.summary", is("Store a document with its extracted statements"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
