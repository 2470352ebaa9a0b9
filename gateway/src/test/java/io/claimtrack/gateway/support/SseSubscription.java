package io.claimtrack.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events subscription whose data lines are collected in the background. */
public final class SseSubscription implements AutoCloseable {

    private final BlockingQueue<String> data = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> fields = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;

    /** Returns once the stream's headers arrived, that is once the server has subscribed. */
    public SseSubscription(URI uri, String apiKey) throws Exception {
        this(uri, apiKey, null);
    }

    /** A reconnection: resumes after the event id given (none when null). */
    public SseSubscription(URI uri, String apiKey, String lastEventId) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .header("X-API-Key", apiKey).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            builder.header("Last-Event-ID", lastEventId);
        }
        HttpRequest request = builder.build();
        response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(30, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new AssertionError("stream answered " + response.statusCode());
        }
        CompletableFuture.runAsync(() -> response.body().forEach(line -> {
            if (line.startsWith("data:")) {
                data.add(line.substring("data:".length()).trim());
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).trim());
            } else if (!line.isEmpty()) {
                fields.add(line);
            }
        }));
    }

    /** The next event's data, or null when none arrives in time. */
    public String next(long seconds) throws InterruptedException {
        return data.poll(seconds, TimeUnit.SECONDS);
    }

    /** The next comment line, or null when none arrives in time. */
    public String nextComment(long seconds) throws InterruptedException {
        return comments.poll(seconds, TimeUnit.SECONDS);
    }

    /** Every other line received so far (event names, ids, anything else). */
    public java.util.List<String> otherLines() {
        return java.util.List.copyOf(fields);
    }

    /** The names of the events received so far, in order. */
    public java.util.List<String> names() {
        return fields.stream().filter(line -> line.startsWith("event:")).map(line -> line.substring("event:".length()).trim()).toList();
    }

    /** The ids of the events received so far, in order. */
    public java.util.List<String> ids() {
        return fields.stream().filter(line -> line.startsWith("id:")).map(line -> line.substring("id:".length()).trim()).toList();
    }

    @Override
    public void close() {
        response.body().close();
    }
}
