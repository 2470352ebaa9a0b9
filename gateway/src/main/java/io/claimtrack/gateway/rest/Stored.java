package io.claimtrack.gateway.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * How a POST that may repeat an earlier one answers: 201 for a new record, 200 for one stored before, its
 * Location either way, and {@value #REPLAYED} when the answer is the first one given for a repeated Idempotency-Key.
 */
final class Stored {

    static final String REPLAYED = "Idempotent-Replayed";

    private Stored() {
    }

    static Response answer(boolean created, boolean replayed, URI location, Object record) {
        Response.ResponseBuilder response = Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .location(location).entity(record);
        if (replayed) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }
}
