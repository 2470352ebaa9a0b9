package io.claimtrack.claims;

import java.util.Map;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** An in-memory MongoDB wire-protocol server on a random port for each test run. */
public class MongoTestResource implements QuarkusTestResourceLifecycleManager {

    private MongoServer server;

    @Override
    public Map<String, String> start() {
        server = new MongoServer(new MemoryBackend());
        return Map.of("quarkus.mongodb.connection-string", server.bindAndGetConnectionString());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
