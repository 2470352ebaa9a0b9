package io.claimtrack.claims.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An acknowledged correction survives kill -9 of the packaged service on the embedded store: after the
 * restart it is listed, the record reads as corrected, and a retry with its Idempotency-Key gets the
 * first record instead of a second correction.
 */
class CorrectionRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "correction-restart-token-" + Long.toHexString(System.nanoTime());

    @Test
    void anAcknowledgedCorrectionSurvivesKillNineAndARetryFindsIt() throws Exception {
        PackagedService.requireJar();
        Path data = Files.createTempDirectory("claims-corrections");
        String text = "\"Fares stay frozen,\" Lena Ortiz said. \"Buy tickets online now,\" Ortiz added.";
        ObjectNode document = JSON.createObjectNode().put("text", text).put("source", "Restart Desk").put("published", "2025-06-04");
        statement(document.putArray("statements"), text, "Lena Ortiz", "Fares stay frozen");
        statement((com.fasterxml.jackson.databind.node.ArrayNode) document.get("statements"), text, "Lena Ortiz",
                "Buy tickets online now");
        String hide = JSON.createObjectNode().put("by", "night-desk").put("idempotencyKey", "restart-1")
                .set("request", JSON.createObjectNode().put("action", "hide").put("reason", "an advert")
                        .set("statement", JSON.createObjectNode().put("document", "DOC")
                                .set("span", span(text, "Buy tickets online now")))).toString();

        PackagedService first = PackagedService.start(data, TOKEN);
        String documentId;
        String correctionId;
        String speakerId;
        try {
            JsonNode stored = JSON.readTree(first.send("POST", "/documents", document.toString()).body());
            documentId = stored.path("id").asText();
            speakerId = stored.path("statements").get(0).path("speakerId").asText();
            HttpResponse<String> made = first.send("POST", "/corrections", hide.replace("DOC", documentId));
            assertEquals(201, made.statusCode(), made.body());
            correctionId = JSON.readTree(made.body()).path("id").asText();
        } finally {
            first.kill();
        }

        PackagedService second = PackagedService.start(data, TOKEN);
        try {
            assertEquals(correctionId, JSON.readTree(second.send("GET", "/corrections?document=" + documentId, null).body())
                    .path("items").get(0).path("id").asText());
            assertEquals(1, JSON.readTree(second.send("GET", "/speakers/" + speakerId, null).body()).path("claimCount").asInt());
            assertEquals(true, JSON.readTree(second.send("GET", "/documents/" + documentId, null).body())
                    .path("statements").get(1).path("corrected").path("hidden").asBoolean());
            HttpResponse<String> retried = second.send("POST", "/corrections", hide.replace("DOC", documentId));
            assertEquals(200, retried.statusCode(), retried.body());
            assertEquals(correctionId, JSON.readTree(retried.body()).path("id").asText());
            assertEquals(1, JSON.readTree(second.send("GET", "/corrections?document=" + documentId, null).body())
                    .path("items").size());
        } finally {
            second.kill();
        }
    }

    private static void statement(com.fasterxml.jackson.databind.node.ArrayNode statements, String text, String speaker,
            String content) {
        ObjectNode s = statements.addObject();
        s.putObject("speaker").put("name", speaker).put("kind", "person");
        s.put("content", content).put("cue", "said").put("type", "direct");
        s.set("span", span(text, content));
    }

    private static ObjectNode span(String text, String content) {
        int start = text.indexOf(content);
        return JSON.createObjectNode().put("start", start).put("end", start + content.length());
    }
}
