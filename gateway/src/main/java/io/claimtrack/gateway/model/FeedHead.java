package io.claimtrack.gateway.model;

/** claims-service's latest seq of its feed (0: none): where a new poller starts. */
public record FeedHead(long seq) {
}
