package io.claimtrack.claims;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Builds POST /documents bodies; statement spans are located in the text so they are always valid. */
final class Docs {

    private final Map<String, Object> body = new HashMap<>();
    private final List<Map<String, Object>> statements = new ArrayList<>();
    private final String text;

    private Docs(String text) {
        this.text = text;
        body.put("text", text);
        body.put("source", "TASS");
        body.put("language", "en");
        body.put("statements", statements);
    }

    static Docs text(String text) {
        return new Docs(text);
    }

    /** A word no other test uses, so tests sharing one database do not see each other's data. */
    static String unique() {
        return "z" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A unique tag of letters only, for names whose capitals matter. */
    static String letters() {
        StringBuilder out = new StringBuilder();
        for (char c : unique().toCharArray()) {
            out.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return out.toString();
    }

    Docs with(String key, Object value) {
        body.put(key, value);
        return this;
    }

    Docs says(String name, String content) {
        return says(name, null, "person", content, "direct");
    }

    Docs says(String name, String role, String kind, String content, String type) {
        int start = text.indexOf(content);
        if (start < 0) {
            throw new IllegalArgumentException("statement not in text: " + content);
        }
        Map<String, Object> speaker = new HashMap<>();
        speaker.put("name", name);
        speaker.put("mention", role == null ? name : role + " " + name);
        speaker.put("role", role);
        speaker.put("kind", kind);
        Map<String, Object> statement = new HashMap<>();
        statement.put("speaker", speaker);
        statement.put("content", content);
        statement.put("span", Map.of("start", start, "end", start + content.length()));
        statement.put("cue", "said");
        statement.put("type", type);
        statement.put("confidence", 0.9);
        statements.add(statement);
        return this;
    }

    /** Sets a field of the last statement added ("region", "date", ...). */
    Docs last(String key, Object value) {
        statements.get(statements.size() - 1).put(key, value);
        return this;
    }

    /** A statement at an explicit span (for overlapping spans). */
    Docs saysAt(String name, String content, int start, int end) {
        says(name, content);
        statements.get(statements.size() - 1).put("span", Map.of("start", start, "end", end));
        return this;
    }

    /** Gives the last statement parts: each piece found in order inside its span (what was said around an interruption). */
    @SuppressWarnings("unchecked")
    Docs parts(String... pieces) {
        Map<String, Object> statement = statements.get(statements.size() - 1);
        int from = ((Map<String, Integer>) statement.get("span")).get("start");
        List<Map<String, Integer>> parts = new ArrayList<>();
        for (String piece : pieces) {
            int start = text.indexOf(piece, from);
            parts.add(Map.of("start", start, "end", start + piece.length()));
            from = start + piece.length();
        }
        statement.put("parts", parts);
        return this;
    }

    Map<String, Object> body() {
        return body;
    }

    ValidatableResponse post() {
        return given().contentType(ContentType.JSON).body(body).post("/documents").then();
    }

    String postAndGetId() {
        return post().statusCode(201).extract().path("id");
    }
}
