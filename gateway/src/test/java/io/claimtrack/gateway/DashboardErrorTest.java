package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import io.claimtrack.gateway.support.Api;
import io.claimtrack.gateway.support.Browser;
import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A downstream that fails is shown on the page, named, with a retry that works once it is back. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class DashboardErrorTest extends StubbedDownstreamsTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aServiceDownShowsWhichAndARetry() {
        downstreams.claims().stubFor(get("/sources").willReturn(aResponse().withStatus(500)));
        try (Browser browser = Browser.open(root.toString())) {
            browser.load("#/sources");
            browser.waitFor("#api-key").sendKeys(Api.READER_KEY);
            browser.driver().findElement(By.cssSelector("form.key-form button[type=submit]")).click();

            String shown = browser.waitFor("[role=alert]").getText();
            assertThat(shown, containsString("claims-service is unavailable"));
            assertThat(shown, containsString("503"));
            browser.screenshot("error-desktop");

            downstreams.claims().stubFor(get("/sources").willReturn(json(200,
                    "{\"items\": [{\"source\": \"Back Online\", \"aliases\": [], \"documents\": 1, \"claims\": 2}], \"next\": null}")));
            browser.driver().findElement(By.xpath("//button[text()='Retry']")).click();
            assertThat(browser.waitFor("table.sources").getText(), containsString("Back Online"));
        } finally {
            downstreams.reset();
        }
    }
}
