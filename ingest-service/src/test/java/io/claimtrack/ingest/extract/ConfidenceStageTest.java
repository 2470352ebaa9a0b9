package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Confidence comes from the calibration table, by pattern, kind of cue and kind of speaker. */
class ConfidenceStageTest {

    private static AnnotatedDocument extract(String text) {
        return Pipeline.through(ConfidenceStage.class, text);
    }

    @Test
    void aQuotationWithSaidAndANameIsSurerThanAnUnresolvedDescriptionWithAnotherVerb() {
        AnnotatedDocument doc = extract("""
                “The bridge will reopen in May,” Mayor Anna Holm said.
                A local group claimed the repairs were too slow.
                """);
        Attribution quoted = statement(doc, "“The bridge will reopen in May,”");
        Attribution described = statement(doc, "the repairs were too slow");

        assertEquals(Calibration.SpeakerClass.NAMED, Calibration.speakerClass(quoted));
        assertEquals(Calibration.CueClass.SAY, Calibration.cueClass(quoted));
        assertEquals(Calibration.SpeakerClass.DESCRIPTION, Calibration.speakerClass(described));
        assertEquals(Calibration.CueClass.OTHER, Calibration.cueClass(described));
        assertTrue(quoted.confidence > described.confidence, quoted.confidence + " vs " + described.confidence);
    }

    @Test
    void everyConfidenceIsAProbabilityFromTheTable() {
        AnnotatedDocument doc = extract("""
                Ferry fares to rise — Nordferry
                The operator said fares would rise, adding that timetables would not change.
                “We have no choice,” its chief said. “Fuel costs doubled.”
                """);

        assertTrue(doc.attributions.size() >= 4, () -> Pipeline.contents(doc).toString());
        for (Attribution a : doc.attributions) {
            assertTrue(a.confidence > 0 && a.confidence < 1, () -> a.cue + " " + a.confidence);
            assertEquals(Calibration.get().of(a), a.confidence);
        }
    }

    @Test
    void aMissingCellFallsBackToThePatternAndCueThenThePatternThenTheRulesPrior() {
        Calibration table = new Calibration(List.of("# a test table", "CUE\t*\t*\t0.5\t100",
                "CUE\tSAY\t*\t0.7\t100", "CUE\tSAY\tNAMED\t0.9\t100"));
        AnnotatedDocument doc = extract("""
                Mayor Anna Holm said the bridge would reopen.
                A local group said the repairs were slow.
                A local group claimed the repairs were too slow.
                Ferry fares to rise — Nordferry
                """);

        assertEquals(0.9, table.of(statement(doc, "the bridge would reopen")));
        assertEquals(0.7, table.of(statement(doc, "the repairs were slow")));
        assertEquals(0.5, table.of(statement(doc, "the repairs were too slow")));
        Attribution headline = statement(doc, "Ferry fares to rise");
        headline.confidence = 0.42;
        assertEquals(0.42, table.of(headline));
    }
}
