package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Issue 10, round 49: "The panel said" is the body whose panel the text named it as ({@link BodyPanels}). */
class BodyPanelsTest {

    @Test
    void aPanelTheTextNamesOnlyAfterItKeepsItsWords() {
        AnnotatedDocument doc = extract("""
                OSLEN, March 3 (Reuters) - Norvian skier Arne Holm has been banned for two years after testing positive \
                for a steroid, the Norvian Integrity Agency said on Monday.

                The panel said it had "serious doubts" about the supplement's origin, and rejected Holm's request for a \
                second hearing, which the agency's appeals panel had heard in May.

                Holm's lawyer, Karin Brede, said her client would appeal.
                """);
        assertSpeaker(doc, "her client would appeal", "Karin Brede");
        assertSpeaker(doc, "it had \"serious doubts\" about the supplement's origin", "The panel");
    }

    @Test
    void thePanelNamedBeforeAsTheAgencys() {
        AnnotatedDocument doc = extract("""
                OSLEN, March 3 (Reuters) - Norvian skier Arne Holm has been banned for two years after testing positive \
                for a steroid, the Norvian Integrity Agency said on Monday.

                The case was heard by the agency's appeals panel in May.

                The panel said it had "serious doubts" about the supplement's origin.
                """);
        assertSpeaker(doc, "it had \"serious doubts\" about the supplement's origin", "Norvian Integrity Agency");
    }

    /** Round 56: a body's committee that decides a case ("the league's eligibility committee") speaks for the body, as a panel does. */
    @Test
    void aCommitteeNamedBeforeAsTheLeaguesIsTheLeague() {
        AnnotatedDocument doc = extract("""
                The Marrowdale Youth Hockey League ruled Friday that goalie Tessa Wren, 16, may not play this winter.

                In a two-page decision, the league's eligibility committee wrote that her new club had paid her family's rent.

                Her coach, Idris Vell, said the club would appeal. But the committee found that the rent was paid in August.
                """);
        assertSpeaker(doc, "the rent was paid in August", "Marrowdale Youth Hockey League");
    }

    @Test
    void theOwnersWordIsTheOneBeforeThePossessiveThePanelFollows() {
        AnnotatedDocument doc = extract("""
                TARVIK, June 9 (AP) - Dunmeran cyclist Petra Solheim has been suspended for a year, the Dunmeran \
                Cycling Federation said on Friday.

                The rider’s first appeal went to the federation’s three-member review panel in April.

                The panel said the rider had "no credible account" of the sample.
                """);
        assertSpeaker(doc, "the rider had \"no credible account\" of the sample", "Dunmeran Cycling Federation");
    }

    @Test
    void aPanelOfATribunalNamedInFull() {
        AnnotatedDocument doc = extract("""
                A three-member panel of the Court for Rowing Appeals heard the case in Lausanne.

                The panel said the rower had "failed to explain" the result.
                """);
        assertSpeaker(doc, "the rower had \"failed to explain\" the result", "Court for Rowing Appeals");
    }

    @Test
    void aPanelOfPeopleHasNoOwner() {
        AnnotatedDocument doc = extract("""
                A panel of judges heard the case in March.

                The panel said the rower had "failed to explain" the result.
                """);
        assertSpeaker(doc, "the rower had \"failed to explain\" the result", "The panel");
    }

    @Test
    void aDecisionsListedPanelSitsForTheBodyItsTitleNames() {
        AnnotatedDocument doc = extract("""
                MARITIME LICENSING AUTHORITY OF PORT VESSARD

                RULING
                Panel: Member Dagny Thorsrud (presiding), Member Olu Baptiste

                1. The Maritime Licensing Authority of Port Vessard found that the ferry sailed with two crew short.

                2. The panel finds that the operator knew of the shortage before the ferry left.
                """);
        assertSpeaker(doc, "the operator knew of the shortage before the ferry left", "Maritime Licensing Authority of Port Vessard");
    }

    @Test
    void aTitledBodyTheTextCallsOnlyByItsWordSitsAsThatWord() {
        AnnotatedDocument doc = extract("""
                FORESTRY AND TIMBER BOARD OF EAST ORMAND

                NOTICE OF DECISION
                Panel: Member Idris Vantongeren (presiding), Member Pilar Okonjo

                1. The Board found that the sawmill cut beyond its quota in two seasons.

                2. The panel finds that the mill's owners hid the second season's tallies.
                """);
        assertSpeaker(doc, "the mill's owners hid the second season's tallies", "Board");
    }

    @Test
    void withNoPanelLineTheTitlesBodyIsNoOwner() {
        AnnotatedDocument doc = extract("""
                MARITIME LICENSING AUTHORITY OF PORT VESSARD

                1. The Maritime Licensing Authority of Port Vessard found that the ferry sailed with two crew short.

                2. The panel finds that the operator knew of the shortage before the ferry left.
                """);
        assertSpeaker(doc, "the operator knew of the shortage before the ferry left", "The panel");
    }

    @Test
    void eachPanelIsTheLastOneNamedBeforeIt() {
        AnnotatedDocument doc = extract("""
                A three-member panel of the Harbour Licensing Board heard the pilots' appeal in June.

                The panel said the pilots had "no case to answer".

                Later that month the Coastal Fisheries Council's review panel heard the trawler owners' complaint.

                The panel said the quota had been "set lawfully".
                """);
        assertSpeaker(doc, "the pilots had \"no case to answer\"", "Harbour Licensing Board");
        assertSpeaker(doc, "the quota had been \"set lawfully\"", "Coastal Fisheries Council");
    }

    @Test
    void aPanelNamedMoreThanAFewParagraphsBeforeHasNoOwner() {
        String owned = "The trawler owners' complaint went to the Coastal Fisheries Council's review panel in June.\n\n";
        String panelSaid = "\n\nThe panel said the quota had been \"set lawfully\".\n";
        String filler = "The ferry ran late on Tuesday. ";
        assertSpeaker(extract(owned + filler.repeat(10) + panelSaid), "the quota had been \"set lawfully\"", "Coastal Fisheries Council");
        assertSpeaker(extract(owned + filler.repeat(60) + panelSaid), "the quota had been \"set lawfully\"", "The panel");
    }
}
