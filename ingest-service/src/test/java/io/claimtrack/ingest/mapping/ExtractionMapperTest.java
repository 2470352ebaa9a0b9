package io.claimtrack.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimtrack.ingest.extract.Extractor;
import io.claimtrack.ingest.model.ExtractionRequest;
import io.claimtrack.ingest.model.ExtractionResponse;
import io.claimtrack.ingest.model.StatementDto;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionMapperTest {

    @Test
    void followOnQuotationCarriesTheMentionThatNamedItsSpeaker() {
        String text = """
                "We made hard choices," Finance Minister Helen Carter said. "We will not apologise for them."
                """;
        ExtractionResponse response = ExtractionMapper.toResponse(new Extractor().extract(text, null),
                new ExtractionRequest(text, null, null, null, null), null);
        StatementDto followOn = response.statements().get(1);
        assertEquals("\"We will not apologise for them.\"", followOn.content());
        assertEquals("Finance Minister Helen Carter", followOn.speaker().mention());
        assertEquals("Helen Carter", followOn.speaker().name());
    }

    @Test
    void aStatementItsSpeakerAndCueInterruptKeepsItsSpanTextAsContentAndGivesWhatWasSaidInParts() {
        String text = "The new timetable, the harbour master said, reached the pilots on Friday.";
        ExtractionResponse response = ExtractionMapper.toResponse(new Extractor().extract(text, null),
                new ExtractionRequest(text, null, null, null, null), null);
        StatementDto statement = response.statements().get(0);
        // claims-service stores a statement only where its span holds its content.
        assertEquals(text.substring(statement.span().start(), statement.span().end()), statement.content());
        assertEquals(List.of("The new timetable", "reached the pilots on Friday"),
                statement.parts().stream().map(p -> text.substring(p.start(), p.end())).toList());
        assertNull(ExtractionMapper.toResponse(new Extractor().extract("Holm said the pier was safe.", null),
                new ExtractionRequest("Holm said the pier was safe.", null, null, null, null), null).statements().get(0).parts());
    }
}
