package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Lena Moravec of the Harbour Labour faction said ... The deputy argued ...": a deputy named with her party speaks as
 * herself, so "The deputy" after her is she, not a deputy who spoke before her, even of the same faction.
 */
class FactionDeputyTest {

    private static final String DEBATE = """
            Assembly debates the ferry fares bill

            Tomas Brod of the Harbour Labour faction said the bill would raise fares on the island routes. The deputy \
            warned that the islanders had no other way to reach the mainland.

            Lena Moravec of the Harbour Labour faction said her colleagues would still back the bill in the first \
            reading. The deputy argued that the ferry company needed the money for new boats.

            Oskar Lind of the Green Coast Alliance said the debate had come too late.
            """;

    @Test
    void theDeputyIsTheDeputyLastNamed() {
        assertSpeaker(extract(DEBATE), "the ferry company needed the money for new boats", "Lena Moravec");
    }

    @Test
    void theFirstDeputyKeepsHisOwnWords() {
        assertSpeaker(extract(DEBATE), "the islanders had no other way to reach the mainland", "Tomas Brod");
    }

    @Test
    void aDeputyNamedWithHisPartySpeaksAsHimself() {
        assertSpeaker(extract(DEBATE), "the debate had come too late", "Oskar Lind");
    }
}
