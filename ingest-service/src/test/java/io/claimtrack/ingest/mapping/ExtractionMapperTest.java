package io.claimtrack.ingest.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimtrack.ingest.extract.Extractor;
import io.claimtrack.ingest.model.ExtractionRequest;
import io.claimtrack.ingest.model.ExtractionResponse;
import io.claimtrack.ingest.model.StatementDto;
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
}
