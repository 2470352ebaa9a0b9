package io.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Document", description = "A stored document with its statements and their claim and speaker ids.")
public record Document(
        @Schema(example = "doc_85c3c4c09e9fd2732627d4ff") String id,
        @Schema(example = "TASS") String source,
        @Schema(example = "https://tass.com/politics/1968231") String url,
        String title,
        @Schema(example = "2025-06-04") String published,
        @Schema(example = "en") String language,
        Dateline dateline,
        @Schema(description = "SHA-256 of the whitespace-collapsed text.", example = "85c3c4c09e9fd2732627d4ffdd1e18c4269cca8cfeddcfcd4718f6e57b87edd5")
        String contentHash,
        @Schema(description = "Id of the earlier revision at the same URL.") String revisionOf,
        @Schema(description = "Id of the later revision at the same URL that replaced this one; its appearances no longer count.", nullable = true)
        String supersededBy,
        @Schema(description = "Id of the document whose text this outlet republished (syndication); each claim gains an appearance in this outlet.", nullable = true)
        String syndicationOf,
        @Schema(description = "True when this request repeated an already stored document.") boolean repeat,
        @Schema(example = "2025-06-04T09:12:44Z") Instant ingestedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Left out of lists unless include=text.",
                example = "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, Kremlin aide Yury Ushakov said.")
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Left out of lists unless include=statements.")
        List<Statement> statements,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "How many statements the document has; in lists, where the statements are left out.", example = "7",
                nullable = true)
        Integer statementCount) {
}
