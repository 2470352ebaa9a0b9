package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.DOCUMENT_ID;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** What dashboards and spreadsheets read: CSV exports, monthly stats, a document's claims, list summaries. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ListsAndExportTest extends StubbedDownstreamsTest {

    private static final String CLAIM = """
            {"id": "%s", "speaker": {"id": "speaker-1", "name": "Anna Berg", "kind": "person", "role": null},
             "text": "%s", "type": "direct", "firstSeen": "2025-03-03T08:00:00Z", "lastSeen": "2025-03-04T08:00:00Z",
             "appearanceCount": 1, "appearances": [{"documentId": "doc-1", "source": "Reuters", "url": "https://r.example/1",
             "published": "2025-03-03"}]}""";

    @Test
    void claimsExportAsCsvAcrossEveryPageWithTheSameFilters() {
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).withQueryParam("cursor", equalTo("p2"))
                .willReturn(json(200, "{\"items\": [" + CLAIM.formatted("c2", "=HYPERLINK(\\\"x\\\")") + "], \"next\": null}")));
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).withQueryParam("cursor", absent())
                .willReturn(json(200, "{\"items\": [" + CLAIM.formatted("c1", "Borders stay open, for now") + "], \"next\": \"p2\"}")));

        String csv = reader().queryParam("format", "csv").queryParam("speaker", "Anna Berg").queryParam("limit", 1)
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .extract().asString();
        List<String> rows = csv.lines().toList();
        assertEquals("id,speaker_id,speaker,type,text,first_seen,last_seen,appearances,first_source,first_url,first_published", rows.get(0));
        assertEquals("c1,speaker-1,Anna Berg,direct,\"Borders stay open, for now\",2025-03-03T08:00:00Z,2025-03-04T08:00:00Z,1,"
                + "Reuters,https://r.example/1,2025-03-03", rows.get(1));
        assertEquals("c2,speaker-1,Anna Berg,direct,\"'=HYPERLINK(\"\"x\"\")\",2025-03-03T08:00:00Z,2025-03-04T08:00:00Z,1,"
                + "Reuters,https://r.example/1,2025-03-03", rows.get(2));
        assertEquals(3, rows.size());
        downstreams.claims().verify(2, getRequestedFor(urlPathEqualTo("/claims")).withQueryParam("speaker", equalTo("Anna Berg")));
    }

    @Test
    void aSpeakersClaimsExportAsCsvOnAccept() {
        downstreams.claims().stubFor(get(urlPathEqualTo("/speakers/speaker-1/claims"))
                .willReturn(json(200, "{\"items\": [" + CLAIM.formatted("c1", "Borders stay open") + "], \"next\": null}")));

        String csv = reader().accept("text/csv").when().get("/api/v1/speakers/speaker-1/claims")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertEquals(2, csv.lines().count());
        reader().when().get("/api/v1/speakers/speaker-1/claims")
                .then().statusCode(200).contentType(startsWith("application/json")).body("items[0].id", is("c1"));
    }

    @Test
    void statsByMonthSumTheDays() {
        downstreams.claims().stubFor(get(urlPathEqualTo("/speakers/speaker-1/stats")).withQueryParam("interval", equalTo("day"))
                .willReturn(json(200, """
                        {"speakerId": "speaker-1", "name": "Anna Berg", "interval": "day", "series": [
                          {"period": "2025-02-27", "newClaims": 1, "appearances": 2},
                          {"period": "2025-03-03", "newClaims": 2, "appearances": 3},
                          {"period": "2025-03-20", "newClaims": 1, "appearances": 1}]}
                        """)));

        reader().queryParam("interval", "month").when().get("/api/v1/speakers/speaker-1/stats")
                .then().statusCode(200)
                .body("interval", is("month"))
                .body("series.size()", is(2))
                .body("series[0].period", is("2025-02-01"))
                .body("series[1].period", is("2025-03-01"))
                .body("series[1].newClaims", is(3))
                .body("series[1].appearances", is(4));
        reader().queryParam("interval", "year").when().get("/api/v1/speakers/speaker-1/stats")
                .then().statusCode(400).body("violations[0].in", is("query"));
    }

    @Test
    void aDocumentsClaimsAreListedInOneCallHoweverManyThereAre() {
        downstreams.claims().stubFor(get("/documents/" + DOCUMENT_ID + "/claims").willReturn(json(200, "{\"items\": ["
                + CLAIM.formatted("claim-1", "Talks were useful") + ", " + CLAIM.formatted("claim-2", "Talks go on")
                + "], \"next\": null}")));

        reader().when().get("/api/v1/documents/" + DOCUMENT_ID + "/claims")
                .then().statusCode(200)
                .body("items.size()", is(2))
                .body("items.id", contains("claim-1", "claim-2"))
                .body("items[0].speaker.name", is("Anna Berg"));
        // claims-service reads them together: not the document, then a call per claim
        downstreams.claims().verify(1, getRequestedFor(urlPathEqualTo("/documents/" + DOCUMENT_ID + "/claims")));
        downstreams.claims().verify(0, getRequestedFor(urlPathEqualTo("/documents/" + DOCUMENT_ID)));
        downstreams.claims().verify(0, getRequestedFor(urlPathMatching("/claims/.*")));
    }

    @Test
    void documentListsAreSummariesUnlessMoreIsAskedFor() {
        // as claims-service answers: summaries, with the text and statements (as corrected) only when include asks
        String summary = """
                {"id": "%s", "source": "TASS", "url": "https://tass.com/1", "title": null, "published": "2025-06-04",
                 "language": "en", "contentHash": "h1", "revisionOf": null, "ingestedAt": "2025-06-04T09:00:00Z", "statementCount": 1%s}
                """;
        String more = """
                , "text": "%s", "statements": [{"speaker": {"name": "Yury Ushakov", "kind": "person"}, "content": "talks were useful",
                 "span": {"start": 23, "end": 86}, "type": "indirect", "claimId": "claim-1", "speakerId": "speaker-1"}]""".formatted(TEXT);
        downstreams.claims().stubFor(get(urlPathEqualTo("/documents")).withQueryParam("include", absent())
                .willReturn(json(200, "{\"items\": [" + summary.formatted(DOCUMENT_ID, "") + "], \"next\": null}")));
        downstreams.claims().stubFor(get(urlPathEqualTo("/documents")).withQueryParam("include", equalTo("text,statements"))
                .willReturn(json(200, "{\"items\": [" + summary.formatted(DOCUMENT_ID, more) + "], \"next\": null}")));

        reader().when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("items[0].id", is(DOCUMENT_ID))
                .body("items[0].statementCount", is(1))
                .body("items[0]", not(hasKey("text")))
                .body("items[0]", not(hasKey("statements")));
        reader().queryParam("include", "text,statements").when().get("/api/v1/documents")
                .then().statusCode(200)
                .body("items[0].text", is(TEXT))
                .body("items[0].statements[0].claimId", is("claim-1"))
                .body("items[0].statementCount", is(1));
        reader().queryParam("include", "everything").when().get("/api/v1/documents").then().statusCode(400);
        // one read of claims-service per page, none per document
        downstreams.claims().verify(2, getRequestedFor(urlPathEqualTo("/documents")));
        downstreams.claims().verify(0, getRequestedFor(urlPathEqualTo("/documents/" + DOCUMENT_ID)));
    }
}
