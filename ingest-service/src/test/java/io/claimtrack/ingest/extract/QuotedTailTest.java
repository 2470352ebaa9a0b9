package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A quotation that closes with its comma ends the words reported; the narrator's contrast after it is no part of them. */
class QuotedTailTest {

    @Test
    void aContrastWithItsOwnSubjectAfterTheQuotationIsTheNarrators() {
        assertMentions("""
                Councillor Ann Vik said the toll would "empty the pier by summer," but the council has a majority for it.
                Holm said the ferries were "a lifeline for the islands," while the operator's losses had doubled since May.
                Brandt described the new timetable as "a small miracle," although it was dropped within a year.
                """,
                "Councillor Ann Vik | the toll would \"empty the pier by summer,\" | said | mixed",
                "Holm | the ferries were \"a lifeline for the islands,\" | said | mixed",
                "Brandt | the new timetable as \"a small miracle,\" | described | mixed");
    }

    @Test
    void theSubjectsNextActAfterTheQuotationIsNoPartOfIt() {
        assertMentions("The harbour master stressed that closing the strait was \"the last resort, not the first,\" and "
                + "ordered the pilots to stay in port.\n",
                "The harbour master | closing the strait was \"the last resort, not the first,\" | stressed | mixed");
    }

    @Test
    void theSpeakersNextVerbOrAnInterruptedSubjectStays() {
        assertMentions("""
                Holm said the fares were "too high for families," but would not make any promise about them.
                Vik said the pier was "safe for now," while his rival, Ola Berg, thought it was not.
                """,
                "Holm | the fares were \"too high for families,\" but would not make any promise about them | said | mixed",
                "Vik | the pier was \"safe for now,\" while his rival, Ola Berg, thought it was not | said | mixed");
    }

    @Test
    void aPronounClauseAfterTheQuotationInThePresentOrAPastActIsTheNarrators() {
        assertMentions("""
                Holm said the new toll was "a tax on the islands," and she has asked the council to repeal it.
                Vik said the ferry was "older than the pier," and he is right about that.
                Lund said the fares were "too high for families," and he would ask the board to cut them.
                """,
                "Holm | the new toll was \"a tax on the islands,\" | said | mixed",
                "she | the council to repeal it | asked | indirect",
                "Vik | the ferry was \"older than the pier,\" | said | mixed",
                "Lund | the fares were \"too high for families,\" and he would ask the board to cut them | said | mixed");
    }
}
