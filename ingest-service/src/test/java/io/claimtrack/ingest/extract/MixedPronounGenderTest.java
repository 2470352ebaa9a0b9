package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Idris Mokoena says she hired him for his first summer job": the "she" after a name of no known gender is the one he
 * speaks of, not himself, when "him" and "his" stand beside it; the sentence shows neither sex for him, and his surname's
 * own "Mokoena says he" decides.
 */
class MixedPronounGenderTest {

    @Test
    void aSentenceWithPronounsOfBothSexesShowsNeither() {
        assertSpeaker(extract("""
                The Baker of Quay Street Hangs Up Her Apron

                Helen Varga opened the bakery in 1990. "Bread is patience," Varga says.

                Peter Lund, who ran the fish stall next door, remembers the queues. "They went round the corner," Lund says.

                Idris Mokoena, who now owns a cafe across town, says she hired him for his first summer job when his \
                father was ill. Mokoena says he still bakes her rye on Sundays.

                "I owe her more than bread," he says.
                """), "\"I owe her more than bread,\"", "Idris Mokoena");
    }

    @Test
    void aSentenceWithPronounsOfOneSexStillShowsIt() {
        assertSpeaker(extract("""
                The Baker of Quay Street Hangs Up Her Apron

                Peter Lund, who ran the fish stall next door, remembers the queues. "They went round the corner," Lund says.

                Idris Mokoena, who now owns a cafe across town, says she will keep the bakery's old oven.

                "It still bakes the best rye in the city," she says.
                """), "\"It still bakes the best rye in the city,\"", "Idris Mokoena");
    }
}
