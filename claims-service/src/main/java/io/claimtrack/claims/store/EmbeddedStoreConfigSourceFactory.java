package io.claimtrack.claims.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Supplies {@code quarkus.mongodb.connection-string}: {@code MONGODB_URI} if that is set, otherwise
 * the address of the embedded store. The Mongo client reads that value while the runtime config is built, before any bean
 * runs, so the embedded address has to be fixed here; {@link EmbeddedStoreLifecycle} then starts the
 * server on it.
 */
public class EmbeddedStoreConfigSourceFactory implements ConfigSourceFactory {

    public static final String CONNECTION_STRING = "quarkus.mongodb.connection-string";
    public static final String EMBEDDED_URL = "claims.store.embedded.url";
    /** The conventional variable name, accepted as a short form of the connection string. */
    static final String MONGODB_URI = "MONGODB_URI";

    // Below every regular source: a connection string configured anywhere wins.
    private static final int ORDINAL = 50;

    // The factory runs for static and runtime init; both must agree on one random port.
    private static int randomPort;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (configured(context.getValue(CONNECTION_STRING)) || configured(context.getValue("quarkus.mongodb.hosts"))) {
            return List.of();
        }
        ConfigValue mongodbUri = context.getValue(MONGODB_URI);
        if (configured(mongodbUri)) {
            return List.of(source(Map.of(CONNECTION_STRING, mongodbUri.getValue())));
        }
        String url = embeddedUrl(valueOr(context.getValue("claims.store.embedded.host"), "127.0.0.1"),
                Integer.parseInt(valueOr(context.getValue("claims.store.embedded.port"), "0")));
        return List.of(source(Map.of(CONNECTION_STRING, url, EMBEDDED_URL, url)));
    }

    private static ConfigSource source(Map<String, String> properties) {
        return new PropertiesConfigSource(properties, "claims-store", ORDINAL);
    }

    private static synchronized String embeddedUrl(String host, int port) {
        if (port == 0 && randomPort == 0) {
            randomPort = freePort(host);
        }
        return "mongodb://" + host + ":" + (port == 0 ? randomPort : port);
    }

    private static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded store on " + host, e);
        }
    }

    /**
     * Set in a real source. The build also runs this factory and records what it returned as a
     * runtime default (lowest ordinal); that stale address must not count as configured.
     */
    private static boolean configured(ConfigValue value) {
        return isSet(value) && value.getConfigSourceOrdinal() > ORDINAL;
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOr(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
