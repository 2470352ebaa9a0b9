package io.claimtrack.gateway.support;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A gateway test against the stubs of {@link WireMockDownstreams} (the subclass names it in
 * {@code @WithTestResource}): each test starts with no stubs, no recorded requests and every circuit
 * breaker closed, so no test sees what another stubbed or broke.
 */
public abstract class StubbedDownstreamsTest {

    @InjectDownstreams
    protected Downstreams downstreams;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    void resetDownstreams() {
        downstreams.reset();
        breakers.resetAll();
    }
}
