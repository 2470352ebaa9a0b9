package io.claimtrack.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A gold line of the project's scorer (eval/GUIDELINES.md, score.py v2), checked in Java so that a
 * clone without the scorer still proves the format: an id and the text, and per statement a speaker,
 * the content as an exact substring of the text at its content_spans, cue, mention and role as strings,
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
            JsonNode spans = s.path("content_spans");
            assertEquals(1, spans.size(), "content_spans: " + s);
            int start = spans.get(0).get(0).asInt();
            int end = spans.get(0).get(1).asInt();
            assertTrue(0 <= start && start < end && end <= text.length(), "span inside the text: " + s);
            assertEquals(text.substring(start, end), s.path("content").asText(), "content at its span: " + s);
            assertTrue(!s.has("nested") || s.path("nested").asBoolean(), "nested only when true: " + s);
        }
    }
}
