package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 56: a zoo's, museum's or hospital's "The zoo says", far below the lede that names the one zoo of the
 * story, is that zoo, as a business's "the company said" is ({@link StoryBodies}).
 */
class StoryBodiesTest {

    /** The lede's zoo, twenty paragraphs (past {@link ResolutionWindows#TITLED_NAME_CHARS}) and another body above "The zoo says". */
    private static final String ZOO = """
                Two brown bears to arrive at Tessel zoo

                Tessel, Ostmark (AFP) - Two brown bears will arrive at the Jardin zoologique de Tessel in May under a loan \
                from Varnia, the zoo announced on Thursday.

                """ + """
                The bears were born in the mountain reserve of Kessel and have never travelled before, a keeper explained.

                """.repeat(20) + """
                Varnia owns all brown bears living abroad, about 60 animals in 12 countries, according to the Harlo breeding centre.

                Who will feed them? The zoo says it has signed a contract with a fish farm near the coast.
                """;

    @Test
    void theZooFarBelowTheLedeIsTheOneZooTheStoryNames() {
        assertSpeaker(extract(ZOO), "it has signed a contract with a fish farm near the coast", "Jardin zoologique de Tessel");
    }

    @Test
    void theZooNamedInEnglishIsTheOneZooToo() {
        assertSpeaker(extract(ZOO.replace("the Jardin zoologique de Tessel", "the Tessel City Zoo")),
                "it has signed a contract with a fish farm near the coast", "Tessel City Zoo");
    }
}
