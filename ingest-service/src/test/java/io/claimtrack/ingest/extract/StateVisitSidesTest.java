package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-fifth round: a communiqué of a state visit ("At the invitation of King A of Mendova, President B of
 * Ostria paid a state visit to Mendova") opens with the two who met, and its "The Ostrian Side", capitalised as
 * communiqués write it, is the one who led that side. A side no title names keeps the mention.
 */
class StateVisitSidesTest {

    private static final String COMMUNIQUE = """
            Joint Communique on the State Visit of the President of Ostria to Mendova

            At the invitation of King Ferrando of Mendova, President Wilhelmina Escott of Ostria paid a state visit \
            to Mendova from 3 to 5 June 2026.

            1. The two Heads of State held talks in a warm and friendly atmosphere.

            4. The Ostrian Side expressed its support for the plan of Mendova to open a second deep-water port.

            5. The Mendovan Side welcomed the decision of Ostria to lift its duties on olive oil.
            """;

    @Test
    void theGuestsSideIsTheGuest() {
        assertSpeaker(extract(COMMUNIQUE), "its support for the plan of Mendova to open a second deep-water port", "Wilhelmina Escott");
    }

    @Test
    void theHostsSideIsTheHost() {
        assertSpeaker(extract(COMMUNIQUE), "the decision of Ostria to lift its duties on olive oil", "Ferrando of Mendova");
    }

    /** A side whose state neither title nor name gives keeps its name. */
    @Test
    void aSideNoOneLedKeepsTheMention() {
        assertSpeaker(extract(COMMUNIQUE.replace("The Ostrian Side", "The Tessanian Side")),
                "its support for the plan of Mendova to open a second deep-water port", "Tessanian Side");
    }
}
