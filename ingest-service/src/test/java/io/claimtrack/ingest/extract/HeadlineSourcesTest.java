package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-sixth round: a headline's "sources" is the group of unnamed sources its lede introduces.
 */
class HeadlineSourcesTest {

    @Test
    void aHeadlinesSourcesAreTheGroupItsLedeIntroduces() {
        AnnotatedDocument doc = extract("""
                Norland plans to halt raw timber exports, sources say

                OSLOBY, Jan 5 (Halyard) - Norland plans to ban exports of unprocessed timber from 2029 to force loggers to build sawmills in the country, three people with knowledge of the matter said on Monday.

                The ban would be announced this month, one of the sources said.
                """);
        assertSpeaker(doc, "Norland plans to halt raw timber exports", "three people with knowledge of the matter");
    }

    /** A lede with no unnamed group leaves the headline's sources as they are. */
    @Test
    void noGroupInTheLedeLeavesTheSources() {
        AnnotatedDocument doc = extract("""
                Norland plans to halt raw timber exports, sources say

                OSLOBY, Jan 5 (Halyard) - Norland plans to ban exports of unprocessed timber from 2029, one of the officials said on Monday.
                """);
        assertSpeaker(doc, "Norland plans to halt raw timber exports", "sources");
    }

    /** Round 50: an agency's own source in the headline is the one unnamed source its lede introduces. */
    @Test
    void anAgencysSourceIsTheOneSourceTheLedeIntroduces() {
        AnnotatedDocument doc = extract("""
                Harbour Kings sign goalkeeper Ostrova for three years, AP source says

                TELLBY (AP) — The Harbour Kings have agreed to a three-year contract with goalkeeper Dana Ostrova, a person \
                familiar with the talks told The Associated Press on Monday.
                """);
        assertSpeaker(doc, "Harbour Kings sign goalkeeper Ostrova for three years", "a person familiar with the talks");
    }
}
