package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: a commission's communiqué names its two co-chairs after "was co-chaired by" ("(hereinafter
 * "the Co-Chairs")"); its "The Co-Chairs", "Both Co-Chairs" and "The Parties" are the two of them, in the order named,
 * and "The Brivanian Party" the one whose title names Brivania, as "the Brivanian side" is (the settled rule of round
 * 38).
 */
class CommuniquePartiesTest {

    private static final String COMMUNIQUE = """
            Joint Communiqué of the Second Session of the Intergovernmental Commission on Fisheries

            1. The second session of the Commission took place in Narvel on 4-5 June 2026. The session was co-chaired by the \
            Minister of Agriculture of Brivania, Selma Okkervik, and the Deputy Prime Minister of Tuldor, Ansgar Vell \
            (hereinafter "the Co-Chairs").

            2. The Co-Chairs noted the rise in joint research cruises since the first session.

            3. The Brivanian Party proposed to share the catch data of the northern fleet every month.

            4. The Tuldorian Party stressed that the quota for herring should stay unchanged.

            5. The Parties reaffirmed their interest in a common inspection regime.

            6. Both Co-Chairs underlined the role of the coast guards in the fight against illegal fishing.
            """;

    @Test
    void theCoChairsAndThePartiesAreTheTwoChairsInTheirOrder() {
        AnnotatedDocument doc = extract(COMMUNIQUE);
        assertSpeaker(doc, "the rise in joint research cruises since the first session", "Selma Okkervik and Ansgar Vell");
        assertSpeaker(doc, "their interest in a common inspection regime", "Selma Okkervik and Ansgar Vell");
        assertSpeaker(doc, "the role of the coast guards in the fight against illegal fishing", "Selma Okkervik and Ansgar Vell");
    }

    @Test
    void aStatesPartyIsTheChairItsTitleNamesTheStateOf() {
        AnnotatedDocument doc = extract(COMMUNIQUE);
        assertSpeaker(doc, "to share the catch data of the northern fleet every month", "Selma Okkervik");
        assertSpeaker(doc, "the quota for herring should stay unchanged", "Ansgar Vell");
        assertEquals("The Tuldorian Party", statement(doc, "the quota for herring should stay unchanged").mentionText());
    }

    /** A session chaired by one person names no pair: its "Parties" keep their mention. */
    @Test
    void oneChairMakesNoPair() {
        AnnotatedDocument doc = extract("""
                Communiqué of the Working Group on Rail Freight

                The meeting was chaired by the Minister of Transport of Brivania, Selma Okkervik. Delegations of Brivania, \
                Tuldor and Masso attended.

                The Parties agreed that the border crossings should be open around the clock.
                """);
        assertSpeaker(doc, "the border crossings should be open around the clock", "The Parties");
    }
}
