package io.claimtrack.gateway.support;

import static io.claimtrack.gateway.support.Api.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The consumer side of the contracts with the downstreams (test resources under {@code contracts/}):
 * each records one exchange the gateway relies on, which the provider's own tests replay against the
 * real service. Here: reading a contract, and posting the NDJSON batch that makes the exchange happen.
 */
public final class Contracts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Contracts() {
    }

    public static JsonNode read(String resource) {
        try (InputStream in = Contracts.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String postBatch(String ndjson) {
        return editor().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/documents:batch")
                .then().statusCode(200).extract().asString();
    }

    /** A batch's result lines, by line number. */
    public static List<JsonNode> results(String body) {
        return body.lines().filter(line -> !line.isBlank()).map(Contracts::parse)
                .sorted(Comparator.comparingInt(result -> result.get("line").asInt())).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
