package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** The businesses of a wire story: a deck's "Insurer says", a thing's operator, a builder, "according to its website". */
class WireBodiesTest {

    private static final String DAM = """
            UPDATE 1-Hovel dam works stall after flood, ministry says

            * Insurer says claim likely to top $40 mln
            * Company shares fall 8%

            (Adds comments from insurer, analyst)

            KELM, May 3 (Reuters) - Work on the Hovel dam in northern Ostmark has stopped after floodwater breached a \
            coffer dam, the country's energy ministry said on Tuesday.

            The breach flooded the lower works and damaged two turbines, the ministry said in a statement.

            "We have lost at least a season," the ministry's director, Ilse Marrow-Dahl, told reporters.

            The dam's builder, Vennick Heavy Works, said repairs would take about six months. Its shares fell 8% in \
            Kelm trading.

            The turbines were insured for about $55 million. Lead insurer Drummel & Haag said the claim would likely \
            top $40 million.

            Vennick had planned to finish the dam next year, according to its website.
            """;

    @Test
    void aDecksInsurerIsTheOneBodyTheStoryIntroducesAsInsurer() {
        assertSpeaker(extract(DAM), "claim likely to top $40 mln", "Drummel & Haag");
    }

    @Test
    void itsWebsiteSpeaksForTheBuilderTheSentenceIsAbout() {
        assertSpeaker(extract(DAM), "Vennick had planned to finish the dam next year", "Vennick Heavy Works");
    }

    @Test
    void theCompanyIsTheOperatorOfTheFerryNamedJustBefore() {
        AnnotatedDocument doc = extract("""
                PORT TESSA (AP) — More than 30 passengers fell ill aboard an overnight ferry, health officials said.

                The Moravia Star, operated by Oldbury Sound Ferries, docked early Saturday.

                Oldbury Sound Ferries said in a statement that the ship would be taken out of service. The company \
                said the first cases were reported two hours after departure.
                """);

        assertSpeaker(doc, "the first cases were reported two hours after departure", "Oldbury Sound Ferries");
    }
}
