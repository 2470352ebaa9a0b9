package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.BadRequestException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of what callers send claims-service as text: page cursors and dates.
 * Anything they send must parse or be the documented 400; every other exception is a finding.
 * Regression mode on the committed inputs in every build; fuzzing mode: see README.md.
 */
class QueryParsingFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void cursor(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            Cursor cursor = Cursor.decode(text);
            if (cursor == null) {
                return;
            }
            assertEquals(cursor, Cursor.decode(cursor.encode()), "a decoded cursor encodes back to itself");
            fourHundredOrValue(() -> Keyset.instant(cursor));
            fourHundredOrValue(() -> Keyset.integer(cursor));
        } catch (BadRequestException expected) {
            assertNotNull(expected.getMessage());
        }
    }

    @FuzzTest(maxDuration = "10m")
    void date(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        fourHundredOrValue(() -> Dates.parse("from", text));
        fourHundredOrValue(() -> Dates.parseUpperBound("to", text));
    }

    private static void fourHundredOrValue(Runnable parse) {
        try {
            parse.run();
        } catch (BadRequestException expected) {
            assertNotNull(expected.getMessage());
        }
    }
}
