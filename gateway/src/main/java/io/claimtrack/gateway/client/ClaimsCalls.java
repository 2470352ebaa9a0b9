package io.claimtrack.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimFeedPage;
import io.claimtrack.gateway.model.ClaimFilter;
import io.claimtrack.gateway.model.ClaimPage;
import io.claimtrack.gateway.model.CorrectedDocumentPage;
import io.claimtrack.gateway.model.Correction;
import io.claimtrack.gateway.model.CorrectionPage;
import io.claimtrack.gateway.model.Document;
import io.claimtrack.gateway.model.DocumentBatch;
import io.claimtrack.gateway.model.DocumentBatchResult;
import io.claimtrack.gateway.model.DocumentPage;
import io.claimtrack.gateway.model.FeedHead;
import io.claimtrack.gateway.model.NewCorrection;
import io.claimtrack.gateway.model.NewDocument;
import io.claimtrack.gateway.model.NewUndo;
import io.claimtrack.gateway.model.PageParams;
import io.claimtrack.gateway.model.SourcePage;
import io.claimtrack.gateway.model.Speaker;
import io.claimtrack.gateway.model.SpeakerPage;
import io.claimtrack.gateway.model.SpeakerStats;

/**
 * Guarded calls to claims-service. Reads are idempotent and retried once; storing is not retried,
 * and a caller retrying a failed store is safe because claims-service recognises repeats.
 */
@ApplicationScoped
@Downstream("claims-service")
@Bulkhead(32)
@Timeout(5000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 2000, successThreshold = 2, skipOn = DownstreamRejection.class)
@Retry(maxRetries = 1, delay = 100, abortOn = {DownstreamRejection.class, CircuitBreakerOpenException.class})
public class ClaimsCalls {

    @RestClient
    ClaimsClient client;

    /** Longer than reads: a store that outlives a short stall succeeds instead of leaving the caller unsure. */
    @Retry(maxRetries = 0)
    @Timeout(10000)
    public RestResponse<Document> store(NewDocument document) {
        return client.store(document);
    }

    /**
     * Not retried: the caller stores each document alone when the call fails, which is safe since
     * claims-service recognises repeats (what the failed call stored answers 200).
     */
    @Retry(maxRetries = 0)
    @Timeout(10000)
    public DocumentBatchResult storeBatch(DocumentBatch batch) {
        return client.storeBatch(batch);
    }

    /** Not retried here: a caller's retry with its Idempotency-Key is recognised by claims-service. */
    @Retry(maxRetries = 0)
    @Timeout(10000)
    public RestResponse<Correction> correct(NewCorrection correction) {
        return client.correct(correction);
    }

    @Retry(maxRetries = 0)
    @Timeout(10000)
    public RestResponse<Correction> undo(String id, NewUndo undo) {
        return client.undo(id, undo);
    }

    public CorrectionPage corrections(String since, String speaker, String document, PageParams page) {
        return client.corrections(since, speaker, document, page);
    }

    public Correction correction(String id) {
        return client.correction(id);
    }

    public CorrectedDocumentPage correctedDocuments(PageParams page) {
        return client.correctedDocuments(page);
    }

    public Document document(String id) {
        return client.document(id);
    }

    public ClaimPage documentClaims(String id) {
        return client.documentClaims(id);
    }

    public DocumentPage documents(String source, String from, String to, String include, PageParams page) {
        return client.documents(source, from, to, include, page);
    }

    public ClaimPage claims(ClaimFilter filter, PageParams page) {
        return client.claims(filter, page);
    }

    /** At once, whatever there is. */
    public ClaimFeedPage feed(long after, int limit) {
        return client.feed(after, limit, 0);
    }

    public FeedHead feedHead() {
        return client.feedHead();
    }

    /**
     * A long poll: when nothing follows {@code after} yet, claims-service holds the call up to
     * {@code waitSeconds} and answers as soon as a claim is stored, so the timeout covers the wait.
     */
    @Timeout(15000)
    public ClaimFeedPage feedWaiting(long after, int limit, int waitSeconds) {
        return client.feed(after, limit, waitSeconds);
    }

    public Claim claim(String id) {
        return client.claim(id);
    }

    public SpeakerPage speakers(String q, PageParams page) {
        return client.speakers(q, page);
    }

    public Speaker speaker(String id) {
        return client.speaker(id);
    }

    public ClaimPage speakerClaims(String id, PageParams page) {
        return client.speakerClaims(id, page);
    }

    public SpeakerStats speakerStats(String id, String interval) {
        return client.speakerStats(id, interval);
    }

    public SourcePage sources() {
        return client.sources();
    }
}
