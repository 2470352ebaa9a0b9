package io.claimtrack.gateway.mapping;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ws.rs.core.StreamingOutput;

import io.claimtrack.gateway.model.Appearance;
import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimPage;

/**
 * Claims as CSV (RFC 4180, UTF-8) for spreadsheets, written page by page as claims-service returns
 * them, so an export of any size streams in bounded memory. A cell that a spreadsheet would run as
 * a formula (starting with =, +, - or @) is prefixed with an apostrophe.
 */
public final class ClaimCsv {

    public static final String MEDIA_TYPE = "text/csv";

    private static final List<String> HEADER = List.of("id", "speaker_id", "speaker", "type", "text", "first_seen", "last_seen",
            "appearances", "first_source", "first_url", "first_published");

    private ClaimCsv() {
    }

    /** Every claim from the page at {@code cursor} on; {@code page} fetches one page by cursor. */
    public static StreamingOutput export(String cursor, Function<String, ClaimPage> page) {
        return output -> {
            Writer csv = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            row(csv, HEADER);
            String next = cursor;
            do {
                ClaimPage claims = page.apply(next);
                for (Claim claim : claims.items() == null ? List.<Claim>of() : claims.items()) {
                    row(csv, cells(claim));
                }
                csv.flush();
                next = claims.next();
            } while (next != null);
            csv.flush();
        };
    }

    private static List<String> cells(Claim claim) {
        Appearance first = claim.appearances() == null ? null : claim.appearances().stream()
                .min((a, b) -> String.valueOf(a.published()).compareTo(String.valueOf(b.published()))).orElse(null);
        return Stream.of(claim.id(), claim.speaker() == null ? null : claim.speaker().id(),
                claim.speaker() == null ? null : claim.speaker().name(), claim.type(), claim.text(),
                claim.firstSeen() == null ? null : claim.firstSeen().toString(),
                claim.lastSeen() == null ? null : claim.lastSeen().toString(), String.valueOf(claim.appearanceCount()),
                first == null ? null : first.source(), first == null ? null : first.url(), first == null ? null : first.published())
                .toList();
    }

    private static void row(Writer csv, List<String> cells) throws java.io.IOException {
        csv.write(cells.stream().map(ClaimCsv::cell).collect(Collectors.joining(",")));
        csv.write("\r\n");
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
