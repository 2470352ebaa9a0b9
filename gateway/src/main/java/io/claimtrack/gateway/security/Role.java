package io.claimtrack.gateway.security;

import java.util.Locale;
import java.util.Optional;

/** What a key may do: readers read (GETs and the stream), editors also write (ingest). */
public enum Role {
    READER,
    EDITOR;

    public boolean allows(Role required) {
        return compareTo(required) >= 0;
    }

    static Optional<Role> find(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
