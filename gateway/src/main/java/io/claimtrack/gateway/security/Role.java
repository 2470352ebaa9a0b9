package io.claimtrack.gateway.security;

import java.util.Locale;

/** What a key may do: readers read (GETs and the stream), editors also write (ingest). */
public enum Role {
    READER,
    EDITOR;

    public boolean allows(Role required) {
        return compareTo(required) >= 0;
    }

    static Role parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
