package io.claimtrack.claims.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** nosniff on every response; HTML gets a policy that loads only this origin's scripts, the rest a policy allowing nothing. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class SecurityHeadersTest {

    @Test
    void apiResponsesAreNotSniffedAndMayLoadNothing() {
        given().get("/claims").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY));
        given().get("/documents/000000000000000000000000").then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/q/metrics").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void htmlGetsARestrictiveContentSecurityPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("Content-Security-Policy", not(containsString("*")));
    }
}
