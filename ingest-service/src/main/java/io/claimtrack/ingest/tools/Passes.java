package io.claimtrack.ingest.tools;

import io.claimtrack.ingest.extract.Extractor;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Timed passes over one fixed slice of documents, on each of some threads, after twenty untimed ones: at least five
 * a thread and until a deadline, each pass's characters per CPU-second of its thread, their median and range, and
 * what the collector and the JIT compiler spent meanwhile.
 * One long run's average hid how much the same code varies here (a third from run to run on the shared two-core
 * machine); the passes show it, so a change can be judged against that spread.
 */
final class Passes {

    /** At least this many passes a thread, past the deadline if need be: two are no median. */
    private static final int MIN_PASSES = 5;
    /**
     * Untimed passes first, counted in work rather than seconds: a warm-up of fixed seconds was one pass on a loaded
     * machine, and the timed passes after it shared a core with ten seconds of compiling (1 thread 0.82 M against
     * 1.60 M after thirty passes, in the same minutes). The compiler's own time is no test of being warm here: its
     * threads wait for a core like any other, so it never fell below a pass's CPU time under load.
     */
    private static final int WARM_UP_PASSES = 20;

    private Passes() {
    }

    /** The untimed passes, and how long the JIT compiled meanwhile. */
    static void warmUp(Extractor extractor, List<String> slice) {
        long jit = jitMillis();
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            for (String text : slice) {
                extractor.extract(text, null);
            }
        }
        System.out.printf("warm-up    %2d passes, JIT compiling %,d ms%n", WARM_UP_PASSES, jitMillis() - jit);
    }

    /** Runs the passes and prints one line; a pass begun before the deadline is finished and counted. */
    static void run(Extractor extractor, List<String> slice, int threads, double seconds, String label)
            throws Exception {
        long sliceChars = slice.stream().mapToLong(String::length).sum();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long gcCount = gcCount();
        long gcMillis = gcMillis();
        long jitMillis = jitMillis();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> passCpuNanos(extractor, slice, deadline)));
        }
        List<Long> cpuNanos = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            cpuNanos.addAll(f.get());
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> rates = new ArrayList<>();
        for (long nanos : cpuNanos) {
            rates.add(sliceChars / (nanos / 1e9));
        }
        Collections.sort(rates);
        double median = rates.size() % 2 == 1 ? rates.get(rates.size() / 2)
                : (rates.get(rates.size() / 2 - 1) + rates.get(rates.size() / 2)) / 2;
        double min = rates.get(0);
        double max = rates.get(rates.size() - 1);
        // Per CPU-second rather than per wall second: on a shared machine only the first measures the extractor.
        System.out.printf("%-10s %2d passes of %,d chars: median %,.0f chars per CPU-second of a thread (min %,.0f, max"
                + " %,.0f, range %.0f %% of the median); %,.0f chars/s per thread by the clock; collector %d times, %,d ms;"
                + " JIT compiling %,d ms%n", label, rates.size(), sliceChars, median, min, max, 100 * (max - min) / median,
                rates.size() * sliceChars / elapsed / threads, gcCount() - gcCount, gcMillis() - gcMillis,
                jitMillis() - jitMillis);
    }

    private static List<Long> passCpuNanos(Extractor extractor, List<String> slice, long deadline) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<Long> passes = new ArrayList<>();
        do {
            long cpu = bean.getCurrentThreadCpuTime();
            for (String text : slice) {
                extractor.extract(text, null);
            }
            passes.add(bean.getCurrentThreadCpuTime() - cpu);
        } while (passes.size() < MIN_PASSES || System.nanoTime() < deadline);
        return passes;
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** The compiler threads' time so far (0 where the JVM does not count it). */
    static long jitMillis() {
        var compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported() ? compiler.getTotalCompilationTime()
                : 0;
    }
}
