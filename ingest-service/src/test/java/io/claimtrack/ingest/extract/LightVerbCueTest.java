package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A light verb with a noun of saying and its that-clause: "made the point that", "gave assurances that". */
class LightVerbCueTest {

    @Test
    void theVerbItsObjectAndTheNounAreTheCue() {
        assertMentions("""
                The ferries were late again on Monday.
                Councillor Holm made the point that the night ferry runs half empty.
                The harbour board gave firm assurances that no crossing would be cut.
                Mayor Vik offered her strongest promise that fares would fall.
                The pilots have raised concerns that the new pier is too short.
                """,
                "Councillor Holm | the night ferry runs half empty | made the point | indirect",
                "The harbour board | no crossing would be cut | gave firm assurances | indirect",
                "Mayor Vik | fares would fall | offered her strongest promise | indirect",
                "The pilots | the new pier is too short | raised concerns | indirect");
    }

    @Test
    void expressingAHopeOrAConvictionGivesItsClause() {
        assertMentions("""
                The minister expressed the hope that the night ferry would run again by May.
                The two ports express their conviction that the strait must stay open.
                Mayor Vik expressed her hope that the fares would fall.
                The skipper expressed the hope of the whole crew.
                """,
                "The minister | the night ferry would run again by May | expressed the hope | indirect",
                "The two ports | the strait must stay open | express their conviction | indirect",
                "Mayor Vik | the fares would fall | expressed her hope | indirect",
                "The skipper | the hope of the whole crew | expressed | indirect");
    }

    @Test
    void aParticipleTakesTheSubjectOfItsClause() {
        assertMentions("Councillor Holm spoke for an hour at the quay, making the point that the pier was safe.",
                "Councillor Holm | the pier was safe | making the point | indirect");
    }

    @Test
    void aRelativeClauseAPassiveOrAnotherObjectIsNoStatement() {
        assertEquals(List.of(), cues("""
                The board issued a statement that was read aloud at the pier.
                Skipper Lund was given assurances that the quay would be repaired.
                Holm made a point of visiting the pier.
                The crews raised money for the lifeboat that sank.
                Vik did not make the case that fares should rise.
                """));
    }

    @Test
    void importanceAttachedToSomethingIsAView() {
        assertMentions("""
                4. The Sides attach particular importance to the reopening of the Varn ferry line.
                The clerk attached a copy of the treaty to the file.
                The office is attached to the Varnish ministry.
                Minister Olsen said that her country attached great importance to the ferry line.
                """,
                "The Sides | particular importance to the reopening of the Varn ferry line | attach | indirect",
                "Minister Olsen | her country attached great importance to the ferry line | said | indirect");
    }
}

