package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-first round: a readout whose heading gives the two leaders' offices ("Talks between the President of
 * Valdoria and the Prime Minister of Estmark") and whose lede names them bare ("Marek Dolan held talks with Eva
 * Sandvik") pairs each office with the person named in its place, so "the Estmarki Prime Minister" is Eva Sandvik.
 */
class HeadingOfficesTest {

    private static final String TALKS = """
            Talks between the President of Valdoria and the President of Estmark

            Harrow, 4 March 2027

            Marek Dolan held talks with Piet Lunde, who arrived in Valdoria on an official visit.

            Opening the talks, the President of Valdoria noted that trade had doubled since 2020.

            The Estmarki President said that his country was ready to invest in the port of Harrow.

            The Valdorian leader stressed that the grain corridor would stay open.

            The President of Estmark noted that the floods had cut the northern railway.

            The President said that the two governments would meet again in May.
            """;

    @Test
    void eachOfficeOfTheHeadingIsThePersonTheLedeNamesInItsPlace() {
        AnnotatedDocument doc = extract(TALKS);
        assertSpeaker(doc, "trade had doubled since 2020", "Marek Dolan");
        assertSpeaker(doc, "his country was ready to invest in the port of Harrow", "Piet Lunde");
        assertSpeaker(doc, "the grain corridor would stay open", "Marek Dolan");
        assertSpeaker(doc, "the floods had cut the northern railway", "Piet Lunde");
    }

    /** Two presidents: an office that names no state may be either of them. */
    @Test
    void anOfficeWithoutAStateStaysUnpairedWhenBothHoldIt() {
        assertSpeaker(extract(TALKS), "the two governments would meet again in May", "The President");
    }

    /** Two offices: "the Prime Minister" names its one holder, though no state is named with it. */
    @Test
    void anOfficeOnlyOneOfThePairHoldsIsHis() {
        AnnotatedDocument doc = extract("""
                Meeting of the President of Valdoria and the Prime Minister of Estmark

                Marek Dolan met Eva Sandvik in Harrow.

                The Prime Minister said that her government would open a consulate in Harrow.
                """);
        assertSpeaker(doc, "her government would open a consulate in Harrow", "Eva Sandvik");
    }

    /** A heading with one office, or a lede that names only one person, pairs nothing. */
    @Test
    void aHeadingWithOneOfficePairsNoOne() {
        AnnotatedDocument doc = extract("""
                Visit of the President of Estmark

                Marek Dolan held talks with Piet Lunde in Harrow.

                The Estmarki President said that his country was ready to invest in the port of Harrow.
                """);
        assertSpeaker(doc, "his country was ready to invest in the port of Harrow", "The Estmarki President");
    }

    /** A heading that names the leaders gives no office by its order (the guest first here): its titled names say who. */
    @Test
    void aHeadingThatNamesTheLeadersPairsNoOfficeByOrder() {
        AnnotatedDocument doc = extract("""
                Call of Prime Minister Sandvik of Estmark with President Dolan of Valdoria

                Marek Dolan spoke with Eva Sandvik on Monday.

                The Valdorian leader said that the grain corridor would stay open.
                """);
        assertSpeaker(doc, "the grain corridor would stay open", "Marek Dolan");
    }

    /**
     * Thirty-second round: "The Estmarki President thanked his host. He stressed": a pronoun after a sentence the office
     * opens is the office's holder, not the host who spoke last.
     */
    @Test
    void aPronounAfterASentenceOpenedByAPairedOfficeIsItsHolder() {
        AnnotatedDocument doc = extract(TALKS.replace("The Estmarki President said that his country",
                "The Estmarki President thanked his host for the invitation. He stressed that his country"));
        assertSpeaker(doc, "his country was ready to invest in the port of Harrow", "Piet Lunde");
    }
}
