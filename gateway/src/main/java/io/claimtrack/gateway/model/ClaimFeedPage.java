package io.claimtrack.gateway.model;

import java.util.List;

/** claims-service's feed: claims created after a sequence number, in insertion order, each with its seq. */
public record ClaimFeedPage(List<Claim> items, long last) {
}
