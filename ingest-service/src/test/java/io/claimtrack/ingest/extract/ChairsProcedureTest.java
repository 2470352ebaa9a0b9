package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** Round 59: a chair telling the room what the sitting, or the next one, will do runs it, no statement. */
class ChairsProcedureTest {

    @Test
    void aChairsAccountOfTheSittingsBusinessIsProcedure() {
        assertMentions("""
                The Chair opened the hearing at 6:30 p.m. and explained that Council would hear from the applicant first but would not decide the bylaw at the hearing.

                The Chair declared the hearing closed at 9:40 p.m. She reminded those present that Council would consider third reading of the bylaw at its regular meeting on March 4.

                The Chair explained that the levy would fall by a tenth next year.

                The mayor said Council would vote on the levy at its meeting on Tuesday.
                """,
                "The Chair | the levy would fall by a tenth next year | explained | indirect",
                "The mayor | Council would vote on the levy at its meeting on Tuesday | said | indirect");
    }

    /**
     * Round 61: a house's Speaker announcing when the debate begins runs the sitting too; a speaker at a rally ("the
     * speaker", lower case) is anyone, and a levy's start is policy.
     */
    @Test
    void aSpeakersAnnouncementOfWhenTheDebateBeginsIsProcedure() {
        assertMentions("""
                The Speaker announced that the debate on the Harbour Estimates would begin on 9 April.

                At the rally in Ostrel, the speaker said the new ferry levy would begin in May.
                """,
                "the speaker | the new ferry levy would begin in May | said | indirect");
    }
}
