package io.claimtrack.ingest.extract;

import java.time.LocalDate;

/** "MOSCOW, June 4. /TASS/." or "WASHINGTON (AP) —": where, when and which wire. */
public record Dateline(String place, LocalDate date, String wire, int start, int end) {
}
