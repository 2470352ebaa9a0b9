package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A quoted title that the narration goes on from is no follow-on quotation; a quoted sentence is. */
class QuotedTitleTest {

    @Test
    void aTitleOpeningTheNarrationIsNoStatement() {
        assertMentions("""
                "The ferries will run," Mayor Vik said.

                ''The Harbour Master'' was nominated for an award. “Tides of Change” opens in May.
                """,
                "Mayor Vik | \"The ferries will run,\" | said | direct");
    }

    @Test
    void aTitleWhoseCommaLeadsOnToARelativeClauseOrABylineIsNoStatement() {
        assertMentions("""
                "The ferries will run," Mayor Vik said.

                "Ferries First," and the pier will reopen.

                ''Tide Tables,'' by Ann Berg, sold well. “Harbour Lights,” which opens in May, is a musical.
                """,
                "Mayor Vik | \"The ferries will run,\" | said | direct",
                "Mayor Vik | \"Ferries First,\" |  | direct");
    }

    @Test
    void aQuotedSentenceAfterTheSpeakerStillContinuesIt() {
        assertMentions("""
                "The ferries will run," Mayor Vik said. "Ferries First."

                ''Fares will fall in May,'' and the pier will reopen.
                """,
                "Mayor Vik | \"The ferries will run,\" | said | direct",
                "Mayor Vik | \"Ferries First.\" |  | direct",
                "Mayor Vik | ''Fares will fall in May,'' |  | direct");
    }

    @Test
    void aQuotationAfterAPossessiveIsATitleOnlyInTitleCase() {
        assertMentions("But the mayor’s “plan has failed the harbour,” Berg said. He loved Vik’s “Harbour Days,” Berg said.",
                "Berg | But the mayor’s “plan has failed the harbour,” | said | mixed");
    }

    @Test
    void aMarkOfTwoApostrophesAfterAPossessive() {
        assertMentions("But the mayor's ''plan has failed the harbour,'' Berg said. He loved Vik's ''Harbour Days,'' Berg said.",
                "Berg | But the mayor's ''plan has failed the harbour,'' | said | mixed");
    }

    @Test
    void aTitleAfterTheKindOfWorkIsNoQuotation() {
        assertMentions("""
                In her 2019 memoir, “Harbour Lights,” Mayor Vik recalled the storm.
                At the pier the band played the anthem ''Tides Will Turn,'' and the crowd cheered.
                """,
                "Mayor Vik | the storm | recalled | indirect");
    }

    @Test
    void aSentenceQuotedFromTheWorkIsStillAQuotation() {
        assertMentions("Mayor Vik wrote in her memoir, “The pier was never safe.”",
                "Mayor Vik | “The pier was never safe.” | wrote | direct");
    }

    @Test
    void aQuotationOpeningInLowerCaseAfterTheKindOfWorkIsSpeech() {
        assertMentions("The ferry program “is gaining traction,” harbour master Ada Lund told reporters.",
                "harbour master Ada Lund | The ferry program “is gaining traction,” | told | mixed");
        assertMentions("The board has engaged in “consistent activity that has hurt the port,” the lawsuit says.",
                "the lawsuit | The board has engaged in “consistent activity that has hurt the port,” | says | mixed");
    }

    @Test
    void aTitleBeforeItsKindOfWorkSetOffAsAnAppositiveIsNoQuotation() {
        assertMentions("""
                "The ferries will run," Mayor Vik said.

                "The Green Tide," a tale of two fishermen on a dying coast, was written by Olaf Brenn.

                "Salt and Iron," the new documentary about the mill, opens in May.

                "No," a neighbour said.
                """,
                "Mayor Vik | \"The ferries will run,\" | said | direct",
                "a neighbour | \"No,\" | said | direct");
    }
}
