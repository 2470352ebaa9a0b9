package io.claimtrack.ingest.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One attributed statement")
public record StatementDto(
        SpeakerDto speaker,
        @Schema(description = "The text of span, exactly as in the document. When the speaker and cue interrupt what"
                + " was said (\"The data, she said, arrived on Monday\"), it holds them too; parts then gives what was said",
                example = "the talks were useful") String content,
        SpanDto span,
        @Schema(description = "Only when the speaker and cue stand inside what was said: the offsets of what was said, in"
                + " order, before and after them (\"The data\", \"arrived on Monday\"); the statement's words are these"
                + " parts joined by a space. Absent otherwise: content is then all of what was said") List<SpanDto> parts,
        @Schema(description = "The cue as written; empty for headline dashes, bullets and follow-on quotes", example = "said") String cue,
        @Schema(enumeration = {"direct", "indirect", "mixed"}) String type,
        @Schema(description = "When the statement was made, if the text dates it differently from publication", example = "2024") String date,
        @Schema(description = "True for a statement reported inside another one") Boolean nested,
        @Schema(description = "For a nested statement: who reported it") String via,
        @Schema(description = "Where on the page: 'main' for the article itself, 'related' for headlines and ledes of other"
                + " articles listed on a scraped page. A related statement is not dated by the page: its date is"
                + " only what the text itself says", enumeration = {"main", "related"}, example = "main") String region,
        @Schema(description = "Calibrated probability, in [0,1], that this is a statement the text makes with this content:"
                + " the share of statements of the same pattern, kind of cue and kind of speaker that were right on an"
                + " annotated news corpus (PolNeAR train; a prediction is right when it overlaps a gold statement by at least"
                + " 30% of its words). It does not measure whether the speaker was resolved to the right name. The"
                + " README publishes the reliability table (stated confidence against measured precision)",
                example = "0.94") double confidence) {

    @Schema(description = "Who said it: canonical name, surface mention, role and kind")
    public record SpeakerDto(
            @Schema(example = "Yury Ushakov") String name,
            @Schema(example = "Kremlin aide") String mention,
            @Schema(example = "Kremlin aide") String role,
            @Schema(enumeration = {"person", "organization", "document", "anonymous", "group"}) String kind) {
    }

    @Schema(description = "Offsets [start, end) into document.text, in UTF-16 code units (Java and JavaScript string indices)")
    public record SpanDto(int start, int end) {
    }
}
