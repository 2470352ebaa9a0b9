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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Extractor throughput on a corpus: characters and documents per second on one core and on all cores,
 * the heap the run needed, then the CPU time of each adversarial 1 MB input ({@link AdversarialInputs}), each in a JVM
 * of its own: its first run, and warmed. Usage: {@code Benchmark CORPUS [seconds]} where CORPUS is a JSONL file
 * with a "text" field per line (the evaluation format) or a directory of .txt/.json request files.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Benchmark CORPUS.jsonl|DIR [seconds]");
            System.exit(2);
        }
        List<String> docs = load(Path.of(args[0]));
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        long chars = docs.stream().mapToLong(String::length).sum();
        System.out.printf("corpus: %d documents, %d characters (mean %d)%n", docs.size(), chars, chars / docs.size());

        long t0 = System.nanoTime();
        Extractor extractor = new Extractor();
        System.out.printf("extractor ready in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
        run(extractor, docs, 1, Math.max(2, seconds / 3), "warm-up");
        run(extractor, docs, 1, seconds, "1 thread");
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores > 1) {
            run(extractor, docs, cores, seconds, cores + " threads");
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("heap after run: used %d MB, committed %d MB, max %d MB%n", heap.getUsed() >> 20,
                heap.getCommitted() >> 20, heap.getMax() >> 20);
        AdversarialInputs.runEachInFreshJvm();
    }

    private static void run(Extractor extractor, List<String> docs, int threads, double seconds, String label)
            throws Exception {
        AtomicLong chars = new AtomicLong();
        AtomicLong count = new AtomicLong();
        AtomicLong statements = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    String text = docs.get(i % docs.size());
                    statements.addAndGet(extractor.extract(text, null).attributions.size());
                    chars.addAndGet(text.length());
                    count.incrementAndGet();
                }
                cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu);
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        // Per CPU-second as well as per wall second: on a shared machine only the first measures the extractor.
        System.out.printf("%-10s %,12.0f chars/s total, %,12.0f chars/s per thread, %,12.0f chars per CPU-second,"
                + " %,9.1f docs/s, %,d statements%n", label, chars.get() / elapsed, chars.get() / elapsed / threads,
                chars.get() / (cpuNanos.get() / 1e9), count.get() / elapsed, statements.get());
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
