package io.claimtrack.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.claimtrack.gateway.config.GatewayConfig;

/**
 * The configured API keys, held only as SHA-256 hashes so that neither logs nor a heap dump of
 * this bean show a key. Lookup hashes the presented key and compares it with every entry in
 * constant time, so timing reveals neither which entry matched nor how much of a key was right.
 */
@ApplicationScoped
public class ApiKeys {

    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private static final String HASHED = "sha256:";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private record Entry(byte[] hash, Caller caller) {
    }

    private final List<Entry> entries;

    @Inject
    ApiKeys(GatewayConfig config) {
        this(config.apiKeys().orElse(List.of()));
    }

    ApiKeys(List<String> configured) {
        entries = configured.stream().filter(s -> !s.isBlank()).map(ApiKeys::parse).toList();
        if (entries.isEmpty()) {
            LOG.warn("No API keys configured (GATEWAY_API_KEYS): every /api/v1 request will be refused with 401");
        } else {
            LOG.infof("%d API key(s) configured: %s", entries.size(), entries.stream().map(Entry::caller).toList());
        }
    }

    public Optional<Caller> identify(String presentedKey) {
        byte[] presented = sha256(presentedKey);
        Caller match = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.hash(), presented)) {
                match = entry.caller();
            }
        }
        return Optional.ofNullable(match);
    }

    /** {@code key:role}, or {@code key:role:name} (a name cannot be a role word); the key may be {@code sha256:<hex>}. */
    private static Entry parse(String entry) {
        String trimmed = entry.trim();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("API key entries are key:role[:name] or sha256:<hex>:role[:name]; one entry has no role");
        }
        String name = null;
        if (Role.find(trimmed.substring(colon + 1)).isEmpty()) {
            int roleColon = trimmed.lastIndexOf(':', colon - 1);
            if (roleColon > 0 && Role.find(trimmed.substring(roleColon + 1, colon)).isPresent()) {
                name = trimmed.substring(colon + 1).trim();
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("API key name '" + name + "' must be 1 to 64 letters, digits, '.', '_', '@' or '-'");
                }
                trimmed = trimmed.substring(0, colon);
                colon = roleColon;
            }
        }
        String key = trimmed.substring(0, colon).trim();
        Role role = Role.find(trimmed.substring(colon + 1)).orElseThrow(() -> new IllegalArgumentException(
                "API key entry with unknown role '" + entry.substring(entry.lastIndexOf(':') + 1).trim() + "': use reader or editor"));
        byte[] hash = key.startsWith(HASHED) ? HexFormat.of().parseHex(key.substring(HASHED.length())) : sha256(key);
        String id = "key-" + HexFormat.of().formatHex(hash, 0, 4);
        return new Entry(hash, new Caller(id, role, name == null ? id : name));
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
