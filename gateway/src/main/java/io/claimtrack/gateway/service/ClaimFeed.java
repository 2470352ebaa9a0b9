package io.claimtrack.gateway.service;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.operators.multi.processors.SerializedProcessor;

/**
 * Live claims for dashboards: every claim of each newly stored document, fetched whole from
 * claims-service (speaker, appearances) so subscribers need no follow-up calls. In memory and per
 * gateway instance: subscribers see what this instance ingests after they subscribed.
 */
@ApplicationScoped
public class ClaimFeed {

    private static final Logger LOG = Logger.getLogger(ClaimFeed.class);

    private record ClaimEvent(JsonNode claim, String source) {
    }

    // Serialized: concurrent ingests publish from different threads.
    private final SerializedProcessor<ClaimEvent, ClaimEvent> events = BroadcastProcessor.<ClaimEvent>create().serialized();
    private final AtomicInteger subscribers = new AtomicInteger();

    @Inject
    ClaimsCalls claims;

    @Inject
    ManagedExecutor executor;

    /** Claims announced from now on, optionally only a speaker's (id or name) or a source's. */
    public Multi<JsonNode> subscribe(String speaker, String source) {
        return Multi.createFrom().publisher(events)
                .onSubscription().invoke(subscription -> subscribers.incrementAndGet())
                .onTermination().invoke(() -> subscribers.decrementAndGet())
                .filter(event -> matches(event, speaker, source))
                .map(ClaimEvent::claim);
    }

    public int subscribers() {
        return subscribers.get();
    }

    /** Announces a newly stored document's claims in the background, so ingest is not slowed down. */
    public void announce(StoredDocument stored) {
        if (!stored.created() || subscribers.get() == 0) {
            return;
        }
        String source = stored.document().path("source").asText(null);
        Set<String> claimIds = new LinkedHashSet<>();
        stored.document().path("statements").forEach(statement -> {
            if (statement.hasNonNull("claimId")) {
                claimIds.add(statement.get("claimId").asText());
            }
        });
        executor.execute(() -> claimIds.forEach(id -> publish(id, source)));
    }

    private void publish(String claimId, String source) {
        try {
            events.onNext(new ClaimEvent(claims.claim(claimId), source));
        } catch (RuntimeException e) {
            LOG.warnf("claim %s not announced on the stream: %s", claimId, e.getMessage());
        }
    }

    private static boolean matches(ClaimEvent event, String speaker, String source) {
        JsonNode who = event.claim().path("speaker");
        boolean speakerMatches = speaker == null || speaker.isBlank()
                || speaker.equalsIgnoreCase(who.path("id").asText()) || speaker.equalsIgnoreCase(who.path("name").asText());
        return speakerMatches && (source == null || source.isBlank() || source.equalsIgnoreCase(event.source()));
    }
}
