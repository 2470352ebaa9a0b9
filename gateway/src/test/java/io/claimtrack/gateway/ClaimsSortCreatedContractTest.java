package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.claimtrack.gateway.support.Contracts;
import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumer side of the contract with claims-service's {@code GET /claims?sort=created}: the public list's
 * {@code sort=created} (the order in which paging while documents land meets each claim once) reaches claims-service
 * with the other parameters as {@code contracts/claims-service/claims-sort-created.json} records them, and its
 * answer is passed on. claims-service's GatewayContractTest replays the same file against the real service.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ClaimsSortCreatedContractTest extends StubbedDownstreamsTest {

    static final String CONTRACT = "/contracts/claims-service/claims-sort-created.json";

    @Test
    void theCreatedOrderIsForwardedAsTheContractRecords() {
        JsonNode request = Contracts.read(CONTRACT).get("request");
        URI recorded = URI.create(request.get("path").asText());
        Map<String, String> query = queryOf(recorded);
        downstreams.claims().stubFor(get(urlPathEqualTo(recorded.getPath()))
                .willReturn(json(200, "{\"items\": [], \"next\": null}")));

        reader().queryParams(query).when().get("/api/v1" + recorded.getPath())
                .then().statusCode(200).body("items.size()", is(0));

        RequestPatternBuilder sent = getRequestedFor(urlPathEqualTo(recorded.getPath()))
                .withHeader("Accept", equalTo(request.at("/headers/Accept").asText()))
                .withHeader("Authorization", matching("Bearer .+"));
        query.forEach((name, value) -> sent.withQueryParam(name, equalTo(value)));
        downstreams.claims().verify(1, sent);
    }

    @Test
    void anOrderClaimsServiceDoesNotKnowIsRefusedBeforeIt() {
        reader().queryParam("sort", "seen").when().get("/api/v1/claims").then().statusCode(400);

        downstreams.claims().verify(0, getRequestedFor(urlPathEqualTo("/claims")));
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : uri.getQuery().split("&")) {
            String[] nameValue = pair.split("=", 2);
            query.put(nameValue[0], nameValue[1]);
        }
        return query;
    }
}
