package io.claimtrack.claims.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.BadRequestException;

/** Parses the ISO dates and date-times the API accepts; anything else is a 400. */
public final class Dates {

    private Dates() {
    }

    /** Start of the given day (UTC) or the given instant; null when absent. */
    public static Instant parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                throw new BadRequestException(field + " must be an ISO date (2025-06-04) or date-time, got '" + value + "'");
            }
        }
    }

    /** Exclusive upper bound for a {@code to} filter: a bare date includes that whole day. */
    public static Instant parseUpperBound(String field, String value) {
        Instant instant = parse(field, value);
        return instant != null && value.trim().length() == 10 ? instant.plusSeconds(86_400) : instant;
    }

    public static String day(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
