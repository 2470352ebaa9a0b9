package io.claimtrack.gateway.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A claim as a schema.org ClaimReview draft in JSON-LD: everything the claim tracker knows (what
 * was claimed, by whom, where and when it appeared) filled in, and the fact-checker's part (their
 * organisation, URL, date and rating) left null to complete.
 */
@ApplicationScoped
public class ClaimReviewMapper {

    public static final String JSON_LD = "application/ld+json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    // ISO dates sort as text; an appearance without a date goes last.
    private static final Comparator<JsonNode> EARLIEST_FIRST = Comparator.comparing(
            (JsonNode appearance) -> text(appearance, "published"), Comparator.nullsLast(Comparator.naturalOrder()));

    public ObjectNode draft(JsonNode claim) {
        List<JsonNode> appearances = new ArrayList<>();
        claim.path("appearances").forEach(appearances::add);
        appearances.sort(EARLIEST_FIRST);

        ObjectNode claimed = JSON.objectNode().put("@type", "Claim");
        claimed.put("identifier", text(claim, "id"));
        claimed.put("text", text(claim, "text"));
        claimed.set("author", author(claim.path("speaker")));
        String firstDate = appearances.isEmpty() ? null : text(appearances.get(0), "published");
        claimed.put("datePublished", firstDate != null ? firstDate : text(claim, "firstSeen"));
        if (!appearances.isEmpty()) {
            claimed.set("firstAppearance", creativeWork(appearances.get(0)));
        }
        ArrayNode all = claimed.putArray("appearance");
        appearances.forEach(appearance -> all.add(creativeWork(appearance)));

        ObjectNode review = JSON.objectNode();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("claimReviewed", text(claim, "text"));
        review.set("itemReviewed", claimed);
        review.putNull("url");
        review.putNull("datePublished");
        review.set("author", JSON.objectNode().put("@type", "Organization").putNull("name"));
        ObjectNode rating = review.putObject("reviewRating").put("@type", "Rating");
        rating.putNull("ratingValue");
        rating.putNull("bestRating");
        rating.putNull("worstRating");
        rating.putNull("alternateName");
        return review;
    }

    private static ObjectNode author(JsonNode speaker) {
        String kind = text(speaker, "kind");
        boolean person = kind == null || "person".equals(kind) || "anonymous".equals(kind);
        ObjectNode author = JSON.objectNode().put("@type", person ? "Person" : "Organization");
        author.put("name", text(speaker, "name"));
        putIfPresent(author, person ? "jobTitle" : "description", text(speaker, "role"));
        return author;
    }

    private static ObjectNode creativeWork(JsonNode appearance) {
        ObjectNode work = JSON.objectNode().put("@type", "CreativeWork");
        putIfPresent(work, "url", text(appearance, "url"));
        putIfPresent(work, "datePublished", text(appearance, "published"));
        String source = text(appearance, "source");
        if (source != null) {
            work.set("publisher", JSON.objectNode().put("@type", "Organization").put("name", source));
        }
        return work;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
