package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Verbs of commitment with the infinitive of what was promised: "vowed to veto the bill". */
class CommissivesTest {

    @Test
    void theInfinitiveAfterAVerbOfCommitmentIsWhatWasPromised() {
        assertMentions("""
                Councillor Holm vowed to veto the ferry levy.
                The harbour board has repeatedly promised to quickly reopen the north pier.
                Mayor Vik threatened to sue the county over the fares.
                The pilots swore to uphold the new safety code.
                """,
                "Councillor Holm | to veto the ferry levy | vowed | indirect",
                "The harbour board | to quickly reopen the north pier | promised | indirect",
                "Mayor Vik | to sue the county over the fares | threatened | indirect",
                "The pilots | to uphold the new safety code | swore | indirect");
    }

    @Test
    void aHeadlinesPleaOrPledgeWithItsInfinitiveIsActive() {
        // Headlinese drops the "was" of "Mayor urged to resign", but a plea or a vow takes no such passive.
        assertMentions("Riders pleaded to keep the night ferry; union says fares must rise",
                "Riders | to keep the night ferry | pleaded | indirect",
                "union | fares must rise | says | indirect");
        assertMentions("Dockers vow to strike over pier closure",
                "Dockers | to strike over pier closure | vow | indirect");
        assertMentions("Mayor urged to resign over ferry deal");
    }

    @Test
    void aListenerAfterToIsNoPromise() {
        assertMentions("""
                Councillor Holm pledged to voters on Monday.
                Mayor Vik vowed to the crowd.
                Berg promised to commuters in Dalby.
                """);
    }

    @Test
    void aListenerBeforeTheClauseLeavesTheClauseAsContent() {
        assertMentions("Councillor Holm pledged to voters that the levy would go.",
                "Councillor Holm | the levy would go | pledged | indirect");
    }

    @Test
    void aThingThatThreatensSaysNothing() {
        assertMentions("The storm threatens to flood the lower harbour.");
    }

    /** Round 48: a thing that threatens puts something at risk; a person or body that threatens commits to an act. */
    @Test
    void aThingThatThreatensAnObjectOrInsideAClauseSaysNothing() {
        assertMentions("""
                Governor Ilka Vent said the bank would act if the slide of the krone threatened the price outlook.
                The new tariffs on grain threatened the small mills in Ostby.
                A pending ballot measure threatened to double the ferry levy.
                The port union threatened to strike on Monday.
                """,
                "Governor Ilka Vent | the bank would act if the slide of the krone threatened the price outlook | said | indirect",
                "The port union | to strike on Monday | threatened | indirect");
    }
}
