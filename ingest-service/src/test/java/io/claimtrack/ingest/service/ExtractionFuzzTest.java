package io.claimtrack.ingest.service;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import io.claimtrack.ingest.extract.Extractor;
import io.claimtrack.ingest.mapping.ExtractionMapper;
import io.claimtrack.ingest.model.ExtractionRequest;
import io.claimtrack.ingest.model.ExtractionResponse;
import io.claimtrack.ingest.model.StatementDto;

/**
 * Coverage-guided fuzzing of the extractor on any text and on any HTML. {@code ./mvnw -B verify} runs
 * the committed inputs under src/test/resources/.../ExtractionFuzzTestInputs (regression mode); the
 * command in README.md fuzzes for a given time and writes new findings there. Any exception is a
 * finding, so is a span that does not hold its content, and so is a document slower than the budget.
 */
class ExtractionFuzzTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** 1 s of CPU per 100 KB as the issue asks, plus a second for what one cold run costs (class loading, JIT). */
    private static final long NANOS_PER_CHAR = 10_000L;
    private static final long FLOOR_NANOS = 1_000_000_000L;

    static {
        // Lexicons loaded and the common paths compiled, so the budget measures the input, not the start.
        for (int i = 0; i < 200; i++) {
            EXTRACTOR.extract("MOSCOW, June 4 (TASS). \"Talks were useful,\" Kremlin aide Yury Ushakov told reporters. " + i, null);
            HtmlText.convert("<p>\"Yes,\" she said.</p>" + i);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyText(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8), "text");
    }

    @FuzzTest(maxDuration = "10m")
    void anyHtml(byte[] input) {
        check(new String(input, StandardCharsets.UTF_8), "html");
    }

    private static void check(String input, String format) {
        // CPU time of this thread: the machine running the build may be busy with other work.
        long start = THREADS.getCurrentThreadCpuTime();
        String title = null;
        String text = input;
        if (format.equals("html")) {
            HtmlText.Page page = HtmlText.convert(input);
            title = page.title();
            text = page.text();
        }
        ExtractionResponse response = ExtractionMapper.toResponse(EXTRACTOR.extract(text, null),
                new ExtractionRequest(input, null, null, null, format), title);
        long elapsed = THREADS.getCurrentThreadCpuTime() - start;
        assertTrue(elapsed < FLOOR_NANOS + NANOS_PER_CHAR * input.length(),
                () -> "extraction of " + input.length() + " characters took " + elapsed / 1_000_000 + " ms of CPU");
        for (StatementDto s : response.statements()) {
            assertTrue(s.span().start() >= 0 && s.span().start() <= s.span().end() && s.span().end() <= text.length(),
                    () -> "span " + s.span() + " outside the text of " + input.length() + " characters");
            assertEquals(s.content(), text.substring(s.span().start(), s.span().end()), "the span holds the content");
        }
    }
}
