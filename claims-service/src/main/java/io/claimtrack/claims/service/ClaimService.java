package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;

/**
 * Turns statements into claims. The same (or nearly the same) text from the same speaker is one
 * claim; each statement adds an appearance keyed by document and span, so replays add nothing.
 */
@ApplicationScoped
public class ClaimService {

    @ConfigProperty(name = "claims.near-duplicate.threshold", defaultValue = "0.7")
    double nearDuplicateThreshold;

    /** Records an appearance of {@code text} by {@code speaker}; returns the claim id. */
    public String record(Speaker speaker, String role, String text, String type, Appearance appearance) {
        String normText = Text.normalise(text).isEmpty() ? text.trim() : Text.normalise(text);
        String id = matchingClaim(speaker.id, normText);
        List<Bson> onInsert = List.of(
                Updates.setOnInsert("speakerId", speaker.id),
                Updates.setOnInsert("speakerName", speaker.name),
                Updates.setOnInsert("speakerKind", speaker.kind),
                Updates.setOnInsert("role", role),
                Updates.setOnInsert("text", text.trim()),
                Updates.setOnInsert("normText", normText),
                Updates.setOnInsert("tokens", Text.tokens(text)),
                Updates.setOnInsert("type", type));
        addAppearance(id, onInsert, appearance);
        return id;
    }

    /**
     * Moves a merged speaker's claims to the speaker it turned out to be. A claim keeps its id unless
     * the target already has the same (or a nearly the same) claim: then its appearances join that one.
     */
    public void reassign(String fromSpeakerId, Speaker to) {
        for (Claim claim : Claim.<Claim>mongoCollection().find(eq("speakerId", fromSpeakerId))
                .into(new ArrayList<>())) {
            Optional<String> existing = existingClaim(to.id, claim.normText);
            if (existing.isEmpty()) {
                Claim.mongoCollection().updateOne(eq("_id", claim.id), Updates.combine(
                        Updates.set("speakerId", to.id),
                        Updates.set("speakerName", to.name),
                        Updates.set("speakerKind", to.kind)));
                continue;
            }
            String target = existing.get();
            claim.appearances.forEach(appearance -> addAppearance(target, List.of(), appearance));
            for (StoredDocument doc : StoredDocument.<StoredDocument>mongoCollection()
                    .find(eq("statements.claimId", claim.id))) {
                doc.statements.stream().filter(s -> claim.id.equals(s.claimId)).forEach(s -> {
                    s.claimId = target;
                    s.speakerId = to.id;
                });
                doc.update();
            }
            claim.delete();
        }
    }

    private String matchingClaim(String speakerId, String normText) {
        return existingClaim(speakerId, normText).orElseGet(() -> claimId(speakerId, normText));
    }

    private static String claimId(String speakerId, String normText) {
        return Text.id("cl_", speakerId + "|" + normText);
    }

    /** The speaker's claim with this text, or failing that the most similar one above the threshold. */
    private Optional<String> existingClaim(String speakerId, String normText) {
        // a primary-key hit first: the usual repeat, and the only cheap lookup on the embedded store
        Claim byId = Claim.findById(claimId(speakerId, normText));
        if (byId != null && speakerId.equals(byId.speakerId)) {
            return Optional.of(byId.id);
        }
        // claims moved here by a speaker merge keep the id they were created with
        Claim exact = Claim.find("speakerId = ?1 and normText = ?2", speakerId, normText).firstResult();
        if (exact != null) {
            return Optional.of(exact.id);
        }
        String best = null;
        double bestScore = nearDuplicateThreshold;
        for (Document candidate : Claim.mongoCollection().withDocumentClass(Document.class)
                .find(eq("speakerId", speakerId)).projection(Projections.include("normText"))) {
            double score = Text.similarity(normText, candidate.getString("normText"));
            if (score >= bestScore) {
                best = candidate.getString("_id");
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void addAppearance(String claimId, List<Bson> onInsert, Appearance appearance) {
        List<Bson> updates = new ArrayList<>(onInsert);
        updates.add(Updates.push("appearances", appearance));
        updates.add(Updates.inc("appearanceCount", 1));
        updates.add(Updates.min("firstSeen", appearance.seenAt));
        updates.add(Updates.max("lastSeen", appearance.seenAt));
        try {
            // matches only while the appearance is missing; once present the upsert collides on _id
            Claim.mongoCollection().updateOne(and(eq("_id", claimId), ne("appearances.key", appearance.key)),
                    Updates.combine(updates), new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
