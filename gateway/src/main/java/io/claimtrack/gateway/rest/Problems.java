package io.claimtrack.gateway.rest;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** An RFC 7807 problem whose title is the status's reason phrase, as every refusal of this API reads. */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem of(Response.Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail).build();
    }
}
