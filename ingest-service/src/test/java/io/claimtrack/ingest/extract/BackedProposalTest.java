package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * "backed the compromise" takes a position on a proposal, as "supported the proposal" does; a thing, a person, a
 * particle before the object, a passive and a title-case label are left alone.
 */
class BackedProposalTest {

    @Test
    void aProposalBackedIsAPosition() {
        assertMentions("""
                The tram union backed the compromise on night shifts.
                Councillor Mira Solberg backs Holm's plan for a cycle lane.
                """,
                "The tram union | the compromise on night shifts | backed | indirect",
                "Councillor Mira Solberg | Holm's plan for a cycle lane | backs | indirect");
    }

    @Test
    void aThingAPersonAParticleOrAPassiveIsNoPosition() {
        assertMentions("""
                The driver backed the van into the loading bay.
                Solberg backed Ivo Dahl in the leadership race.
                The mayor backed away from the plan after the vote.
                Solberg backed off her plans for the square.
                The scheme is backed by the tram drivers' guild.
                Guild Wins Again: Drivers Back the Night Plan.
                The drivers met on Friday.
                """);
    }

    @Test
    void theOwnersWordsAfterButEndTheBackedObject() {
        assertMentions("""
                Ivo Dahl backs the tram plan, but, in his words, the timetable is a fantasy.
                """,
                "Ivo Dahl | the tram plan | backs | indirect",
                "his | the timetable is a fantasy | in his words | indirect");
    }
}
