package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Fixtures.CLAIMS_PAGE;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.Api;
import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** HTTP/1.0 clients asking for keep-alive (ab -k) get it: a Content-Length and the connection kept open. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class KeepAliveTest extends StubbedDownstreamsTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void http10KeepAliveServesSeveralRequestsOnOneConnection() throws IOException {
        // Larger than the framework's output buffer, so the body would otherwise go out chunked.
        String items = ("," + CLAIMS_PAGE.substring(CLAIMS_PAGE.indexOf('{', 1), CLAIMS_PAGE.indexOf("],"))).repeat(40).substring(1);
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(json(200, "{\"items\": [" + items + "], \"next\": null}")));

        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (String path : new String[] {"/api/v1/claims", "/api/v1/nothing-here", "/api/v1/claims"}) {
                out.write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\nConnection: keep-alive\r\nX-API-Key: "
                        + Api.READER_KEY + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Map<String, String> headers = readHeaders(in);
                assertTrue(headers.containsKey("content-length"), path + " answered without Content-Length: " + headers);
                assertEquals("keep-alive", headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT), path + ": " + headers);
                int length = Integer.parseInt(headers.get("content-length"));
                assertEquals(length, in.readNBytes(length).length);
            }
        }
    }

    private static Map<String, String> readHeaders(InputStream in) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String line = readLine(in);
        headers.put(":status", line);
        while (!(line = readLine(in)).isEmpty()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            throw new IOException("connection closed");
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
