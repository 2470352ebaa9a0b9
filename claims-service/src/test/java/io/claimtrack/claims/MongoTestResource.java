package io.claimtrack.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.claimtrack.claims.store.InterruptibleStore;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The embedded store the service runs on by default (H2 with its sorted indexes) in a temporary
 * directory on a random port, so every API test also checks that its query plans answer like a scan.
 * Not synced to the disk: nothing here outlives the test run. A test may stop it after a number of writes
 * ({@link InterruptibleStore}), as a kill -9 would stop the service.
 */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    private InterruptibleStore store;
    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("claims-test-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = InterruptibleStore.open(directory);
        // the test's own store, as the embedded default is: the service is its only writer
        return Map.of("quarkus.mongodb.connection-string", store.connectionString(),
                "claims.store.single-writer", "true");
    }

    @Override
    public void stop() {
        if (store != null) {
            store.close();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
