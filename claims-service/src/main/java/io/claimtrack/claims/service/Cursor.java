package io.claimtrack.claims.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.BadRequestException;

/** Opaque keyset cursor: the sort value and id of the last item of a page. */
public record Cursor(String value, String id) {

    private static final String VERSION = "1";

    public String encode() {
        String raw = VERSION + "\n" + value + "\n" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
            if (parts.length == 3 && VERSION.equals(parts[0]) && !parts[2].isEmpty()) {
                return new Cursor(parts[1], parts[2]);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw new BadRequestException("Malformed cursor: pass the 'next' value of a previous page");
    }
}
