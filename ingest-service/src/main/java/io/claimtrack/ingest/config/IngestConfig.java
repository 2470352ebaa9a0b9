package io.claimtrack.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Largest accepted request body in bytes; larger ones get 413. */
    @WithDefault("1048576")
    int maxBodyBytes();

    /** Most documents in one POST /extractions:batch; more is a 413. */
    @WithDefault("100")
    int maxBatchDocuments();

    /** Largest POST /extractions:batch body in bytes (each document's text is still held to max-body-bytes). */
    @WithDefault("8388608")
    int maxBatchBytes();
}
