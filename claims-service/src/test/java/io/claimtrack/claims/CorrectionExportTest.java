package io.claimtrack.claims;

import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.hide;
import static io.claimtrack.claims.CorrectionResourceTest.input;
import static io.claimtrack.claims.CorrectionResourceTest.reassign;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.model.Filters;

import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.service.Cursor;
import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Corrected documents as an evaluation set: each line is a gold line of the project's scorer (checked
 * here field by field, always), and when the scorer is next to the checkout (../shared/eval/score.py,
 * not in a fresh clone) it scores the extraction as it was against the corrections.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class CorrectionExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCORER = Path.of("..", "..", "shared", "eval", "score.py");

    @Inject
    StoreReads reads;

    @Test
    void theExportIsTheCorrectedRecordInTheScorersGoldFormat() throws Exception {
        String tag = Docs.letters();
        String text = "\"Wages will rise " + tag + ",\" Ines " + tag + " said. \"Rents will fall " + tag
                + ",\" she added. Sign up for our newsletter " + tag + ".";
        JsonPath doc = Docs.text(text).with("published", "2025-06-04")
                .says("Ines " + tag, "Wages will rise " + tag).says("Ines " + tag, "Rents will fall " + tag)
                .says("Ines " + tag, "Sign up for our newsletter " + tag)
                .post().statusCode(201).extract().jsonPath();
        String id = doc.getString("id");
        correct(hide(id, doc, 2, "a newsletter prompt")).statusCode(201);
        correct(reassign(id, doc, 1, Map.of("name", "Jonas Vikander", "kind", "person"), "Jonas said it")).statusCode(201);

        JsonNode line = exported(id);
        GoldFormat.check(line);
        assertEquals(text, line.path("text").asText());
        assertEquals(2, line.path("statements").size(), "the hidden statement is left out: " + line);
        assertEquals("Ines " + tag, line.path("statements").get(0).path("speaker").asText());
        assertEquals("Jonas Vikander", line.path("statements").get(1).path("speaker").asText());
        assertEquals("Rents will fall " + tag, line.path("statements").get(1).path("content").asText());

        assumeTrue(Files.isRegularFile(SCORER), "skipped: no scorer at " + SCORER.toAbsolutePath().normalize()
                + " (a checkout next to shared/eval runs it; the format is checked above in any case)");
        Path dir = Files.createTempDirectory("corrections-eval");
        Path gold = dir.resolve("gold.jsonl");
        Path pred = dir.resolve("pred.jsonl");
        Files.writeString(gold, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8);
        Files.writeString(pred, JSON.writeValueAsString(extraction(id, doc)) + "\n", StandardCharsets.UTF_8);
        JsonNode loose = score(gold, pred).get(0);
        // the extraction as it was, measured against the editors: one non-statement, one wrong speaker
        assertEquals(0.3, loose.path("threshold").asDouble());
        assertEquals(2, loose.path("tp").asInt());
        assertEquals(1, loose.path("fp").asInt());
        assertEquals(0, loose.path("fn").asInt());
        assertEquals(0.5, loose.path("resolved_speaker_acc").asDouble(), 1e-9);
    }

    @Test
    void onlyCurrentCorrectedDocumentsAreExportedAndPagingReachesEveryOne() throws Exception {
        String tag = Docs.letters();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonPath doc = Docs.text("Kai " + tag + " said item " + i + " ships " + tag + ".").says("Kai " + tag, "item " + i + " ships " + tag)
                    .post().statusCode(201).extract().jsonPath();
            correct(hide(doc.getString("id"), doc, 0, "test " + i)).statusCode(201);
            ids.add(doc.getString("id"));
        }
        String untouched = Docs.text("Kai " + tag + " said nothing changed " + tag + ".").says("Kai " + tag, "nothing changed " + tag)
                .postAndGetId();

        List<String> all = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().queryParam("limit", 1).queryParam("cursor", cursor).get("/corrections/documents").then()
                    .statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.id"));
            cursor = page.getString("next");
        } while (cursor != null);
        assertTrue(all.containsAll(ids), "every corrected document: " + all);
        assertTrue(!all.contains(untouched), "a document without corrections is no part of the set");
        assertEquals(all.size(), Set.copyOf(all).size(), "each once");
    }

    @Test
    void eachStatementIsExportedWithItsSpeakerAfterMergesOrItsRecordedNameWhenTheSpeakerIsGone() throws Exception {
        String tag = Docs.letters();
        String[] said = {"ports " + tag, "roads " + tag, "rails " + tag, "mines " + tag, "farms " + tag, "banks " + tag,
                "mills " + tag};
        String text = String.join(". ", said) + ".";
        JsonPath doc = Docs.text(text).says("Ada " + tag, said[0]).says("Bo " + tag, said[1]).says("Cy " + tag, said[2])
                .says("Dora " + tag, said[3]).says("DORA " + tag.toUpperCase(), said[4]).says("Eli " + tag, said[5])
                .says("Eli " + tag, said[6]).post().statusCode(201).extract().jsonPath();
        String id = doc.getString("id");
        List<String> speakerIds = doc.getList("statements.speakerId");
        assertEquals(speakerIds.get(3), speakerIds.get(4), "one speaker, recorded under two spellings");
        correct(hide(id, doc, 6, "a duplicate")).statusCode(201);
        // Ada into Bo, then Bo into Cy: a chain of two
        correct(input(new HashMap<>(Map.of("action", "merge", "speaker", speakerIds.get(0), "into", speakerIds.get(1),
                "reason", "the same person")))).statusCode(201);
        correct(input(new HashMap<>(Map.of("action", "merge", "speaker", speakerIds.get(1), "into", speakerIds.get(2),
                "reason", "the same person")))).statusCode(201);
        Speaker.mongoCollection().deleteOne(Filters.eq("_id", speakerIds.get(3)));

        JsonNode line = exported(id);
        List<String> speakers = new ArrayList<>();
        line.path("statements").forEach(s -> speakers.add(s.path("speaker").asText()));
        // a gone speaker's statements take the name the document's first of them recorded
        assertEquals(List.of("Cy " + tag, "Cy " + tag, "Cy " + tag, "Dora " + tag, "Dora " + tag, "Eli " + tag),
                speakers);
        List<String> contents = new ArrayList<>();
        line.path("statements").forEach(s -> contents.add(s.path("content").asText()));
        assertEquals(List.of(said).subList(0, 6), contents);
    }

    @Test
    void anExportReadsItsSpeakersInOneFindHoweverManyThereAre() throws Exception {
        String tag = Docs.letters();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            text.append("Item ").append(i).append(" ships ").append(tag).append(". ");
        }
        Docs body = Docs.text(text.toString().trim());
        for (int i = 0; i < 12; i++) {
            body.says("Speaker" + (char) ('a' + i) + " " + tag, "Item " + i + " ships " + tag);
        }
        JsonPath doc = body.post().statusCode(201).extract().jsonPath();
        String id = doc.getString("id");
        correct(hide(id, doc, 0, "not a statement")).statusCode(201);
        String zed = Docs.text("Zed " + tag + " said nothing " + tag + ".").says("Zed " + tag, "nothing " + tag).post()
                .statusCode(201).extract().path("statements[0].speakerId");
        correct(input(new HashMap<>(Map.of("action", "merge", "speaker", doc.getString("statements[1].speakerId"),
                "into", zed, "reason", "the same person")))).statusCode(201);
        // a page of this document alone: the cursor of an id just before it
        String before = new Cursor("", id.substring(0, id.length() - 1)).encode();

        reads.reset();
        given().queryParam("limit", 1).queryParam("cursor", before).get("/corrections/documents").then().statusCode(200)
                .body("items[0].id", equalTo(id)).body("items[0].statements", hasSize(11))
                .body("items[0].statements[0].speaker", equalTo("Zed " + tag))
                .body("items[0].statements[1].speaker", equalTo("Speakerc " + tag));
        // the 11 statements' speakers, then the merge hop to the one outside the document; the corrections once
        assertEquals(2, reads.finds("speakers"));
        assertEquals(1, reads.finds("corrections"));
    }

    static JsonNode exported(String id) throws IOException {
        String cursor = null;
        do {
            String body = given().queryParam("limit", 100).queryParam("cursor", cursor).get("/corrections/documents").then()
                    .statusCode(200).extract().asString();
            JsonNode page = JSON.readTree(body);
            for (JsonNode line : page.path("items")) {
                if (id.equals(line.path("id").asText())) {
                    return line;
                }
            }
            cursor = page.path("next").isNull() ? null : page.path("next").asText();
        } while (cursor != null);
        throw new AssertionError("document " + id + " not exported");
    }

    /** The statements as extracted, as a prediction line. */
    private static ObjectNode extraction(String id, JsonPath doc) {
        ObjectNode pred = JSON.createObjectNode();
        pred.put("id", id);
        var list = pred.putArray("statements");
        for (int i = 0; i < doc.getList("statements").size(); i++) {
            ObjectNode s = list.addObject();
            s.put("speaker", doc.getString("statements[" + i + "].speaker.name"));
            s.put("content", doc.getString("statements[" + i + "].content"));
            s.putObject("span").put("start", doc.getInt("statements[" + i + "].span.start"))
                    .put("end", doc.getInt("statements[" + i + "].span.end"));
            s.put("cue", doc.getString("statements[" + i + "].cue"));
            s.put("type", doc.getString("statements[" + i + "].type"));
        }
        return pred;
    }

    private static List<JsonNode> score(Path gold, Path pred) throws Exception {
        Process scorer = new ProcessBuilder("python3", SCORER.toString(), gold.toString(), pred.toString())
                .redirectErrorStream(true).start();
        String out = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(scorer.waitFor(60, TimeUnit.SECONDS), "score.py did not finish");
        assertEquals(0, scorer.exitValue(), "score.py failed: " + out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
