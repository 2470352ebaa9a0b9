package io.claimtrack.gateway.model;

/**
 * One document of a {@link DocumentBatch}: stored (status 201 new or 200 repeat, with its id and statement
 * count) or refused with the status, title and detail claims-service would have answered for it alone.
 */
public record DocumentOutcome(int status, String id, Integer statements, String title, String detail) {

    public boolean stored() {
        return (status == 201 || status == 200) && id != null;
    }
}
