package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A schema.org ClaimReview draft in JSON-LD. The claim tracker's part (the Claim) carries only what
 * is known: no field is sent empty. The fact-checker's part (url, date, author, rating) is sent as
 * null, to be completed.
 */
@JsonPropertyOrder({"@context", "@type"})
@Schema(name = "ClaimReview", description = "schema.org ClaimReview draft (JSON-LD); the reviewer's fields are null to complete.")
public record ClaimReview(
        @JsonProperty("@context") @Schema(example = "https://schema.org") String context,
        @JsonProperty("@type") @Schema(example = "ClaimReview") String type,
        @Schema(example = "Putin told Trump that talks with Ukraine in Turkey were useful") String claimReviewed,
        ReviewedClaim itemReviewed,
        @Schema(nullable = true) String url,
        @Schema(nullable = true) String datePublished,
        Reviewer author,
        Rating reviewRating) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "ReviewedClaim", description = "schema.org Claim: what was claimed, by whom, and where it appeared.")
    public record ReviewedClaim(
            @JsonProperty("@type") @Schema(example = "Claim") String type,
            @Schema(example = "cl_2b8d7fc87de74772570846ec") String identifier,
            String text,
            @Schema(description = "The original speaker, also for a claim reported second-hand.") Agent author,
            @Schema(example = "2025-06-04") String datePublished,
            CreativeWork firstAppearance,
            List<CreativeWork> appearance) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "Agent", description = "schema.org Person or Organization.")
    public record Agent(
            @JsonProperty("@type") @Schema(enumeration = {"Person", "Organization"}) String type,
            @Schema(example = "Yury Ushakov") String name,
            @Schema(description = "A person's role.", example = "Kremlin aide") String jobTitle,
            @Schema(description = "An organisation's role.") String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"@type"})
    @Schema(name = "CreativeWork", description = "schema.org CreativeWork: a document the claim appeared in.")
    public record CreativeWork(
            @JsonProperty("@type") @Schema(example = "CreativeWork") String type,
            @Schema(example = "https://tass.com/politics/1968231") String url,
            @Schema(example = "2025-06-04") String datePublished,
            Agent publisher,
            @Schema(description = "Who reported the claim in this appearance, when it was reported second-hand.") Agent via) {
    }

    @JsonPropertyOrder({"@type"})
    @Schema(name = "Reviewer", description = "The fact-checking organisation, to complete.")
    public record Reviewer(@JsonProperty("@type") @Schema(example = "Organization") String type,
            @Schema(nullable = true) String name) {
    }

    @JsonPropertyOrder({"@type"})
    @Schema(name = "Rating", description = "The verdict, to complete.")
    public record Rating(@JsonProperty("@type") @Schema(example = "Rating") String type,
            @Schema(nullable = true) Integer ratingValue, @Schema(nullable = true) Integer bestRating,
            @Schema(nullable = true) Integer worstRating, @Schema(nullable = true) String alternateName) {
    }
}
