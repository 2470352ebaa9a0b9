package io.claimtrack.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.model.ClaimFilter;
import io.claimtrack.gateway.model.PageParams;

/**
 * Claims and speakers as claims-service keeps them. A claim already carries its speaker's name and
 * role and each appearance's source and URL, so a client needs no follow-up calls.
 */
@ApplicationScoped
public class ClaimService {

    @Inject
    ClaimsCalls claims;

    public JsonNode claims(ClaimFilter filter, PageParams page) {
        return claims.claims(filter, page);
    }

    public JsonNode claim(String id) {
        return claims.claim(id);
    }

    public JsonNode speakers(String q, PageParams page) {
        return claims.speakers(q, page);
    }

    public JsonNode speaker(String id) {
        return claims.speaker(id);
    }

    public JsonNode speakerClaims(String id, PageParams page) {
        return claims.speakerClaims(id, page);
    }

    public JsonNode speakerStats(String id, String interval) {
        return claims.speakerStats(id, interval);
    }
}
