package io.claimtrack.gateway.security;

import static io.claimtrack.gateway.support.Api.reader;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Claim texts may hold markup from scraped pages ({@code <script>} survives as text): the API says they
 * are plain text, browsers may not sniff a response into HTML, and HTML pages run only their own scripts.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class SecurityHeadersTest {

    @Test
    void apiResponsesAndProblemsAreNotSniffedAndMayLoadNothing() {
        given().get("/api/v1/claims").then().statusCode(401)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY));
        reader().get("/api/v1/claims").then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.API_POLICY));
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

    @Test
    void theDashboardRunsOnlyItsOwnScriptFiles() {
        given().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", equalTo(SecurityHeaders.HTML_POLICY))
                .body(containsString("<script type=\"module\" src=\"/dashboard/main.js\"></script>"));
        // a HEAD, as a link checker or monitor sends, gets the headers of the GET
        given().head("/").then().statusCode(200)
                .header("Content-Security-Policy", equalTo(SecurityHeaders.HTML_POLICY));
        given().get("/dashboard/main.js").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        // No inline script, no eval, and nothing from another origin, for scripts and styles alike.
        for (String directive : SecurityHeaders.HTML_POLICY.split(";")) {
            assertThat(directive, not(containsString("unsafe")));
            assertThat(directive, not(containsString("*")));
        }
    }

    @Test
    void theApiDescriptionSaysEveryTextIsPlainTextToEscape() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.description", containsString("plain text"))
                .body("info.description", containsString("escape"));
    }
}
