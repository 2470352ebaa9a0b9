package io.claimtrack.ingest.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Document metadata found by the extractor; text is what the statement spans index")
public record DocumentInfo(String title, String source, String url, String published, String language,
        DatelineDto dateline, String text) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Wire dateline, e.g. MOSCOW, June 4. /TASS/.")
    public record DatelineDto(String place, String date, String wire) {
    }
}
