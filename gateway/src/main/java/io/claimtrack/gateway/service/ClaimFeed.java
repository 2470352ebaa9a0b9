package io.claimtrack.gateway.service;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimSpeaker;
import io.claimtrack.gateway.model.Statement;
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

    private record ClaimEvent(Claim claim, String source) {
    }

    // Serialized: concurrent ingests publish from different threads.
    private final SerializedProcessor<ClaimEvent, ClaimEvent> events = BroadcastProcessor.<ClaimEvent>create().serialized();
    private final AtomicInteger subscribers = new AtomicInteger();

    @Inject
    ClaimsCalls claims;

    @Inject
    ManagedExecutor executor;

    /** Claims announced from now on, optionally only a speaker's (id or name) or a source's. */
    public Multi<Claim> subscribe(String speaker, String source) {
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
        String source = stored.document().source();
        Set<String> claimIds = new LinkedHashSet<>();
        if (stored.document().statements() != null) {
            stored.document().statements().stream().map(Statement::claimId).filter(id -> id != null).forEach(claimIds::add);
        }
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
        ClaimSpeaker who = event.claim().speaker();
        boolean speakerMatches = speaker == null || speaker.isBlank()
                || who != null && (speaker.equalsIgnoreCase(who.id()) || speaker.equalsIgnoreCase(who.name()));
        return speakerMatches && (source == null || source.isBlank() || source.equalsIgnoreCase(event.source()));
    }
}
