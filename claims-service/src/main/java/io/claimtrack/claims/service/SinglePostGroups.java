package io.claimtrack.claims.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimtrack.claims.domain.StoredDocument;

/**
 * Completes new documents posted one at a time but at the same moment together, as a batch completes a run
 * ({@link DocumentWriter#completeAll}): a single post cost about 25 store commands, most of them once per
 * document whatever its size (claim keys read, seq block, outlet bracket, turn-complete, markers), against
 * about 5 per document in a batch. Each request has checked and begun its own document (marker, pending
 * document) before it comes here, so a crash leaves each one to recovery exactly as alone. The first request to
 * find nobody completing becomes the completer: it takes the queued documents of the first one's outlet, in
 * the order they came (up to {@value #MOST}), completes them with one command per kind of write, and wakes their
 * requests; each request then answers from its own document and its flush covers the group's writes. Alone, a
 * document is completed at once, as a group of one, with no wait.
 * <p>
 * Concurrent posts have no order between them; a group stores what posting them one after another in the order
 * they came stores. A failure of the group's writes fails every request of it; their documents stay pending with
 * their markers (recovery, or sending again, finishes them), as a batch's run does.
 */
@ApplicationScoped
public class SinglePostGroups {

    /** As many documents as the gateway puts in one batch chunk. */
    static final int MOST = 20;

    @Inject
    DocumentWriter writer;

    private final Deque<Waiting> queue = new ArrayDeque<>();
    private final AtomicLong groupedDocuments = new AtomicLong();
    private boolean completing;

    private static final class Waiting {
        final StoredDocument doc;
        boolean done;
        RuntimeException failure;

        Waiting(StoredDocument doc) {
            this.doc = doc;
        }
    }

    /**
     * Completes the begun new document (not a revision, not a copy), with any others waiting; returns once it is
     * complete (not yet durable: the response's flush makes it so).
     */
    public void complete(StoredDocument doc) {
        Waiting mine = new Waiting(doc);
        boolean interrupted = false;
        synchronized (queue) {
            queue.add(mine);
        }
        try {
            while (true) {
                List<Waiting> group;
                synchronized (queue) {
                    while (!mine.done && completing) {
                        try {
                            queue.wait();
                        } catch (InterruptedException e) {
                            // the document may be in a group being written: its answer must wait for that
                            interrupted = true;
                        }
                    }
                    if (mine.done) {
                        if (mine.failure != null) {
                            throw mine.failure;
                        }
                        return;
                    }
                    completing = true;
                    group = next();
                }
                completeGroup(group);
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The first waiting document and those after it of the same outlet, in order (the caller holds the queue). */
    private List<Waiting> next() {
        List<Waiting> group = new ArrayList<>();
        String outlet = queue.peekFirst().doc.sourceKey;
        while (!queue.isEmpty() && group.size() < MOST && Objects.equals(queue.peekFirst().doc.sourceKey, outlet)) {
            group.add(queue.pollFirst());
        }
        return group;
    }

    private void completeGroup(List<Waiting> group) {
        // what the others are told if the writes end in an Error, which goes on up the completer's own request
        RuntimeException failure = new IllegalStateException("the writes of a group of documents did not finish");
        try {
            writer.completeAll(group.stream().map(w -> w.doc).toList());
            failure = null;
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            if (group.size() > 1) {
                groupedDocuments.addAndGet(group.size());
            }
            synchronized (queue) {
                for (Waiting w : group) {
                    w.done = true;
                    w.failure = failure;
                }
                completing = false;
                queue.notifyAll();
            }
        }
    }

    /** Documents queued and not yet taken into a group. */
    int waiting() {
        synchronized (queue) {
            return queue.size();
        }
    }

    /** Documents completed in a group of more than one since the start. */
    public long groupedDocuments() {
        return groupedDocuments.get();
    }
}
