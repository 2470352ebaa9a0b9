package io.claimtrack.claims.model;

public record Dateline(String place, String date, String wire) {
}
