package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Abbreviated titles before a name ("Gov.", "Sen.", "Lt. Gov.") as the offices descriptions name (issue 10). */
class AbbreviatedTitlesTest {

    private static String speakerOf(String text, String content) {
        return statement(Pipeline.extract(text), content).speaker;
    }

    @Test
    void aHeadlinesBareTitleIsThePersonGivenItsAbbreviation() {
        assertEquals("Ingrid Sorby", speakerOf("""
                Governor says she will veto the ferry levy

                SALTHAVEN — Lawmakers left the capitol on Tuesday without a budget.

                Gov. Ingrid Sorby, a Democrat in her first term, has said for weeks that she would not sign the levy.
                """, "she will veto the ferry levy"));
    }

    @Test
    void aLieutenantGovernorIsNotTheGovernor() {
        // Guard: "Lt. Gov." spells out another office.
        assertEquals("The governor", speakerOf("""
                Lt. Gov. Per Vik toured the flooded docks on Monday with the harbour master.

                Crews worked through the night. The governor said the docks would reopen in May.
                """, "the docks would reopen in May"));
    }

    @Test
    void aPhotoCreditGluedToACaptionIsNoPartOfTheTitle() {
        assertEquals("Ann Lind", speakerOf("""
                Ferry fares to stay

                HARBOUR PHOTOSMaine Gov. Ann Lind waves to supporters after the debate in Portland.

                Ann Lind said Saturday that the ferries would stay free. The Maine governor said the state must repair the docks first.
                """, "the state must repair the docks first"));
    }

    @Test
    void thePersonJustNamedMayHoldTheTitleOthersHoldToo() {
        assertEquals("Ann Holm", speakerOf("""
                Ferry vote delayed

                Ann Holm said the vote on the ferry levy was close. "It will pass in May," said the Maine senator.

                Later in the day, Sen. Ivo Berg and Sen. Ann Holm met the governor to discuss the levy.
                """, "\"It will pass in May,\""));
    }
}
