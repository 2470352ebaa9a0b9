package io.claimtrack.claims.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    /** Where the spinning thread's work goes, so that it cannot be optimised away. */
    private static volatile long sink;

    @Test
    void workOnAnOrdinaryThreadCountsAsTheRestNotAsCompilerOrGc() throws Exception {
        String self = String.valueOf(ProcessHandle.current().pid());
        ProcessCpu before = ProcessCpu.of(self);
        Thread worker = new Thread(ProcessCpuTest::spin, "bench-worker");
        worker.start();
        worker.join();
        ProcessCpu used = ProcessCpu.of(self).minus(before);

        long rest = used.totalMillis() - used.compilerMillis() - used.gcMillis();
        assertTrue(rest >= 200, "300 ms of spinning on an ordinary thread, the rest was " + rest + " ms");
        assertTrue(used.compilerMillis() >= 0 && used.gcMillis() >= 0);
    }

    @Test
    void printsPerDocumentWithTheSharesApart() {
        assertEquals("5.1 ms per document (JIT compiler 2.4, GC 0.1, the rest 2.6)",
                new ProcessCpu(5100, 2400, 100).perDocument(1000));
        assertEquals("0.5 ms a request (JIT compiler 0.2, GC 0.0, the rest 0.3)",
                new ProcessCpu(5100, 2400, 100).per(10_000, "a request"));
    }

    @Test
    void readsTheProcessIdsOfABenchmarkOption() {
        assertEquals(0, ProcessCpu.ids(" ").length);
        assertEquals(List.of("12", "345"), List.of(ProcessCpu.ids("12,345")));
    }

    /** Keeps one core busy for 300 ms of this thread's own CPU time. */
    private static void spin() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long until = threads.getCurrentThreadCpuTime() + 300_000_000L;
        while (threads.getCurrentThreadCpuTime() < until) {
            sink += System.nanoTime() % 7;
        }
    }
}
