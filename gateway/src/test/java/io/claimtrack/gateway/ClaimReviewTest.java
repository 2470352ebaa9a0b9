package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ClaimReviewTest extends StubbedDownstreamsTest {

    private static final String CLAIM = """
            {"id": "c1", "speaker": {"id": "s1", "name": "Anna Berg", "kind": "person", "role": "trade spokeswoman"},
             "text": "Nobody gains from a closed border", "type": "direct",
             "firstSeen": "2025-03-04T08:00:00Z", "lastSeen": "2025-03-05T08:00:00Z", "appearanceCount": 2,
             "appearances": [
               {"documentId": "d2", "source": "AFP", "url": "https://afp.example/2", "published": "2025-03-04"},
               {"documentId": "d1", "source": "Reuters", "url": "https://reuters.example/1", "published": "2025-03-03"}]}
            """;

    @Test
    void claimBecomesAClaimReviewDraftWithItsEarliestAppearanceFirst() {
        downstreams.claims().stubFor(get("/claims/c1").willReturn(json(200, CLAIM)));

        reader().when().get("/api/v1/claims/c1/claimreview")
                .then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@context'", is("https://schema.org"))
                .body("'@type'", is("ClaimReview"))
                .body("claimReviewed", is("Nobody gains from a closed border"))
                .body("itemReviewed.'@type'", is("Claim"))
                .body("itemReviewed.author.'@type'", is("Person"))
                .body("itemReviewed.author.name", is("Anna Berg"))
                .body("itemReviewed.author.jobTitle", is("trade spokeswoman"))
                .body("itemReviewed.datePublished", is("2025-03-03"))
                .body("itemReviewed.firstAppearance.url", is("https://reuters.example/1"))
                .body("itemReviewed.firstAppearance.publisher.name", is("Reuters"))
                .body("itemReviewed.appearance.size()", is(2))
                .body("itemReviewed.appearance[1].url", is("https://afp.example/2"))
                .body("reviewRating.ratingValue", nullValue())
                .body("author.name", nullValue());
    }

    @Test
    void secondHandClaimNamesTheOriginalSpeakerAndTheReporterAndSendsNoEmptyStrings() {
        downstreams.claims().stubFor(get("/claims/c2").willReturn(json(200, """
                {"id": "c2", "speaker": {"id": "s2", "name": "Vladimir Putin", "kind": "person", "role": ""},
                 "text": "the talks in Turkey were useful", "type": "indirect",
                 "firstSeen": "2025-06-04T09:00:00Z", "lastSeen": "2025-06-04T09:00:00Z", "appearanceCount": 1,
                 "appearances": [{"documentId": "d3", "source": "TASS", "url": "", "published": "2025-06-04",
                                  "nested": true, "via": "Yury Ushakov"}]}
                """)));

        String body = reader().when().get("/api/v1/claims/c2/claimreview")
                .then().statusCode(200)
                .body("itemReviewed.author.name", is("Vladimir Putin"))
                .body("itemReviewed.appearance[0].via.'@type'", is("Person"))
                .body("itemReviewed.appearance[0].via.name", is("Yury Ushakov"))
                .body("itemReviewed.author", not(hasKey("jobTitle")))
                .body("itemReviewed.appearance[0]", not(hasKey("url")))
                .extract().asString();
        assertFalse(body.contains("\"\""), "an empty string was sent: " + body);
    }
}
