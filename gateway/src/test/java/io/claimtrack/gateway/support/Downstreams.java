package io.claimtrack.gateway.support;

import com.github.tomakehurst.wiremock.WireMockServer;

/** The two stubbed downstreams of a gateway test. */
public record Downstreams(WireMockServer ingest, WireMockServer claims) {

    public void reset() {
        ingest.resetAll();
        claims.resetAll();
    }
}
