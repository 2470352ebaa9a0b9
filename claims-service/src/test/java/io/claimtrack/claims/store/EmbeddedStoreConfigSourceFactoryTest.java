package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class EmbeddedStoreConfigSourceFactoryTest {

    private static final String CONNECTION = EmbeddedStoreConfigSourceFactory.CONNECTION_STRING;

    @Test
    void pointsTheClientAtTheEmbeddedStoreWhenNothingIsConfigured() {
        SmallRyeConfig config = config(Map.of("claims.store.embedded.port", "27999"));
        assertEquals("mongodb://127.0.0.1:27999", config.getRawValue(CONNECTION));
        assertEquals(config.getRawValue(CONNECTION), config.getRawValue(EmbeddedStoreConfigSourceFactory.EMBEDDED_URL));
    }

    @Test
    void startsNothingWhenAConnectionStringIsConfigured() {
        SmallRyeConfig config = config(Map.of(CONNECTION, "mongodb://mongo.example:27017"));
        assertEquals("mongodb://mongo.example:27017", config.getRawValue(CONNECTION));
        assertFalse(config.getOptionalValue(EmbeddedStoreConfigSourceFactory.EMBEDDED_URL, String.class).isPresent());
    }

    @Test
    void acceptsMongodbUriAsTheConnectionString() {
        SmallRyeConfig config = config(Map.of(EmbeddedStoreConfigSourceFactory.MONGODB_URI, "mongodb://db:27017"));
        assertEquals("mongodb://db:27017", config.getRawValue(CONNECTION));
        assertFalse(config.getOptionalValue(EmbeddedStoreConfigSourceFactory.EMBEDDED_URL, String.class).isPresent());
    }

    @Test
    void ignoresAnAddressRecordedAsADefaultByTheBuild() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of(CONNECTION, "mongodb://127.0.0.1:1"), "defaults",
                        Integer.MIN_VALUE + 100))
                .withSources(new EmbeddedStoreConfigSourceFactory()).build();
        assertTrue(config.getOptionalValue(EmbeddedStoreConfigSourceFactory.EMBEDDED_URL, String.class).isPresent());
        assertEquals(config.getRawValue(EmbeddedStoreConfigSourceFactory.EMBEDDED_URL), config.getRawValue(CONNECTION));
    }

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 250))
                .withSources(new EmbeddedStoreConfigSourceFactory()).build();
    }
}
