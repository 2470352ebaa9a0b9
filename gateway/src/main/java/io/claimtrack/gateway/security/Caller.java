package io.claimtrack.gateway.security;

/**
 * An authenticated API key. {@code id} is a short prefix of the key's hash: safe to log and to key
 * rate limits by, useless for calling the API.
 */
public record Caller(String id, Role role) {
}
