package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.claimtrack.gateway.service.ClaimChanges;
import io.claimtrack.gateway.support.Contracts;
import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The consumer side of the contract with claims-service's {@code GET /claims/feed/head}: where the claim stream
 * starts is asked in one call, exactly as {@code contracts/claims-service/feed-head.json} records it, and its answer
 * is the seq the poller starts after. claims-service's GatewayContractTest replays the same file against the real
 * service.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ClaimsFeedHeadContractTest extends StubbedDownstreamsTest {

    static final String CONTRACT = "/contracts/claims-service/feed-head.json";

    @Inject
    ClaimChanges changes;

    @Test
    void theStreamsStartIsAskedInOneCallAsTheContractRecords() {
        JsonNode contract = Contracts.read(CONTRACT);
        JsonNode request = contract.get("request");
        JsonNode response = contract.get("response");
        downstreams.claims().stubFor(get(urlEqualTo(request.get("path").asText()))
                .withHeader("Accept", equalTo(request.at("/headers/Accept").asText()))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(json(response.get("status").asInt(), response.get("body").toString())));

        assertEquals(response.at("/body/seq").asLong(), changes.head());
        assertEquals(1, downstreams.claims().countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount(),
                "one call, to " + request.get("path").asText());
    }
}
