package io.claimtrack.gateway.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimFeedPage;
import io.claimtrack.gateway.model.Correction;

/** One event of the claim stream, by seq: a new claim or a correction (exactly one of the two). */
public record FeedEvent(long seq, Claim claim, Correction correction) {

    /** The page's claims and corrections, in seq order. */
    public static List<FeedEvent> of(ClaimFeedPage page) {
        List<FeedEvent> events = new ArrayList<>();
        if (page == null) {
            return events;
        }
        if (page.items() != null) {
            page.items().stream().filter(c -> c.seq() != null).forEach(c -> events.add(new FeedEvent(c.seq(), c, null)));
        }
        if (page.corrections() != null) {
            page.corrections().stream().filter(c -> c.seq() != null).forEach(c -> events.add(new FeedEvent(c.seq(), null, c)));
        }
        events.sort(Comparator.comparingLong(FeedEvent::seq));
        return events;
    }

    public String name() {
        return claim != null ? "claim" : "correction";
    }

    public Object data() {
        return claim != null ? claim : correction;
    }
}
