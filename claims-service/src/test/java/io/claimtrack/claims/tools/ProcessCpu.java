package io.claimtrack.claims.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * CPU a process has used so far, from /proc, with the share of its JIT compiler and garbage collector
 * threads apart: for thousands of requests after its start a Quarkus service's C2 compiler is still
 * compiling what each request runs once (a method is compiled by C2 after about 5,000 to 15,000 calls),
 * and that cost says nothing about what a request costs once it is compiled.
 */
record ProcessCpu(long totalMillis, long compilerMillis, long gcMillis) {

    /** Linux's USER_HZ: /proc counts CPU in ticks of 10 ms. */
    private static final long MILLIS_PER_TICK = 10;

    static ProcessCpu of(String pid) throws IOException {
        Path proc = Path.of("/proc", pid.strip());
        long compiler = 0;
        long gc = 0;
        try (Stream<Path> tasks = Files.list(proc.resolve("task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                String name;
                long millis;
                try {
                    name = Files.readString(task.resolve("comm")).strip();
                    millis = millis(Files.readString(task.resolve("stat")));
                } catch (IOException ended) {
                    // a thread that ends between the listing and the read fails it (no such file, or ESRCH "No such
                    // process"); its time still counts in the process's own line below
                    continue;
                }
                if (name.contains("CompilerThre")) {
                    compiler += millis;
                } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                    gc += millis;
                }
            }
        }
        // the process's own line also counts threads that have ended since (request threads come and go)
        return new ProcessCpu(millis(Files.readString(proc.resolve("stat"))), compiler, gc);
    }

    /** The process ids of a benchmark's {@code --pids}: comma-separated, none if blank. */
    static String[] ids(String pids) {
        return pids.isBlank() ? new String[0] : pids.split(",");
    }

    /** The CPU of each of these processes so far, in their order. */
    static List<ProcessCpu> ofEach(String[] pids) throws IOException {
        List<ProcessCpu> cpu = new ArrayList<>();
        for (String pid : pids) {
            cpu.add(of(pid));
        }
        return cpu;
    }

    ProcessCpu minus(ProcessCpu earlier) {
        return new ProcessCpu(totalMillis - earlier.totalMillis, compilerMillis - earlier.compilerMillis, gcMillis - earlier.gcMillis);
    }

    /** e.g. "5.1 ms per document (JIT compiler 2.4, GC 0.1, the rest 2.6)". */
    String perDocument(int documents) {
        return per(documents, "per document");
    }

    /** e.g. "5.1 ms a request (JIT compiler 2.4, GC 0.1, the rest 2.6)" for {@code per(1000, "a request")}. */
    String per(int count, String unit) {
        double n = count;
        return String.format(Locale.ROOT, "%.1f ms %s (JIT compiler %.1f, GC %.1f, the rest %.1f)", totalMillis / n, unit,
                compilerMillis / n, gcMillis / n, (totalMillis - compilerMillis - gcMillis) / n);
    }

    /** User and system time, fields 14 and 15; the command name (field 2) may hold spaces, the fields after it do not. */
    private static long millis(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * MILLIS_PER_TICK;
    }
}
