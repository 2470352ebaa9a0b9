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

    @Test
    void aCouncillorsAbbreviatedTitleOpensHerNameAfterTheCue() {
        // "Coun." ends no sentence, and is no name of its own: the councillor speaks by her name.
        AnnotatedDocument doc = Pipeline.extract("""
                Council backs new footbridge

                The council voted 7-2 on Monday to build the Tessel Creek footbridge.

                "It is a good day for the east side," said Coun. Mirela Dostal, who chairs the works committee. \
                "We waited long enough."
                """);
        assertEquals("Mirela Dostal", statement(doc, "\"It is a good day for the east side,\"").speaker);
        assertEquals("Mirela Dostal", statement(doc, "\"We waited long enough.\"").speaker);
    }
}
