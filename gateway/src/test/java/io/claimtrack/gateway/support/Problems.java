package io.claimtrack.gateway.support;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every error of the public API looks like: RFC 7807 problem+json. */
public final class Problems {

    private Problems() {
    }

    public static ResponseSpecification problem(int status, String detail) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith("application/problem+json"))
                .expectBody("status", is(status))
                .expectBody("detail", is(detail))
                .build();
    }
}
