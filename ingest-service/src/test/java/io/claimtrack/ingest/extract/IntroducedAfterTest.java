package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 40: a definite description the story never names with its title is the person it introduces next
 * with a relative clause and no title ("The curator told the board ... . Ana Ruiz, who took the job in March, said"); an
 * indefinite one, or one followed by a person given a title of their own, is left alone.
 */
class IntroducedAfterTest {

    @Test
    void theDescriptionIsThePersonIntroducedNextWithARelativeClause() {
        AnnotatedDocument doc = extract("""
                The curator of the harbour museum told the port board on Monday that the north quay would stay closed until the \
                autumn storms had passed.

                Ana Ruiz-Kettering, who took the job in March after twelve years on the pilot boats, said the quay's \
                timber fenders had split in four places.
                """);
        assertSpeaker(doc, "the north quay would stay closed until the autumn storms had passed", "Ana Ruiz-Kettering");
    }

    @Test
    void anAgeMayStandBetweenTheNameAndItsClause() {
        AnnotatedDocument doc = extract("""
                The owner of a small cider farm on the ridge road told the tribunal that the new bypass had cut her \
                orchard in two.

                "We lost forty trees in a week," said Greta Villiers-Osei, 61, who has pressed apples on the hill \
                since 1998.
                """);
        assertSpeaker(doc, "the new bypass had cut her orchard in two", "Greta Villiers-Osei");
    }

    @Test
    void anIndefiniteDescriptionIsSomeoneElse() {
        AnnotatedDocument doc = extract("""
                A ferry captain told the inquiry that the radar had failed twice that winter.

                Oskar Brandvold-Mensah, who sailed the route for the rival line, said the channel markers were \
                often unlit.
                """);
        assertSpeaker(doc, "the radar had failed twice that winter", "A ferry captain");
    }

    @Test
    void aPersonGivenATitleIsNoImpliedHolder() {
        AnnotatedDocument doc = extract("""
                The curator of the harbour museum told the port board that the north quay would stay closed.

                Councillor Pieter Halloran-Ameyaw, who chairs the finance committee, said the repairs would cost \
                more than the port earns in a year.
                """);
        assertSpeaker(doc, "the north quay would stay closed", "The curator of the harbour museum");
    }

    @Test
    void aHolderOfTheTitleNamedBeforeKeepsIt() {
        AnnotatedDocument doc = extract("""
                Director of the Coastal Fisheries Agency Marit Solheim-Quaye toured the oyster beds of Vessby on Friday.

                Speaking to growers, the director said the spring survey had found the beds in good health.

                Tomasz Lindqvist-Adjei, who farms oysters near the river mouth, told the director that the water had \
                grown too warm in August.
                """);
        assertSpeaker(doc, "the spring survey had found the beds in good health", "Marit Solheim-Quaye");
    }

    @Test
    void aPersonNamedInTheObjectIsNoHolder() {
        AnnotatedDocument doc = extract("""
                The curator of the harbour museum told the port board that the north quay would stay closed.

                The board's new chair is Pieter Halloran-Ameyaw, who ran the ferry company until 2021.
                """);
        assertSpeaker(doc, "the north quay would stay closed", "The curator of the harbour museum");
    }
}
