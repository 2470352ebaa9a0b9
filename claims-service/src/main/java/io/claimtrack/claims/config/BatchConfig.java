package io.claimtrack.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of {@code POST /documents:batch}; env overrides are wired in application.properties. */
@ConfigMapping(prefix = "claims.batch")
public interface BatchConfig {

    /** Most documents in one batch; more is a 413. */
    @WithDefault("100")
    int maxDocuments();

    /** Largest batch body in bytes; more is a 413. */
    @WithDefault("8388608")
    int maxBytes();
}
