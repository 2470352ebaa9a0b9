package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lead-ins with a colon and the bullets or quoted paragraph under them. */
class LeadInStageTest {

    /** The point that opens a sub-list is said too, its colon kept (thirty-seventh round, as sets F, J, O, Q, R, S give it). */
    @Test
    void leadInWithColonGivesOneStatementPerBulletAndSubBullet() {
        AnnotatedDocument doc = attribute("""
                Health Minister Tomas Vik said:
                • Hospitals will get 400 new beds.
                • Waiting lists will be cut:
                – for hip surgery by half;
                – for cataracts by a third.
                • Rural clinics will stay open.
                Parliament votes on the budget in June.
                """);

        assertEquals(List.of(
                "Health Minister Tomas Vik | Hospitals will get 400 new beds | said | indirect",
                "Health Minister Tomas Vik | Waiting lists will be cut: | said | indirect",
                "Health Minister Tomas Vik | for hip surgery by half | said | indirect",
                "Health Minister Tomas Vik | for cataracts by a third | said | indirect",
                "Health Minister Tomas Vik | Rural clinics will stay open | said | indirect"), mentions(doc));
        assertEquals(Attribution.Source.BULLET, statement(doc, "for hip surgery by half").source);
    }

    /**
     * Items with a cue of their own under a lead-in: each item's own statement leaves the document's list, all of them
     * in one pass after the last item (forty-first round; a pass per item was quadratic in a long list).
     */
    @Test
    void itemsWithCuesOfTheirOwnLeaveOnlyTheLeadInsStatements() {
        AnnotatedDocument doc = attribute("""
                The harbour master said:
                - the quay will close, he said
                - the ferries will run late, he said
                The fees stay as they are, she said.
                """);

        assertEquals(List.of(
                "The harbour master | the quay will close, he said | said | indirect",
                "The harbour master | the ferries will run late, he said | said | indirect",
                "she | The fees stay as they are | said | indirect"), mentions(doc));
        assertEquals(Attribution.Source.BULLET, statement(doc, "the ferries will run late, he said").source);
    }

    @Test
    void aBulletThatLeadsInItsOwnListWithACueIsNoStatement() {
        AnnotatedDocument doc = attribute("""
                The talks covered three areas. Foreign Minister Ada Lind stressed:
                • Lirovia will reopen the Harlby crossing in May;
                • On trade, Lirovia proposed:
                – a joint customs post;
                – lower tariffs on grain.
                """);

        assertEquals(List.of(
                "Foreign Minister Ada Lind | Lirovia will reopen the Harlby crossing in May | stressed | indirect",
                "Foreign Minister Ada Lind | a joint customs post | stressed | indirect",
                "Foreign Minister Ada Lind | lower tariffs on grain | stressed | indirect"), mentions(doc));
    }

    @Test
    void aLeadInThatEndsTheTextGivesNoStatement() {
        // A page cut after its lead-in: the cue has no token after its colon.
        assertMentions("The harbour board met on Tuesday.\nThe chair said:");
        assertMentions("Ferry fares\n\nThe mayor said: ");
    }

    @Test
    void leadInClauseIsNoStatementOfItsOwn() {
        assertMentions("Health Minister Tomas Vik said on Monday:\n• Clinics will open on Sundays",
                "Health Minister Tomas Vik | Clinics will open on Sundays | said | indirect");
    }

    @Test
    void numberedListAfterALeadIn() {
        assertMentions("""
                During the meeting, the Prime Minister noted:
                1. Fuel subsidies will be extended;
                2. Grain quotas will be reviewed in June.
                """,
                "the Prime Minister | Fuel subsidies will be extended | noted | indirect",
                "the Prime Minister | Grain quotas will be reviewed in June | noted | indirect");
    }

    @Test
    void aDirectiveLeadInGivesItsListOfInstructions() {
        // "instructed" reports a request only with its object's infinitive, or over a list of such objects.
        assertMentions("""
                Following the discussion, the Governor instructed:
                - the water board to test every well in the valley by May;
                - the treasury to set aside funds for new pumps.
                The Governor also instructed the police to close the ford. The band was instructed to play.
                """,
                "the Governor | the water board to test every well in the valley by May | instructed | indirect",
                "the Governor | the treasury to set aside funds for new pumps | instructed | indirect",
                "The Governor | the police to close the ford | instructed | indirect");
    }

    @Test
    void leadInFollowedByAQuotedParagraph() {
        assertMentions("""
                Holm continued:
                "Nobody will lose their job."
                Prices continued to fall.
                """,
                "Holm | \"Nobody will lose their job.\" | continued | direct");
    }

    @Test
    void aProseParagraphUnderALeadInIsTheQuotedPassage() {
        assertMentions("""
                The governor added:
                It is typical of the council. It knows nothing, but the talk never stops.
                """,
                "The governor | It is typical of the council. It knows nothing, but the talk never stops | added | indirect");
    }

    @Test
    void aParagraphWithItsOwnSpeakerUnderALeadInKeepsIt() {
        assertMentions("""
                The governor added:
                The mayor said the talks had failed.
                """,
                "The mayor | the talks had failed | said | indirect");
    }

    @Test
    void bulletsFarBelowTheirLeadIn() {
        assertMentions("""
                Health Minister Tomas Vik stressed:

                The clinics have been overrun since March.

                Among the measures he listed:

                - Clinics will open on Sundays.
                - Nurses will get a bonus.
                """,
                "Health Minister Tomas Vik | The clinics have been overrun since March | stressed | indirect",
                "Health Minister Tomas Vik | Clinics will open on Sundays | stressed | indirect",
                "Health Minister Tomas Vik | Nurses will get a bonus | stressed | indirect");
    }

    @Test
    void bulletsBelowAGalleryLineAndACaptionUnderTheirLeadIn() {
        assertMentions("""
                Transport Minister Ada Berg stressed:

                Photo gallery (4)
                [Photo: Minister Ada Berg at the Vell ferry terminal. Photo: Ministry press service]

                - the ferry line will reopen in April;
                - fares will not rise this year.
                """,
                "Transport Minister Ada Berg | the ferry line will reopen in April | stressed | indirect",
                "Transport Minister Ada Berg | fares will not rise this year | stressed | indirect");
    }

    /** A presenting verb ("set out") is a lead-in over its list with the page's gallery line and caption between them. */
    @Test
    void aPresentingLeadInReachesItsListPastAGalleryLineAndABracketedCaption() {
        assertMentions("""
                Transport Minister Ada Berg set out the ministry's position on the following points:

                Photo gallery (4)

                [Minister Ada Berg at the Vell ferry terminal. Photo: Ministry press service]

                1. the ferry line will reopen in April;
                2. fares will not rise this year.
                """,
                "Transport Minister Ada Berg | the ferry line will reopen in April | set out | indirect",
                "Transport Minister Ada Berg | fares will not rise this year | set out | indirect");
    }

    @Test
    void aGalleryLineLeavesTheNumberedListUnderALeadInOpen() {
        assertMentions("""
                Transport Minister Ada Berg stressed:

                Photo gallery (4)

                1. the ferry line will reopen in April;
                2. fares will not rise this year.
                """,
                "Transport Minister Ada Berg | the ferry line will reopen in April | stressed | indirect",
                "Transport Minister Ada Berg | fares will not rise this year | stressed | indirect");
    }

    @Test
    void aParagraphWithAnotherSpeakerCutsALeadInFromLaterBullets() {
        assertMentions("""
                Health Minister Tomas Vik stressed:

                The clinics have been overrun since March.

                Mayor Lena Brandt said the city would help.

                - Clinics will open on Sundays.
                """,
                "Health Minister Tomas Vik | The clinics have been overrun since March | stressed | indirect",
                "Mayor Lena Brandt | the city would help | said | indirect");
    }

    @Test
    void aThatClauseBeforeItsColonIsAStatementOfItsOwn() {
        // The clause says something; a list it announces, a quotation or bullets under it make it a lead-in again.
        assertMentions("""
                Harbour master Ada Lund pointed out that the quay had never been inspected:
                Pilot Eva Berg said the board would meet again in May.
                """,
                "Harbour master Ada Lund | the quay had never been inspected | pointed out | indirect",
                "Pilot Eva Berg | the board would meet again in May | said | indirect");
        assertMentions("""
                Lund said that the board has the following tasks ahead:
                Dredge the channel before June.
                """,
                "Lund | Dredge the channel before June | said | indirect");
        assertMentions("""
                Lund told reporters that the answer was simple:
                "Close the quay until it is safe."
                """,
                "Lund | \"Close the quay until it is safe.\" | told | direct");
        assertMentions("""
                Lund said that the plan has two parts:
                • The quay will close in May.
                • The channel will be dredged.
                """,
                "Lund | The quay will close in May | said | indirect",
                "Lund | The channel will be dredged | said | indirect");
    }

    @Test
    void aLeadInClosedWithAPeriodThatAnnouncesItsListHasTheBulletsUnderItsHeadings() {
        assertMentions("""
                Harbour Minister Ada Lund set out the following priorities for the port.

                Ferries and freight

                • a second pier for the island ferries by 2028;
                • longer opening hours at the freight gate.

                Safety

                • new lights along the breakwater.
                """,
                "Harbour Minister Ada Lund | a second pier for the island ferries by 2028 | set out | indirect",
                "Harbour Minister Ada Lund | longer opening hours at the freight gate | set out | indirect",
                "Harbour Minister Ada Lund | new lights along the breakwater | set out | indirect");
    }

    /** A presenting verb with no object before its colon: the list is its object (round 46). */
    @Test
    void aBarePresentingVerbBeforeItsColonLeadsInTheList() {
        assertMentions("""
                Ferry traffic rose by a tenth last year. The harbour minister outlined:

                - a second pier for the night ferries;
                - lower fees for fishing boats.

                In the same debate, the port plan sets out:

                - a new gate for freight by 2029.
                """,
                "The harbour minister | a second pier for the night ferries | outlined | indirect",
                "The harbour minister | lower fees for fishing boats | outlined | indirect",
                "the port plan | a new gate for freight by 2029 | sets out | indirect");
    }

    /** "the steps she listed:" puts the verb in a clause about its fronted object: no lead-in of its own. */
    @Test
    void aPresentingVerbAfterItsFrontedObjectLeadsInNothing() {
        assertMentions("""
                Among the steps she listed:

                - a second pier for the night ferries;
                - lower fees for fishing boats.
                """);
        assertMentions("""
                The measures the harbour minister set out:

                - a second pier for the night ferries.
                """);
    }

    @Test
    void aSentenceClosedWithAPeriodThatAnnouncesNoListLeavesTheBulletsAlone() {
        assertMentions("""
                Harbour Minister Ada Lund said the port would grow.

                • a second pier for the island ferries by 2028;
                • longer opening hours at the freight gate.
                """,
                "Harbour Minister Ada Lund | the port would grow | said | indirect");
    }

    @Test
    void aBulletsOpeningThatIsTheLeadInsNotWhatWasSaid() {
        assertMentions("""
                On the strait, the two ministers stressed:
                • that the night ferry must keep running;
                • to open a second pier in 2027;
                • that is the only crossing the islands have.
                """,
                "the two ministers | the night ferry must keep running | stressed | indirect",
                "the two ministers | to open a second pier in 2027 | stressed | indirect",
                "the two ministers | that is the only crossing the islands have | stressed | indirect");
    }

    /**
     * A point that opens with a side of the talks, or with the party whose position the lead-in sets out, is the
     * lead-in speaker's account of it; a point that names a person of its own keeps its speaker.
     */
    @Test
    void aPointOpenedByASideOfTheTalksIsTheLeadInSpeakers() {
        AnnotatedDocument doc = attribute("""
                In her remarks, the Minister set out Valdoria's position on the following points:

                1. Valdoria supports the early reopening of the rail link to Harrow;
                2. The Valdorian side expects the detained fishermen to be released without delay;
                3. Both sides reject any unilateral steps on the border river;
                4. Estmark insists that the quota be cut.

                Minister Piet Lunde stressed:
                • Lunde also rejected the new quota as unfair.
                """);

        assertEquals(List.of(
                "the Minister | Valdoria supports the early reopening of the rail link to Harrow | set out | indirect",
                "the Minister | The Valdorian side expects the detained fishermen to be released without delay | set out | indirect",
                "the Minister | Both sides reject any unilateral steps on the border river | set out | indirect",
                "Estmark | the quota be cut | insists | indirect",
                "Lunde | the new quota as unfair | rejected | indirect"), mentions(doc));
    }

    @Test
    void aParticipleLeadInLeavesTheVerbsOwnObjectSaid() {
        assertMentions("""
                Minister Irja Solvang set out the position of the Varnish side, stating in particular:
                - the border post was never attacked;
                - Varnland is ready for talks.
                """,
                "Minister Irja Solvang | the position of the Varnish side | set out | indirect",
                "Minister Irja Solvang | the border post was never attacked | set out | indirect",
                "Minister Irja Solvang | Varnland is ready for talks | set out | indirect");
        assertMentions("""
                Minister Irja Solvang said the following, including:
                - the border post was never attacked.
                """,
                "Minister Irja Solvang | the border post was never attacked | said | indirect");
    }

    @Test
    void aBulletWhoseSubjectSpeaksOnlyThroughASecondVerbIsTheLeadInSpeakers() {
        assertMentions("""
                Deputy Minister Ivo Sarn stated in particular:
                - Varnish shippers have met all their obligations and expect the same from their partners;
                - the Varnish side is ready for talks.
                """,
                "Deputy Minister Ivo Sarn | Varnish shippers have met all their obligations and expect the same from their partners | stated | indirect",
                "Deputy Minister Ivo Sarn | the Varnish side is ready for talks | stated | indirect");
    }

    @Test
    void aBulletWhoseSubjectStatesOnlyAStanceIsTheLeadInSpeakers() {
        assertMentions("""
                Foreign Minister Ada Vell stressed:
                - Marenland attaches great importance to the early opening of the ferry line;
                - the two ports should share their weather data.
                """,
                "Foreign Minister Ada Vell | Marenland attaches great importance to the early opening of the ferry line | stressed | indirect",
                "Foreign Minister Ada Vell | the two ports should share their weather data | stressed | indirect");
    }

    /**
     * A directive's addressee before the colon, its infinitives in the list ("instructed the regional offices:" over
     * "- to close ..."): one statement a bullet (round 42, set AE's B2); with no list under it the colon leads in nothing.
     */
    @Test
    void aDirectiveWithItsObjectBeforeTheColonLeadsInItsList() {
        assertMentions("""
                The Chancellor instructed the regional offices:
                - to close the old depots by March;
                - to report every delay.
                """,
                "The Chancellor | to close the old depots by March | instructed | indirect",
                "The Chancellor | to report every delay | instructed | indirect");
        assertMentions("""
                The Chancellor instructed the regional offices:
                The depots will close in March.
                """);
    }

    /**
     * Round 46 (set AM's A3): numbered points under "He reported the following:" are his, his gender given by the role
     * set off before his name ("the spokesman of the Ministry of Transport, Colonel Varo Sorel"), not by a first name on a
     * list; numbered points under a line with no cue stay none.
     */
    @Test
    void pointsUnderHeReportedTheFollowingAreTheSpokesmansWhoseRoleGivesHisGender() {
        AnnotatedDocument doc = Pipeline.extract("""
                Ministry of Transport of Vellmark

                At today's briefing, the spokesman of the Ministry of Transport, Colonel Varo Sorel, informed journalists \
                about the roads over the past week. He reported the following:

                1. Patrols cleared two roads near Ostra after the floods.

                2. Crews repaired the bridge at Kelm, which will reopen on Monday.
                """);
        assertEquals(List.of("Varo Sorel | Patrols cleared two roads near Ostra after the floods | reported | indirect",
                "Varo Sorel | Crews repaired the bridge at Kelm, which will reopen on Monday | reported | indirect"),
                Pipeline.statements(doc));
        assertEquals(List.of(), Pipeline.statements(Pipeline.extract("""
                Ministry of Transport of Vellmark

                Figures for the week:

                1. Patrols cleared two roads near Ostra after the floods.

                2. Crews repaired the bridge at Kelm, which will reopen on Monday.
                """)));
    }

    /**
     * Round 48: "established that" closing a lead-in over bullets, the clause's subject in the lead-in ("the two
     * contractors:") or none ("that:"), gives each bullet as the finder's.
     */
    @Test
    void bulletsUnderAnEstablishedLeadInAreTheFindersOwn() {
        AnnotatedDocument doc = attribute("""
                The Harbour Inspectorate of Morland established that between June and August the two contractors:
                - skipped the weekly brake checks required by the maker;
                - let unlicensed drivers work the crane at night.
                The crane was taken out of service.

                The investigation has established that:
                - the points had been set for the siding;
                - the driver had been on duty for eleven hours.
                """);

        assertEquals(List.of(
                "The Harbour Inspectorate of Morland | skipped the weekly brake checks required by the maker | established | indirect",
                "The Harbour Inspectorate of Morland | let unlicensed drivers work the crane at night | established | indirect",
                "The investigation | the points had been set for the siding | established | indirect",
                "The investigation | the driver had been on duty for eleven hours | established | indirect"), mentions(doc));
    }

    /**
     * Round 49: a committee's "is concerned that:" leads in its bullets, one statement each; the report's next numbered
     * section in capitals ends the list.
     */
    @Test
    void bulletsUnderABodysConcernAreItsOwnUpToTheNextSection() {
        AnnotatedDocument doc = attribute("""
                3. OBSERVATIONS

                The Panel recognises that the levy has raised more than forecast. However, the Panel is concerned that:

                - rural clinics will lose their only pharmacist;
                - the fee schedule has not been costed.

                4. RECOMMENDATION
                """);
        assertEquals(List.of(
                "The Panel | the levy has raised more than forecast | recognises | indirect",
                "the Panel | rural clinics will lose their only pharmacist | concerned | indirect",
                "the Panel | the fee schedule has not been costed | concerned | indirect"), mentions(doc));
    }

    /** Round 49: under a finding's lead-in, a bullet "X learned in March that A" is the finder's finding, whole. */
    @Test
    void aBulletOfWhatSomeoneLearnedIsTheFindersOwn() {
        AnnotatedDocument doc = attribute("""
                The Commissioner found that:

                - Mr. Hale learned in March that his cousin sat on the bidder's board;
                - he did not disclose the relationship until May.
                """);
        assertEquals(List.of(
                "The Commissioner | Mr. Hale learned in March that his cousin sat on the bidder's board | found | indirect",
                "The Commissioner | he did not disclose the relationship until May | found | indirect"), mentions(doc));
    }

    /** A report's "I recommend that X:" over its bullets: each is the author the report's label line names (round 51). */
    @Test
    void theItemsUnderAReportsFirstPersonLeadInAreItsAuthors() {
        AnnotatedDocument doc = extract("""
                Investigation Report 31-07
                Ombudsperson: Rhoda Kleist

                Recommendations

                I recommend that the Housing Agency:
                - answer every complaint within 30 days;
                - publish its waiting list each month; and
                - appoint an independent reviewer.
                """);

        assertEquals(List.of(
                "Rhoda Kleist | answer every complaint within 30 days | recommend | indirect",
                "Rhoda Kleist | publish its waiting list each month; and | recommend | indirect",
                "Rhoda Kleist | appoint an independent reviewer | recommend | indirect"), statements(doc));
    }

    /** A letter's "I" over a list has no author line to name it: no speaker, no statements. */
    @Test
    void theItemsUnderANarratorsFirstPersonLeadInAreNoStatements() {
        AnnotatedDocument doc = extract("""
                Letters: the ferry

                I recommend that the council:
                - keep the morning crossing;
                - publish the ferry's accounts; and
                - ask the islanders before it cuts a route.
                """);

        assertEquals(List.of(), statements(doc));
    }

    /** Bullets right under a lead-in, then a heading: the heading opens the page's own next section, not the speaker's. */
    @Test
    void aHeadingAfterALeadInsBulletsEndsItsList() {
        AnnotatedDocument doc = extract("""
                Harbour master Greta Solheim stressed two points for boat owners:

                - the closure is a precaution;
                - the basin will be dredged in June.

                What this means for berth holders

                - Boats in the east basin must move by Friday.
                - Fees for May will be refunded.
                """);

        assertEquals(List.of(
                "Greta Solheim | the closure is a precaution | stressed | indirect",
                "Greta Solheim | the basin will be dredged in June | stressed | indirect"), statements(doc));
    }

    /** "the following lists passed": after "following" a presenting verb's word is the noun it points to; the source gives the items. */
    @Test
    void theFollowingsNounUnderAnAccordingToLeadInLeavesTheSourceTheItems() {
        AnnotatedDocument doc = extract("""
                The Electoral Board approved the provisional count of the regional vote on Monday.

                According to the provisional count, the following lists cleared the four percent threshold:

                - Harbour Alliance: 28.1 percent
                - Green Coast: 9.4 percent
                """);

        assertEquals(List.of(
                "the provisional count | Harbour Alliance: 28.1 percent | According to | indirect",
                "the provisional count | Green Coast: 9.4 percent | According to | indirect"), statements(doc));
    }

    /**
     * Issue 10, round 55: under "The Authority found that:", a bullet whose subject told or warned in the past is what
     * the Authority found; a bullet "the firm says" in the present speaks for itself.
     */
    @Test
    void aPastReportUnderAFindingIsTheFinders() {
        AnnotatedDocument doc = extract("""
                The Harbour Conduct Authority (HCA) has fined Dalsk Shipping 2 million crowns.

                The HCA found that:

                - the firm kept no record of its crane inspections between 2031 and 2033;
                - dock workers told the HCA's inspectors that they had been asked to skip the checks;
                - the firm says it has since hired two inspectors.
                """);
        assertEquals(List.of("Harbour Conduct Authority | the firm kept no record of its crane inspections between 2031 and 2033 | found | indirect",
                "Harbour Conduct Authority | dock workers told the HCA's inspectors that they had been asked to skip the checks | found | indirect",
                "the firm | it has since hired two inspectors | says | indirect"), statements(doc));
    }
    /** "states the following:" leads in to the bullets as "states:" does: one statement of the body per bullet. */
    @Test
    void aBodyThatStatesTheFollowingGivesTheBulletsUnderIt() {
        AnnotatedDocument doc = extract("""
                Statement of the Embassy of the Republic of Sarnia

                The Embassy states the following:
                - On 28 April, a driver of the Embassy bought two car radios at a shop in Kelm.
                - The purchase was paid by bank card.
                """);
        assertEquals(List.of(
                "Embassy | On 28 April, a driver of the Embassy bought two car radios at a shop in Kelm | states | indirect",
                "Embassy | The purchase was paid by bank card | states | indirect"), statements(doc));
    }
}
