package io.claimtrack.claims.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/** How a POST that may be a repeat answers: 201 with the new record's address, or 200 with the record stored before. */
final class Answers {

    private Answers() {
    }

    static Response stored(boolean created, String location, Object record) {
        return created ? Response.created(URI.create(location)).entity(record).build() : Response.ok(record).build();
    }
}
