package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

@Schema(name = "CorrectedDocument", description = "One line of GET /corrections/export: a corrected document as an evaluation set line "
        + "(the gold format of eval/score.py): its text and its statements as corrected, hidden ones left out.")
public record CorrectedDocument(@Schema(example = "doc_85c3c4c09e9fd2732627d4ff") String id, String source, String url,
        String published, String text, List<GoldStatement> statements) {

    @Schema(name = "GoldStatement", description = "A statement as corrected.")
    public record GoldStatement(@Schema(description = "The canonical speaker after corrections and merges.", example = "Yury Ushakov") String speaker,
            @JsonProperty("speaker_mention") @Schema(description = "The mention as extracted.", example = "Kremlin aide") String speakerMention,
            String role,
            @Schema(description = "What was said: the span's text, or its parts' texts joined by a space when a speaker and cue "
                    + "interrupt it.") String content,
            @JsonProperty("content_spans") @Schema(description = "[[start, end], ...]: the offsets in text of what was said, one pair, "
                    + "or one per part when a speaker and cue interrupt it.") List<List<Integer>> contentSpans,
            String cue, @Schema(enumeration = {"direct", "indirect", "mixed"}) String type,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "True for a statement reported inside another (optional when scored); left out otherwise.", nullable = true)
            Boolean nested) {
    }
}
