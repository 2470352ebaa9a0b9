package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "The union representing its conductors said": the body the text names as the one that represents them (issue 10). */
class RepresentedBodiesTest {

    private static String speakerOf(String text, String content) {
        return statement(Pipeline.through(ResolutionStage.class, text), content).speaker;
    }

    @Test
    void aLedesUnionIsTheBodyNamedLaterAsRepresentingTheSameMembers() {
        String strike = """
                Harwell Rail posted a loss on Friday, hours after the union representing its conductors said members \
                would strike.

                The rail company blamed fuel costs.

                Ticket sales fell 4% in the quarter.

                The Conductors' Brotherhood, which represents 2,100 conductors, said talks had failed.
                """;
        assertEquals("Conductors' Brotherhood", speakerOf(strike, "members would strike"));
        assertEquals("Tramway Staff Guild", speakerOf("""
                The union representing the city's tram drivers said on Monday that its members would walk out next week.

                Talks broke down late on Sunday. The Tramway Staff Guild, which represents 700 drivers, wants a 9% raise.
                """, "its members would walk out next week"));
    }

    @Test
    void otherMembersOrTwoBodiesForTheSameMembersNameNoOne() {
        assertEquals("the union representing its welders", speakerOf("""
                Ostby Yards lost a navy contract, days after the union representing its welders said members would strike.

                The shipyard blamed its costs. Orders fell in the spring.

                The Painters' Guild, which represents 400 painters, said it would not join.
                """, "members would strike"));
        assertEquals("the union representing its nurses", speakerOf("""
                Calder General cut 90 beds, a week after the union representing its nurses said wards were unsafe.

                The hospital blamed its budget. Patients waited longer in June.

                The Nurses' Guild, which represents 600 nurses, and the Care Workers Federation, which represents 200 \
                nurses, called a meeting.
                """, "wards were unsafe"));
    }

    /** Round 59: a deck's bare plural of what the members own ("cab owners") is the body that represents the cabs. */
    @Test
    void aDecksOwnersOfWhatTheBodyRepresentsAreThatBody() {
        String text = """
                Cabs barred from the station forecourt after midnight

                Council backs hotel owners; cab owners vow appeal

                ORLEY — Cabs may no longer wait on the station forecourt after midnight, the council decided on Monday.

                The Orley Hotel Owners Association, which represents 12 hotels, welcomed the vote.

                The Orley Cab Drivers Guild, which represents 230 cabs, said it would appeal to the county.
                """;
        assertEquals("Orley Cab Drivers Guild", speakerOf(text, "appeal"));
    }

    /** Prose keeps its plural: "cab owners said" below the headlines is an open group. */
    @Test
    void aPluralInProseStaysAsItStands() {
        assertEquals("cab owners", speakerOf("""
                The Orley Cab Drivers Guild, which represents 230 cabs, met on Monday. Later, cab owners said the fares \
                were too low.
                """, "the fares were too low"));
    }
}
