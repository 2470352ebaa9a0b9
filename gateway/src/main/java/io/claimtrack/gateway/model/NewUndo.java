package io.claimtrack.gateway.model;

/** An undo as sent to claims-service. */
public record NewUndo(String by, String idempotencyKey, String reason) {
}
