package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "New claims in insertion order after a sequence number")
public record ClaimFeed(List<ClaimView> items,
        @Schema(description = "Corrections made in the same range of seq, oldest first (the stream's correction events)")
        List<CorrectionView> corrections,
        @Schema(description = "The seq to pass as after for the next call (the last item's, or the after given)")
        long last) {
}
