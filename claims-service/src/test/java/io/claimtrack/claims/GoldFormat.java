package io.claimtrack.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A gold line of the project's scorer (eval/GUIDELINES.md, score.py v2), checked in Java so that a
 * clone without the scorer still proves the format: an id and the text, and per statement a speaker,
 * the content as the text at its content_spans (several joined by a space), cue, mention and role as strings,
 * and a type among direct, indirect and mixed.
 */
final class GoldFormat {

    private static final Set<String> TYPES = Set.of("direct", "indirect", "mixed");
    private static final Set<String> FIELDS = Set.of("speaker", "speaker_mention", "role", "content", "content_spans", "cue",
            "type", "nested");

    private GoldFormat() {
    }

    static void check(JsonNode line) {
        assertFalse(line.path("id").asText("").isBlank(), "id: " + line);
        assertTrue(line.path("text").isTextual(), "text: " + line);
        assertTrue(line.path("statements").isArray(), "statements: " + line);
        String text = line.path("text").asText();
        for (JsonNode s : line.path("statements")) {
            s.fieldNames().forEachRemaining(field -> assertTrue(FIELDS.contains(field), "unknown field " + field + ": " + s));
            assertFalse(s.path("speaker").asText("").isBlank(), "speaker: " + s);
            for (String field : new String[] {"speaker_mention", "role", "cue"}) {
                assertTrue(s.path(field).isTextual(), field + " must be a string: " + s);
            }
            assertTrue(TYPES.contains(s.path("type").asText()), "type: " + s);
            // one span, or one per part of what was said around an interrupting speaker and cue, joined by a space
            JsonNode spans = s.path("content_spans");
            assertTrue(spans.size() >= 1, "content_spans: " + s);
            StringJoiner said = new StringJoiner(" ");
            int from = 0;
            for (JsonNode span : spans) {
                int start = span.get(0).asInt();
                int end = span.get(1).asInt();
                assertTrue(from <= start && start < end && end <= text.length(), "spans inside the text, in order: " + s);
                said.add(text.substring(start, end));
                from = end;
            }
            assertEquals(said.toString(), s.path("content").asText(), "content at its spans: " + s);
            assertTrue(!s.has("nested") || s.path("nested").asBoolean(), "nested only when true: " + s);
        }
    }
}
