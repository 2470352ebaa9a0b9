package io.claimtrack.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The served OpenAPI document is the contract clients are generated from: it must equal the
 * committed copy, so every change of the API is reviewed as a diff of src/main/openapi/openapi.json.
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path COMMITTED = Path.of("src", "main", "openapi", "openapi.json");
    private static final Path SERVED = Path.of("target", "openapi", "openapi.json");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void servedOpenApiIsTheCommittedOne() throws IOException {
        JsonNode served = JSON.readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Files.createDirectories(SERVED.getParent());
        Files.writeString(SERVED, JSON.writeValueAsString(JSON.treeToValue(served, Object.class)) + "\n");
        assertTrue(Files.exists(COMMITTED), "no committed OpenAPI: review " + SERVED + " and copy it to " + COMMITTED);
        JsonNode committed = JSON.readTree(COMMITTED.toFile());
        List<String> differences = new ArrayList<>();
        diff("", committed, served, differences);
        assertEquals(List.of(), differences, "the served OpenAPI differs from " + COMMITTED + "; if the change is meant, "
                + "review the diff and copy " + SERVED + " over it");
    }

    /** JSON pointers where the two documents differ, so a failure says where, not just that. */
    private static void diff(String at, JsonNode committed, JsonNode served, List<String> differences) {
        if (committed == null || served == null || committed.isObject() != served.isObject()
                || committed.isArray() != served.isArray() || committed.isValueNode() && !committed.equals(served)) {
            if (committed == null || !committed.equals(served)) {
                differences.add(at + ": committed " + abbreviate(committed) + ", served " + abbreviate(served));
            }
            return;
        }
        if (committed.isArray() && committed.size() != served.size()) {
            differences.add(at + ": committed " + abbreviate(committed) + ", served " + abbreviate(served));
            return;
        }
        if (committed.isContainerNode()) {
            List<String> names = new ArrayList<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(name -> {
                if (!committed.has(name)) {
                    names.add(name);
                }
            });
            for (String name : names) {
                diff(at + "/" + name.replace("~", "~0").replace("/", "~1"), committed.get(name), served.get(name), differences);
            }
            for (int i = 0; committed.isArray() && i < committed.size(); i++) {
                diff(at + "/" + i, committed.get(i), served.get(i), differences);
            }
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
