package io.claimtrack.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Stubs ingest-service and claims-service at HTTP level, each on its own random port. */
public class WireMockDownstreams implements QuarkusTestResourceLifecycleManager {

    private Downstreams downstreams;

    @Override
    public Map<String, String> start() {
        downstreams = new Downstreams(new WireMockServer(options().dynamicPort()), new WireMockServer(options().dynamicPort()));
        downstreams.ingest().start();
        downstreams.claims().start();
        return Map.of(
                "quarkus.rest-client.ingest.url", downstreams.ingest().baseUrl(),
                "quarkus.rest-client.claims.url", downstreams.claims().baseUrl());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(downstreams, new TestInjector.AnnotatedAndMatchesType(InjectDownstreams.class, Downstreams.class));
    }

    @Override
    public void stop() {
        if (downstreams != null) {
            downstreams.ingest().stop();
            downstreams.claims().stop();
        }
    }
}
