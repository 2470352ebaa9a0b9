package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Corran Rail, which built the trams, said ... the company said": a name whose relative clause says it built, made or ran
 * something is a business, so "the company" is that nearest maker, not the story's first company.
 */
class MakerRelativeTest {

    private static final String TRAMS = """
            Regulator orders checks on tram axles

            OSLANDA (AP) - The transport regulator on Tuesday ordered checks on the axles of 300 trams after a derailment \
            in the capital.

            Tavistock Motors said it was already inspecting its fleet. Corran Rail, which built the trams, said it had found \
            no defect in its own tests. In a separate statement, the company said it would replace 60 axles as a precaution.

            The regulator said the checks would take two weeks.
            """;

    @Test
    void theCompanyIsTheMakerNamedLast() {
        assertSpeaker(extract(TRAMS), "it would replace 60 axles as a precaution", "Corran Rail");
    }

    @Test
    void aNameWhoseRelativeClauseMakesNothingIsLeftAlone() {
        assertSpeaker(extract(TRAMS.replace("which built the trams", "which met the regulator")),
                "it would replace 60 axles as a precaution", "Tavistock Motors");
    }
}
