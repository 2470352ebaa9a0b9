package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Speaker;

/** A document's new claims sit side by side in the claims' id order, and a document finished again makes the same ids. */
class ClaimIdsTest {

    private static final Instant SEEN = Instant.parse("2025-06-04T00:00:00Z");

    @Test
    void aDocumentsNewClaimsShareItsPrefix() {
        String first = id("sp_mayor", "doc_aaaa", 10, 60, "the bridge will reopen in spring");
        String second = id("sp_chief", "doc_aaaa", 80, 140, "the budget covers two more officers");
        String elsewhere = id("sp_mayor", "doc_bbbb", 10, 60, "the library stays open on sundays");
        assertEquals(first.substring(0, 15), second.substring(0, 15));
        assertNotEquals(first.substring(0, 15), elsewhere.substring(0, 15));
        assertNotEquals(first, second);
        assertEquals(27, first.length());
    }

    @Test
    void theSameDocumentMakesTheSameIds() {
        assertEquals(id("sp_mayor", "doc_aaaa", 10, 60, "the bridge will reopen in spring"),
                id("sp_mayor", "doc_aaaa", 10, 60, "the bridge will reopen in spring"));
    }

    @Test
    void aClaimWithoutADocumentKeepsTheHashOfSpeakerAndText() {
        ClaimService.Said said = new ClaimService.Said(speaker("sp_mayor"), null, "The bridge will reopen.", "direct");
        assertEquals(Text.id("cl_", "sp_mayor|the bridge will reopen"),
                ClaimService.newClaimId(said, "the bridge will reopen"));
    }

    private static String id(String speakerId, String documentId, int start, int end, String normText) {
        return ClaimService.newClaimId(new ClaimService.Said(speaker(speakerId), null, normText, "direct",
                Appearance.key(documentId, start, end), SEEN), normText);
    }

    private static Speaker speaker(String id) {
        Speaker speaker = new Speaker();
        speaker.id = id;
        return speaker;
    }
}
