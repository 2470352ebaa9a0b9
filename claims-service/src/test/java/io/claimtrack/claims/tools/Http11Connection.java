package io.claimtrack.claims.tools;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One kept-alive HTTP/1.1 connection that sends requests encoded in advance and reads back status and body,
 * nothing more: the write benchmark runs on the same cores as the services it measures, and Java's HttpClient
 * spends about 2 ms of CPU a request (its selector thread, executor hand-offs, HTTP/2 framing), as much as
 * the gateway itself. Reads Content-Length and chunked answers; a connection the server closes is opened
 * again for the next request. Not thread-safe: one a caller.
 */
final class Http11Connection implements Closeable {

    /** What came back: the status and the body's bytes (undecoded). */
    record Response(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static final int READ_TIMEOUT_MILLIS = 600_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    Http11Connection(URI server) {
        host = server.getHost();
        port = server.getPort() == -1 ? 80 : server.getPort();
    }

    /** A whole request (request line, headers with Host and Content-Length, body) as the bytes sent for it. */
    static byte[] encode(String method, URI uri, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(uri.getRawPath());
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost()).append(uri.getPort() == -1 ? "" : ":" + uri.getPort())
                .append("\r\nContent-Length: ").append(body.length).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] start = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[start.length + body.length];
        System.arraycopy(start, 0, request, 0, start.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return request;
    }

    Response send(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setTcpNoDelay(true);
            // a batch of 50 articles takes seconds, minutes on a busy machine; a server that never answers ends the run
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x answer: " + status);
        }
        int length = -1;
        boolean chunked = false;
        String connection = null;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Integer.parseInt(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> connection = value;
                default -> { }
            }
        }
        // HTTP/1.1 keeps the connection unless told otherwise, HTTP/1.0 only when told
        boolean close = connection != null ? connection.contains("close") : status.startsWith("HTTP/1.0");
        byte[] body = chunked ? chunks() : length >= 0 ? in.readNBytes(length) : in.readAllBytes();
        if (close || (!chunked && length < 0)) {
            close();
        }
        return new Response(Integer.parseInt(status.substring(9, 12)), body);
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(in.readNBytes(size));
            line();
        }
        while (!line().isEmpty()) {
            // trailers: none expected, skipped
        }
        return body.toByteArray();
    }

    private int chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    /** A header line without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("connection closed in the middle of an answer");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
