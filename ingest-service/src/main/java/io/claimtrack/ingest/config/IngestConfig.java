package io.claimtrack.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Largest accepted request body in bytes; larger ones get 413. */
    @WithDefault("1048576")
    int maxBodyBytes();
}
