package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Problems.problem;
import static io.claimtrack.gateway.support.Fixtures.problemResponse;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every read is claims-service's answer, with filters and paging forwarded unchanged. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ReadProxyTest extends StubbedDownstreamsTest {

    @Test
    void claimFiltersAndPagingAreForwarded() {
        stub("/claims", "{\"items\": [], \"next\": null}");

        reader().queryParam("speaker", "Anna Berg").queryParam("source", "Reuters").queryParam("from", "2025-01-01")
                .queryParam("to", "2025-12-31").queryParam("type", "direct").queryParam("q", "border")
                .queryParam("document", "doc_85c3c4c09e9fd2732627d4ff").queryParam("sort", "appearances").queryParam("limit", 50).queryParam("cursor", "abc")
                .when().get("/api/v1/claims")
                .then().statusCode(200).body("items.size()", is(0));

        downstreams.claims().verify(getRequestedFor(urlPathEqualTo("/claims"))
                .withQueryParam("speaker", equalTo("Anna Berg")).withQueryParam("source", equalTo("Reuters"))
                .withQueryParam("from", equalTo("2025-01-01")).withQueryParam("to", equalTo("2025-12-31"))
                .withQueryParam("type", equalTo("direct")).withQueryParam("q", equalTo("border"))
                .withQueryParam("document", equalTo("doc_85c3c4c09e9fd2732627d4ff"))
                .withQueryParam("sort", equalTo("appearances")).withQueryParam("limit", equalTo("50"))
                .withQueryParam("cursor", equalTo("abc")));
    }

    @Test
    void claimById() {
        stub("/claims/c1", "{\"id\": \"c1\", \"speaker\": {\"id\": \"s1\", \"name\": \"Anna Berg\", \"role\": \"spokeswoman\"}}");

        reader().when().get("/api/v1/claims/c1")
                .then().statusCode(200).body("speaker.role", is("spokeswoman"));
    }

    @Test
    void speakersSearchDetailTimelineAndStats() {
        stub("/speakers", "{\"items\": [{\"id\": \"s1\", \"name\": \"Anna Berg\"}], \"next\": null}");
        stub("/speakers/s1", "{\"id\": \"s1\", \"name\": \"Anna Berg\", \"claimCount\": 2}");
        stub("/speakers/s1/claims", "{\"items\": [{\"id\": \"c1\"}], \"next\": \"n2\"}");
        stub("/speakers/s1/stats", "{\"speakerId\": \"s1\", \"interval\": \"week\", \"series\": []}");

        reader().queryParam("q", "Berg").when().get("/api/v1/speakers").then().statusCode(200).body("items[0].id", is("s1"));
        reader().when().get("/api/v1/speakers/s1").then().statusCode(200).body("claimCount", is(2));
        reader().queryParam("limit", 1).when().get("/api/v1/speakers/s1/claims").then().statusCode(200).body("next", is("n2"));
        reader().queryParam("interval", "week").when().get("/api/v1/speakers/s1/stats").then().statusCode(200).body("interval", is("week"));

        downstreams.claims().verify(getRequestedFor(urlPathEqualTo("/speakers")).withQueryParam("q", equalTo("Berg")));
        downstreams.claims().verify(getRequestedFor(urlPathEqualTo("/speakers/s1/claims")).withQueryParam("limit", equalTo("1")));
        downstreams.claims().verify(getRequestedFor(urlPathEqualTo("/speakers/s1/stats")).withQueryParam("interval", equalTo("week")));
    }

    @Test
    void documentsListAndSources() {
        stub("/documents", "{\"items\": [{\"id\": \"d1\"}], \"next\": null}");
        stub("/sources", "{\"items\": [{\"source\": \"TASS\", \"documents\": 3, \"claims\": 7}], \"next\": null}");

        reader().queryParam("source", "TASS").queryParam("from", "2025-06-01").when().get("/api/v1/documents")
                .then().statusCode(200).body("items[0].id", is("d1"));
        reader().when().get("/api/v1/sources").then().statusCode(200).body("items[0].claims", is(7));

        downstreams.claims().verify(getRequestedFor(urlPathEqualTo("/documents"))
                .withQueryParam("source", equalTo("TASS")).withQueryParam("from", equalTo("2025-06-01"))
                .withQueryParam("limit", equalTo("20")));
    }

    @Test
    void theRecordsOutletsRevisionsSyndicationRolesAndRegionsReachTheCaller() {
        stub("/sources", "{\"items\": [{\"source\": \"TASS\", \"aliases\": [\"tass.com\"], \"documents\": 3, \"claims\": 7}],"
                + " \"next\": null}");
        stub("/documents/d2", "{\"id\": \"d2\", \"source\": \"Desk\", \"syndicationOf\": \"d1\", \"supersededBy\": \"d3\"}");
        stub("/speakers/s1", "{\"id\": \"s1\", \"name\": \"Anna Berg\", \"role\": \"minister\","
                + " \"merges\": [{\"speakerId\": \"s2\", \"name\": \"Berg\", \"reason\": \"surname\","
                + " \"undone\": \"a second Berg appeared\"}]}");
        stub("/claims/c1", "{\"id\": \"c1\", \"appearances\": [{\"documentId\": \"d1\", \"role\": \"spokeswoman\","
                + " \"region\": \"related\"}]}");

        reader().when().get("/api/v1/sources").then().statusCode(200).body("items[0].aliases[0]", is("tass.com"));
        reader().when().get("/api/v1/documents/d2").then().statusCode(200)
                .body("syndicationOf", is("d1")).body("supersededBy", is("d3"));
        reader().when().get("/api/v1/speakers/s1").then().statusCode(200)
                .body("role", is("minister")).body("merges[0].undone", is("a second Berg appeared"));
        reader().when().get("/api/v1/claims/c1").then().statusCode(200)
                .body("appearances[0].role", is("spokeswoman")).body("appearances[0].region", is("related"));
    }

    @Test
    void unknownSpeakerIsPassedThrough() {
        downstreams.claims().stubFor(get("/speakers/nobody").willReturn(problemResponse(404, "Not Found", "No speaker 'nobody'")));

        reader().when().get("/api/v1/speakers/nobody").then().spec(problem(404, "No speaker 'nobody'"));
    }

    private void stub(String path, String body) {
        downstreams.claims().stubFor(get(urlPathEqualTo(path)).willReturn(json(200, body)));
    }
}
