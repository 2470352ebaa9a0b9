package io.claimtrack.ingest.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimtrack.ingest.extract.AnnotatedDocument;
import io.claimtrack.ingest.extract.Attribution;
import io.claimtrack.ingest.extract.Calibration;
import io.claimtrack.ingest.extract.Extractor;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Runs the extractor over a gold JSONL and writes predictions in the reference scorer's format.
 * Usage: {@code Evaluate GOLD.jsonl PRED.jsonl}.
 */
public final class Evaluate {

    private Evaluate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Evaluate GOLD.jsonl PRED.jsonl");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        Extractor extractor = new Extractor();
        int docs = 0;
        int statements = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = json.readTree(line);
                AnnotatedDocument doc = extractor.extract(gold.path("text").asText(), date(gold));
                ObjectNode pred = json.createObjectNode();
                pred.put("id", gold.path("id").asText());
                ArrayNode list = pred.putArray("statements");
                for (Attribution a : doc.attributions) {
                    ObjectNode s = list.addObject();
                    s.put("speaker", a.speaker);
                    s.put("speaker_mention", a.mentionText());
                    s.put("content", a.content(doc.text));
                    // The v2 scorer checks text overlap with these offsets instead of searching for the content.
                    ObjectNode span = s.putObject("span");
                    span.put("start", a.contentStart);
                    span.put("end", a.contentEnd);
                    s.put("cue", a.cue);
                    s.put("type", a.type.apiName());
                    s.put("region", doc.region(a.block));
                    // What the calibration table is keyed on, and what it gave.
                    s.put("source", a.source.name());
                    s.put("cue_class", Calibration.cueClass(a).name());
                    s.put("speaker_class", Calibration.speakerClass(a).name());
                    s.put("confidence", a.confidence);
                    if (a.nested) {
                        s.put("nested", true);
                    }
                }
                out.write(json.writeValueAsString(pred));
                out.newLine();
                docs++;
                statements += doc.attributions.size();
            }
        }
        System.out.printf("%d documents, %d statements -> %s%n", docs, statements, args[1]);
    }

    private static LocalDate date(JsonNode gold) {
        String s = gold.path("published").asText(gold.path("date").asText(""));
        try {
            return s.length() >= 10 ? LocalDate.parse(s.substring(0, 10)) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
