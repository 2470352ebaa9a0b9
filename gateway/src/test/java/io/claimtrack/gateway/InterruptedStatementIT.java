package io.claimtrack.gateway;

import static io.claimtrack.gateway.support.Api.editor;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.claimtrack.gateway.support.Api;
import io.claimtrack.gateway.support.Browser;
import io.claimtrack.gateway.support.RunningServices;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A statement its speaker and cue interrupt, through the packaged gateway and the real ingest-service and
 * claims-service: the extractor's parts are stored, the claim is what was said (one claim with the same words printed
 * without the interruption), and the dashboard shows what was said, in headless Chromium (screenshots
 * "interrupted-document" and "interrupted-claim" under target/dashboard-screenshots).
 */
@QuarkusIntegrationTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterruptedStatementIT {

    @TestHTTPResource("/")
    URL root;

    private Browser browser;

    @BeforeAll
    void openTheBrowser() {
        RestAssured.port = root.getPort();
        browser = Browser.open(root.toString());
    }

    @AfterAll
    void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void whatWasSaidAroundTheSpeakerAndCueIsTheClaimAndTheDashboardShowsIt() {
        String zone = "zone Q" + letters();
        String before = "The ferry levy on cruise ships";
        String after = "will double in " + zone;
        String interrupted = before + ", harbour chief Maja Lund said, " + after;
        JsonPath stored = editor().contentType(ContentType.TEXT).queryParam("source", "Harbour Desk").body(interrupted + ".")
                .when().post("/api/v1/documents").then().statusCode(201).extract().jsonPath();
        assertEquals(interrupted, stored.getString("statements[0].content"), "content stays the span's text");
        List<Integer> starts = stored.getList("statements[0].parts.start");
        assertEquals(List.of(0, interrupted.indexOf(after)), starts);
        String claimId = stored.getString("statements[0].claimId");
        editor().get("/api/v1/claims/" + claimId).then().statusCode(200)
                .body("text", equalTo(before + " " + after))
                .body("appearances[0].parts.size()", is(2));

        String plain = "Harbour chief Maja Lund said the ferry levy on cruise ships " + after + ".";
        String other = editor().contentType(ContentType.TEXT).queryParam("source", "Coast Post").body(plain)
                .when().post("/api/v1/documents").then().statusCode(201).extract().path("statements[0].claimId");
        assertEquals(claimId, other, "the same words without the interruption are the same claim");

        browser.load("#/documents/" + stored.getString("id"));
        browser.enterKey(Api.READER_KEY);
        WebElement mark = browser.waitFor("#stmt-0");
        assertEquals(", harbour chief Maja Lund said,", mark.findElement(By.cssSelector(".aside")).getText().strip());
        assertEquals("said", mark.findElement(By.cssSelector(".cue")).getText());
        assertEquals(before + " " + after, browser.waitFor(".statement-list .snippet").getText());
        browser.assertAccessible("interrupted document");
        browser.screenshots("interrupted-document");

        browser.load("#/claims/" + claimId);
        assertEquals(before + " " + after, browser.waitFor(".claim-quote").getText());
        browser.waitUntil(d -> browser.all(".context mark.said").size() == 3);
        WebElement first = browser.all(".appearance .context p").get(0);
        assertThat(first.getText(), containsString("harbour chief Maja Lund said,"));
        assertThat(first.findElement(By.cssSelector("mark.said")).getText(), not(containsString("Lund")));
        assertThat(browser.waitFor(".claim-page").getText(), containsString("Every appearance shown has the claim’s own wording"));
        browser.assertAccessible("interrupted claim");
        browser.screenshots("interrupted-claim");
    }

    /** Letters only, unique to this run: the claim's words are new in a store earlier runs filled. */
    private static String letters() {
        StringBuilder out = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return out.toString();
    }
}
