package io.claimtrack.gateway.model;

/** A correction as sent to claims-service: who asks (the API key's name) and the caller's Idempotency-Key. */
public record NewCorrection(String by, String idempotencyKey, CorrectionRequest request) {
}
