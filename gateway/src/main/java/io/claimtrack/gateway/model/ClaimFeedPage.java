package io.claimtrack.gateway.model;

import java.util.List;

/**
 * claims-service's feed: claims created and corrections made after a sequence number (one sequence for both),
 * in order, each with its seq.
 */
public record ClaimFeedPage(List<Claim> items, List<Correction> corrections, long last) {
}
