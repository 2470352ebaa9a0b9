package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Cues already in the lists, in constructions that hid them: an object between the words, a number in the speaker. */
class KnownCueConstructionsTest {

    @Test
    void madeItClearTakesItsClauseWithOrWithoutThat() {
        assertMentions("""
                The harbour master made it clear that the ferries would stay.
                Holm made it clear to the council on Monday that the pier must close.
                Brandt is making it clear the fares will rise.
                """,
                "The harbour master | the ferries would stay | made it clear | indirect",
                "Holm | the pier must close | made it clear | indirect",
                "Brandt | the fares will rise | making it clear | indirect");
    }

    @Test
    void whatASpeakerCalledOrSaidIsTheRestOfTheRelativeClause() {
        assertMentions("""
                The council backed what Holm called a reckless plan for the pier.
                The ferries face what she said is a shortage of pilots, and the port is quiet.
                That is what Brandt said, and the board agreed.
                Nobody knows what the tunnel would do.
                """,
                "Holm | a reckless plan for the pier | called | indirect",
                "she | is a shortage of pilots | said | indirect");
    }

    @Test
    void aCueInBracketsIsParentheticalAndItsOwnContentEndsWithTheBracket() {
        assertMentions("""
                The ferry (she said) will run until May.
                The pier is safe (he added on Monday).
                The mayor (Holm said the plan is dead) has no budget.
                """,
                "she | The ferry (she said) will run until May | said | indirect",
                "he | The pier is safe | added | indirect",
                "Holm | the plan is dead | said | indirect");
    }

    @Test
    void aDateWrittenWithSlashesIsPartOfAnInvertedSpeaker() {
        assertMentions("""
                The tunnel is safe again, said 24/7 dispatcher Ola Vik.
                “We will rebuild,” said 9/11 widow Kari Lund.
                """,
                "24/7 dispatcher Ola Vik | The tunnel is safe again | said | indirect",
                "9/11 widow Kari Lund | “We will rebuild,” | said | direct");
    }
}
