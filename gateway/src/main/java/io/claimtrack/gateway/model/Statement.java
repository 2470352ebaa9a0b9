package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One attributed statement: as extracted, and as stored (then with its claim and speaker ids). */
@Schema(name = "Statement", description = "One attributed statement: who said what, where in the text, and how.")
public record Statement(
        SpeakerMention speaker,
        @Schema(description = "The text of span, exactly as in the document. When a speaker and cue interrupt what was said "
                + "(\"The data, she said, arrived on Monday\") it holds them too, and parts gives what was said.",
                example = "Putin told Trump that talks with Ukraine in Turkey were useful")
        String content,
        Span span,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only when a speaker and cue interrupt what was said: the offsets of what was said, in order, inside "
                + "span, relative to the document's text like span (\"The data\" and \"arrived on Monday\" of \"The data, she said, "
                + "arrived on Monday\"). What was said, and the claim's text, is these parts' texts joined by a space. Absent: "
                + "content is all of what was said.", nullable = true)
        List<Span> parts,
        @Schema(description = "The cue as written; empty for headline dashes, bullets and follow-on quotes.", example = "said")
        String cue,
        @Schema(enumeration = {"direct", "indirect", "mixed"}, example = "indirect") String type,
        @Schema(description = "When the statement was made, when the text dates it differently from publication.", example = "2025-06-03")
        String date,
        @Schema(description = "True for a statement reported inside another one.", example = "false") Boolean nested,
        @Schema(description = "For a nested statement: who reported it.") String via,
        @Schema(description = "Confidence in [0, 1].", example = "0.86") Double confidence,
        @Schema(description = "Where in the document: the main story, or related material around it (links, captions).",
                enumeration = {"main", "related"}, example = "main")
        String region,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The claim this statement was recorded as; stored documents only.", example = "cl_2b8d7fc87de74772570846ec")
        String claimId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The resolved speaker; stored documents only.", example = "sp_5f68287c63833a55c32686a7")
        String speakerId,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Stored documents only, when corrections hold for the statement: claimId, speakerId, span, content and type "
                + "are then as corrected (GET /corrections?document= has what was extracted).", nullable = true)
        Corrected corrected) {

    @Schema(name = "StatementCorrected", description = "How corrections changed a statement.")
    public record Corrected(@Schema(description = "Not a statement: kept in the document, counted, listed and streamed nowhere.") boolean hidden,
            @Schema(description = "The corrections that hold, oldest first.") List<String> corrections,
            @Schema(description = "The latest one's reason.") String reason) {
    }
}
