package io.claimtrack.gateway.mapping;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimtrack.gateway.model.Appearance;
import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimReview;
import io.claimtrack.gateway.model.ClaimReview.Agent;
import io.claimtrack.gateway.model.ClaimReview.CreativeWork;
import io.claimtrack.gateway.model.ClaimSpeaker;

/**
 * A claim as a schema.org ClaimReview draft in JSON-LD: everything the claim tracker knows (what
 * was claimed, by whom, where and when it appeared, who reported it second-hand) filled in, and the
 * fact-checker's part (their organisation, URL, date and rating) left null to complete.
 */
@ApplicationScoped
public class ClaimReviewMapper {

    public static final String JSON_LD = "application/ld+json";

    // ISO dates sort as text; an appearance without a date goes last.
    private static final Comparator<Appearance> EARLIEST_FIRST = Comparator.comparing(
            (Appearance appearance) -> present(appearance.published()), Comparator.nullsLast(Comparator.naturalOrder()));

    public ClaimReview draft(Claim claim) {
        List<Appearance> appearances = claim.appearances() == null ? List.of()
                : claim.appearances().stream().sorted(EARLIEST_FIRST).toList();
        List<CreativeWork> works = appearances.stream().map(ClaimReviewMapper::creativeWork).toList();
        String firstDate = appearances.isEmpty() ? null : present(appearances.get(0).published());
        String text = present(claim.text());
        ClaimReview.ReviewedClaim claimed = new ClaimReview.ReviewedClaim("Claim", present(claim.id()), text,
                author(claim.speaker()),
                firstDate != null ? firstDate : claim.firstSeen() == null ? null : claim.firstSeen().toString(),
                works.isEmpty() ? null : works.get(0),
                works);
        return new ClaimReview("https://schema.org", "ClaimReview", text, claimed, null, null,
                new ClaimReview.Reviewer("Organization", null),
                new ClaimReview.Rating("Rating", null, null, null, null));
    }

    private static Agent author(ClaimSpeaker speaker) {
        if (speaker == null) {
            return null;
        }
        String kind = present(speaker.kind());
        boolean person = kind == null || "person".equals(kind) || "anonymous".equals(kind);
        String role = present(speaker.role());
        return new Agent(person ? "Person" : "Organization", present(speaker.name()), person ? role : null, person ? null : role);
    }

    private static CreativeWork creativeWork(Appearance appearance) {
        String source = present(appearance.source());
        String via = present(appearance.via());
        return new CreativeWork("CreativeWork", present(appearance.url()), present(appearance.published()),
                source == null ? null : new Agent("Organization", source, null, null),
                via == null ? null : new Agent("Person", via, null, null));
    }

    /** Empty and blank strings are absent values: JSON-LD consumers read "" as a value. */
    private static String present(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
