package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A corrected document in the evaluation format of score.py (a gold line). */
@Schema(description = "A corrected document as a line of an evaluation set (the format of eval/score.py's gold file): its "
        + "text and its statements as corrected, hidden ones left out")
public record CorrectedDocument(String id, String source, String url, String published, String text,
        List<GoldStatement> statements) {

    @Schema(description = "A statement as corrected")
    public record GoldStatement(@Schema(description = "The canonical speaker (after corrections and merges)") String speaker,
            @JsonProperty("speaker_mention") @Schema(description = "The mention as extracted") String speakerMention,
            String role,
            @Schema(description = "What was said: the span's text, or its parts' texts joined by a space when a speaker and "
                    + "cue interrupt it") String content,
            @JsonProperty("content_spans") @Schema(description = "[[start, end], ...]: the offsets in text of what was said,"
                    + " one pair, or one per part when a speaker and cue interrupt it")
            List<List<Integer>> contentSpans,
            String cue, @Schema(enumeration = {"direct", "indirect", "mixed"}) String type,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "True for a statement reported inside another (optional when scored); left out otherwise.", nullable = true)
            Boolean nested) {
    }
}
