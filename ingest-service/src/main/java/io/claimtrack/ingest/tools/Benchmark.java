package io.claimtrack.ingest.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrack.ingest.extract.Extractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extractor throughput on a corpus: timed passes over its first 300,000 characters on one core and on all cores,
 * each pass's characters per CPU-second with their median and range ({@link Passes}), the heap the run needed; then
 * the CPU time of each adversarial 1 MB input ({@link AdversarialInputs}), each in a JVM of its own: its first run,
 * and warmed. Usage: {@code Benchmark CORPUS [seconds] [throughput]} where CORPUS is a JSONL file with a "text" field
 * per line (the evaluation format) or a directory of .txt/.json request files; "throughput" skips the adversarial
 * inputs (some twenty minutes on a loaded machine).
 */
public final class Benchmark {

    /**
     * A fifth of a second of one quiet thread's work: a run of a few seconds gives a dozen passes to compare even when
     * the machine's other work leaves this one a small share of a core.
     */
    private static final long PASS_CHARS = 300_000;

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Benchmark CORPUS.jsonl|DIR [seconds] [throughput]");
            System.exit(2);
        }
        List<String> docs = load(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        long chars = docs.stream().mapToLong(String::length).sum();
        List<String> pass = passSlice(docs);
        System.out.printf("corpus: %d documents, %d characters (mean %d); a pass: the first %d documents, %d characters%n",
                docs.size(), chars, chars / docs.size(), pass.size(), pass.stream().mapToLong(String::length).sum());

        long t0 = System.nanoTime();
        Extractor extractor = new Extractor();
        System.out.printf("extractor ready in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        Passes.warmUp(extractor, pass);
        Passes.run(extractor, pass, 1, seconds, "1 thread");
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores > 1) {
            Passes.run(extractor, pass, cores, seconds, cores + " threads");
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("heap after run: used %d MB, committed %d MB, max %d MB%n", heap.getUsed() >> 20,
                heap.getCommitted() >> 20, heap.getMax() >> 20);
        if (args.length < 3 || !args[2].equals("throughput")) {
            AdversarialInputs.runEachInFreshJvm();
        }
    }

    /**
     * The documents every timed pass reads: the corpus's first {@link #PASS_CHARS} characters of whole documents. A
     * fixed slice, so that passes differ only in the machine, not in which documents a deadline let in.
     */
    private static List<String> passSlice(List<String> docs) {
        List<String> slice = new ArrayList<>();
        long chars = 0;
        for (String doc : docs) {
            if (chars >= PASS_CHARS) {
                break;
            }
            slice.add(doc);
            chars += doc.length();
        }
        return slice;
    }

    private static List<String> load(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> docs = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(corpus)) {
            try (var list = Files.list(corpus)) {
                list.sorted().forEach(files::add);
            }
        } else {
            files.add(corpus);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".txt")) {
                docs.add(Files.readString(file, StandardCharsets.UTF_8));
                continue;
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (name.endsWith(".json")) {
                    docs.add(json.readTree(in).path("text").asText());
                    continue;
                }
                for (String line; (line = in.readLine()) != null;) {
                    JsonNode node = line.isBlank() ? null : json.readTree(line);
                    if (node != null && node.hasNonNull("text")) {
                        docs.add(node.get("text").asText());
                    }
                }
            }
        }
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no documents in " + corpus);
        }
        return docs;
    }
}
