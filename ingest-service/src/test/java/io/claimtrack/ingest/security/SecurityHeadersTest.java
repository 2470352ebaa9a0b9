package io.claimtrack.ingest.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** nosniff on every response; HTML gets a policy that loads only this origin's scripts, the rest a policy allowing nothing. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void apiResponsesAreNotSniffedAndMayLoadNothing() {
        given().contentType("text/plain").body("<script>alert(1)</script> the minister said.").post("/extractions")
                .then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY));
        given().header("Authorization", "Bearer wrong-token-of-some-length").get("/extractions")
                .then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().get("/q/health/ready").then().statusCode(200).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void htmlGetsARestrictiveContentSecurityPolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-eval")))
                .header("Content-Security-Policy", not(containsString("*")));
    }
}
