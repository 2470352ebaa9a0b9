package io.claimtrack.gateway.security;

/**
 * An authenticated API key. {@code id} is a short prefix of the key's hash: safe to log and to key
 * rate limits by, useless for calling the API. {@code name} is who the key belongs to, as configured
 * ({@code key:role:name}), else the id: what correction records say made them.
 */
public record Caller(String id, Role role, String name) {
}
