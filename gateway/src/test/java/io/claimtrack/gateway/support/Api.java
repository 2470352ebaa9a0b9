package io.claimtrack.gateway.support;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests carrying the API keys the test profile configures. */
public final class Api {

    public static final String EDITOR_KEY = "test-editor-key";
    public static final String READER_KEY = "test-reader-key";

    private Api() {
    }

    public static RequestSpecification editor() {
        return given().header("X-API-Key", EDITOR_KEY);
    }

    public static RequestSpecification reader() {
        return given().header("X-API-Key", READER_KEY);
    }
}
