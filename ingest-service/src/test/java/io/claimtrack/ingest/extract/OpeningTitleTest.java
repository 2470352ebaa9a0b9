package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "The 58-year-old owner, a former banker, bought the club in 2020. On Monday he said": the pronoun of the sentence
 * after one an age description opens is the person the description names ({@link OpeningTitle}, round 54). Round 55
 * (olderres2): so is an office named by its field after the place ("The head of Ravelian diplomacy thanked ... She").
 */
class OpeningTitleTest {

    @Test
    void aPronounAfterAnAgeDescriptionWithAnAsideIsItsHolder() {
        AnnotatedDocument doc = extract("""
                Finance Minister Tomas Vries met the central bank's governor, Elin Sandberg, on Friday, and the \
                economist Pieter Hals said markets were calm.

                Pieter Hals said investors would wait for the next figures.

                The 52-year-old minister, a former shipping executive, has argued with Sandberg over rates for a year. \
                On Friday he said the meeting had been "useful".
                """);
        assertSpeaker(doc, "the meeting had been \"useful\"", "Tomas Vries");
    }

    @Test
    void aPronounAfterAnAgeDescriptionAndItsVerbIsItsHolder() {
        AnnotatedDocument doc = extract("""
                Rink owner Harald Brun said the club would stay in Lindby. Coach Jonas Ek said he was relieved.

                The 64-year-old owner bought the club in 2019. He said he would never sell it.
                """);
        assertSpeaker(doc, "he would never sell it", "Harald Brun");
    }

    @Test
    void aPronounAfterTheHeadOfAPlacesFieldIsItsHolder() {
        AnnotatedDocument doc = extract("""
                Minister of Foreign Affairs of the Kingdom of Dunmark Marten Hollgrave held talks today with Minister of \
                Foreign Affairs of the Republic of Ravelia Selma Okrand in Torby.

                The head of Ravelian diplomacy thanked her counterpart for the invitation. She stressed that Ravelia \
                regarded Dunmark as a key partner in the region.
                """);
        assertSpeaker(doc, "Ravelia regarded Dunmark as a key partner in the region", "Selma Okrand");
    }
}
