package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-sixth round: a court's "held that" gives its ruling, while "held talks" and "held that view." keep a
 * thing; "Under the deal, A, X said" is X's statement only, the deal no second source; and a title-cased headline's
 * "Declares Flood Emergency" brings an emergency into force, as "declared a flood emergency" does.
 */
class RulingAndUnderTest {

    @Test
    void aCourtHeldThatGivesItsRuling() {
        List<String> found = statements(extract("""
                The Appeals Chamber held that the river tax was a charge on trade between the provinces.

                The Chamber held talks with both ministries in May.

                Judge Orla Penn has long held that view.
                """));
        assertTrue(found.stream().anyMatch(s -> s.contains("Appeals Chamber | the river tax was a charge on trade")
                && s.contains("| held |")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.contains("talks with both ministries")), found.toString());
        assertTrue(found.stream().noneMatch(s -> s.startsWith("Orla Penn")), found.toString());
    }

    @Test
    void aCueClosingAnUnderSentenceTakesItsClause() {
        List<String> found = statements(extract("""
                Under the treaty, each village will keep two lifeboats on the shore, Harbour Minister Ada Holm told reporters.

                Under the new treaty, the ferry company will run three extra boats a week in August.

                Under the new deal, the port will hire two more pilots.
                """));
        assertTrue(found.stream().anyMatch(s -> s.startsWith("Ada Holm |") && s.contains("each village will keep two lifeboats")),
                found.toString());
        assertTrue(found.stream().noneMatch(s -> s.startsWith("the treaty |")), found.toString());
        assertTrue(found.stream().anyMatch(s -> s.startsWith("the new treaty | the ferry company will run")), found.toString());
        // A deal's terms tell what is to happen; no cue closes the sentence, so it has no source at all.
        assertTrue(found.stream().noneMatch(s -> s.startsWith("the new deal |")), found.toString());
    }

    @Test
    void aTitledHeadlineDeclaringAnEmergencyIsAnAct() {
        List<String> headline = statements(extract("""
                Governor Declares Flood Emergency Ahead of Spring Thaw

                KELLPORT - Governor Ines Varga on Monday declared a flood emergency for four river counties.
                """));
        assertTrue(headline.stream().noneMatch(s -> s.contains("Flood Emergency")), headline.toString());
        List<String> spoken = statements(extract("""
                Governor Declares Ferry Strike Over After Late Talks

                KELLPORT - Governor Ines Varga said on Monday that the ferry strike had ended.
                """));
        assertTrue(spoken.stream().anyMatch(s -> s.contains("Ferry Strike Over")), spoken.toString());
    }
}
