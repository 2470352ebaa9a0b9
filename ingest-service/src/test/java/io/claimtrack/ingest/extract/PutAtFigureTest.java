package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * "put the harvest at 12 million tonnes" gives an estimate, as "estimated the harvest at" does; "put" with a place, a
 * role or no "at" after its object is an act.
 */
class PutAtFigureTest {

    @Test
    void aFigureAfterAtIsAnEstimate() {
        assertMentions("""
                Rennick Grain, a broker in the port, puts the barley harvest at about 12 million tonnes.

                The ferry board put the cost of the new pier at a record $3 billion.
                """,
                "Rennick Grain | the barley harvest at about 12 million tonnes | puts | indirect",
                "The ferry board | the cost of the new pier at a record $3 billion | put | indirect");
    }

    @Test
    void aPlaceARoleOrNoAtIsNoEstimate() {
        assertMentions("""
                The coach put the rookie at point guard for the final.

                Ada Brenn put the ladder at the back of the shed.

                The council put the vote at the Town Hall on the agenda.

                The ferry board put 3 million into the pier fund.
                """);
    }
}
