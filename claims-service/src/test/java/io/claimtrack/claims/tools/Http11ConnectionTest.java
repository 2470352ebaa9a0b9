package io.claimtrack.claims.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

class Http11ConnectionTest {

    private HttpServer server;
    private URI base;
    /** Client ports the server has seen: one per connection. */
    private final Set<Integer> connections = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/echo", exchange -> answer(exchange, 201, false, false));
        server.createContext("/lines", exchange -> answer(exchange, 200, true, false));
        server.createContext("/last", exchange -> answer(exchange, 201, false, true));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Echoes method, query, a header and the body; chunked in three writes, or with a length; optionally closing. */
    private void answer(HttpExchange exchange, int status, boolean chunked, boolean close) throws IOException {
        connections.add(exchange.getRemoteAddress().getPort());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        byte[] echo = (exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawQuery() + " "
                + exchange.getRequestHeaders().getFirst("X-API-Key") + " " + body).getBytes(StandardCharsets.UTF_8);
        if (close) {
            exchange.getResponseHeaders().set("Connection", "close");
        }
        exchange.sendResponseHeaders(status, chunked ? 0 : echo.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (chunked) {
                out.write("{\"line\":1,\"status\":201}\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                out.write("{\"line\":2,\"status\":201}\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write(echo);
        }
    }

    private byte[] post(String pathAndQuery, String body) {
        return Http11Connection.encode("POST", base.resolve(pathAndQuery), Map.of("X-API-Key", "k1", "Content-Type", "text/plain"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void requestsGoOneAfterAnotherOnOneKeptAliveConnection() throws IOException {
        try (Http11Connection connection = new Http11Connection(base)) {
            Http11Connection.Response first = connection.send(post("/echo?source=Bench%20Wire&n=1", "Anna Berg said \"é\"."));
            Http11Connection.Response second = connection.send(post("/echo?n=2", "two"));
            assertEquals(201, first.status());
            assertEquals("POST source=Bench%20Wire&n=1 k1 Anna Berg said \"é\".", first.text());
            assertEquals("POST n=2 k1 two", second.text());
        }
        assertEquals(1, connections.size());
    }

    @Test
    void aChunkedAnswerIsReadWholeAndTheConnectionKept() throws IOException {
        try (Http11Connection connection = new Http11Connection(base)) {
            Http11Connection.Response lines = connection.send(post("/lines", "batch"));
            assertEquals(200, lines.status());
            assertEquals("{\"line\":1,\"status\":201}\n{\"line\":2,\"status\":201}\nPOST null k1 batch", lines.text());
            assertEquals("POST n=3 k1 after", connection.send(post("/echo?n=3", "after")).text());
        }
        assertEquals(1, connections.size());
    }

    @Test
    void aConnectionTheServerClosesIsOpenedAgainForTheNextRequest() throws IOException {
        try (Http11Connection connection = new Http11Connection(base)) {
            assertEquals("POST null k1 one", connection.send(post("/last", "one")).text());
            assertEquals("POST null k1 two", connection.send(post("/echo", "two")).text());
        }
        assertEquals(2, connections.size());
    }
}
