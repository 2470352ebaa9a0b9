package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.cues;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A verb of position is a statement even with only a noun object ("welcomed the decision", "rejected the claim",
 * "raised concerns"); a courtesy, a person received, a thing offered, a bargain and a plea in a relative clause are
 * not.
 */
class PositionObjectsTest {

    @Test
    void aWelcomeOfAThingIsAPositionAndAWelcomeOfAPersonAGreeting() {
        assertEquals(List.of("welcomed", "saying", "welcomed", "said", "welcomed", "noted"), cues("""
                Finance Minister Ada Brill welcomed the decision, saying it would help builders.
                Councillor Tasha Lind welcomed the shift but said she was not counting votes yet.
                Lindqvist welcomed Estmark's decision to join the grid.
                Prime Minister Ilse Varn welcomed President Oskar Feld to Harrow for talks.
                The mayor welcomed the delegation.
                The Chancellor welcomed the Prime Minister and noted that the visit was the first in a decade.
                """));
    }

    @Test
    void aCourtesyExpressedIsNoPosition() {
        assertEquals(List.of("expressed concern", "said"), cues("""
                Piet Lunde expressed condolences to the families of the victims of the flood.
                Ana Vik expressed her deep gratitude to the hosts for the warm hospitality.
                Ana Vik expressed concern over the detention of two fishermen.
                Holm expressed condolences over the victims and said that Estmark would send rescuers.
                """));
    }

    @Test
    void aSpeakersOwnCourtesyIsPartOfWhatSheSays() {
        AnnotatedDocument doc = extract("""
                Ministry spokeswoman Lene Dahl read a statement on the floods.

                "We express our deep condolences to the families of the victims. Our rescue teams are ready to \
                leave at any moment," Dahl said.
                """);
        assertEquals(List.of("Lene Dahl"), doc.attributions.stream().map(a -> a.speaker).distinct().toList());
    }

    @Test
    void aThingOfferedIsAnActAndAnAccountOfferedIsSaid() {
        assertEquals(List.of("offered", "offered"), cues("""
                Ana Vik offered assistance in the relief effort.
                The company had offered 3.5% and a bonus of 1,500 dollars.
                Estmark has offered its mediation.
                His lawyer, Ola Berg, offered jurors a very different account.
                Holm offered his thoughts on the budget.
                """));
        // An offer to give help is one of assistance; an offer to do something else is left said.
        assertEquals(List.of("offered"), cues("""
                Neighbouring Tolvia offered to send a rescue team with dogs.
                The harbour board offered to pay for the repairs.
                Holm offered to debate Berg on the pier in May.
                """));
        // A concession or remedy offered is given up, not said.
        assertEquals(List.of(), cues("""
                Harlow Dairies offered to sell its cheese plant and to freeze its milk prices for two years.
                Ms. Brenn offered to share her generator with the farm next door.
                """));
        // Round 59: works done for others ("offered to clear", "to remove") are help given, no words.
        assertEquals(List.of(), cues("""
                A retired plumber, Tam Okoye-Berg, has offered to clear the blocked culvert for free.
                The Velstad towing firm offered to remove the wrecked trailers from the lay-by.
                """));
    }

    @Test
    void transportOfferedIsAService() {
        // A release's "will offer rides": a service laid on, as "offered shelter"; nothing is said.
        assertEquals(List.of(), cues("""
                The county's volunteer drivers will be out all night and will offer rides to anyone who needs one.
                The parish offered transportation to the polls and hot meals to the crews.
                """));
    }

    @Test
    void vehiclesAndRoomsOfferedAreLent() {
        // Vehicles or rooms put at others' disposal: an act, no words.
        assertEquals(List.of(), cues("""
                Some parents have set up a rota, and at least three temples have offered their buses.
                The rowing club offered its hall to the families who lost their homes.
                """));
    }

    /** Round 60, bprest: forces and craft put at others' disposal are lent, an act. */
    @Test
    void forcesAndCraftOfferedAreLent() {
        assertEquals(List.of(), cues("""
                The talks stalled until Varrow offered its navy as an escort for the tankers.
                Ostmere has offered two warships and a few helicopters to the rescue effort.
                """));
    }

    @Test
    void anAuditoriumOrAGymOfferedIsLent() {
        // Round 59: rooms by their kind, "the auditorium of the Westgate school", as "its hall".
        assertEquals(List.of(), cues("""
                The county has offered the auditorium of the Westgate school on Thursday evenings.
                The high school offered its gym to the choir until the church reopens.
                """));
    }

    @Test
    void aThingOfferedWithItsAmountIsStillGiven() {
        // The amount before the noun is part of the object: "a $3,000 hiring bonus" is a bonus offered.
        assertEquals(List.of(), cues("""
                The school board has offered a $3,000 hiring bonus and will pay for the training course.
                The drivers rejected the 4 percent wage offer.
                """));
    }

    @Test
    void anOfferRejectedIsABargainAndAClaimRejectedAPosition() {
        assertEquals(List.of("rejected", "rejected"), cues("""
                The drivers rejected the city's contract offer.
                Bus drivers reject wage offer
                The electoral commission rejected the claim.
                Premier Ola Dahl rejected the accusations of the opposition.
                """));
    }

    /** Round 58: an admission withheld ("refused entry", "denied bail") is an act; a refused claim or a denied charge is said. */
    @Test
    void anAdmissionRefusedIsAnActAndAChargeDeniedIsSaid() {
        assertEquals(List.of("refused", "denied"), cues("""
                Guards at Tollmark refused entry to 214 travellers, most of them for lack of a visa.
                The judge denied bail to both brothers.
                Two passengers were denied boarding at Vessby.
                The ministry refused the union's claim.
                Dr. Ilse Harrow-Munk denied visa fraud.
                """));
    }

    @Test
    void aPleaInARelativeClauseIsBackground() {
        assertEquals(List.of("told", "pleaded"), cues("""
                Dana Voss, who pleaded guilty last year, told the jury that the invoices were split.
                Dana Voss pleaded guilty in July to one count of fraud.
                Carl Renner, who has pleaded guilty to a single count, is expected to testify.
                """));
    }

    @Test
    void aMisgivingRaisedIsSaidAndOneWishedForIsNot() {
        assertEquals(List.of("raised", "raised", "urged"), cues("""
                The fishermen's union has raised serious concerns about the dredging.
                We would prefer that our neighbours raise any concerns through the commission.
                Vik raised the cases of two detained fishermen and urged their release.
                """));
    }

    @Test
    void groundsNotGivenAndWhatAThingAffordsAreNoStatement() {
        AnnotatedDocument doc = extract("""
                The Harbour Board accused the Kessel ferry line of dumping fuel but offered no evidence.

                The leaked minutes offered a window into the board's talks.

                The coast guard said it had towed the tanker but provided no further details.

                Harbour master Ilse Varn offered a very different account of the spill.
                """);

        assertEquals(List.of("the Kessel ferry line of dumping fuel", "it had towed the tanker",
                "a very different account of the spill"), Pipeline.contents(doc));
    }

    /**
     * Issue 9, thirty-eighth round: a complaint with a noun object reports a position, as set S's position verbs do; in
     * a relative clause it is background, as a plea there is.
     */
    @Test
    void aComplaintAboutAThingIsAPosition() {
        assertEquals(List.of("complained about", "complain of", "complained"), cues("""
                In Lower Brenby, residents complained about the poor state of the harbour road.
                Nurses complain of long shifts and missing staff.
                Parents who complained about the bus timetable were invited to the council.
                Residents complained that the water was brown.
                """));
    }

    /** Past criticism in a relative clause set off by commas is background; a stand described in the present stays. */
    @Test
    void pastCriticismInARelativeClauseIsBackground() {
        assertEquals(List.of("called for", "said", "criticizes"), cues("""
                The Ferry Users Guild, which has criticised the operator's timetable in the past, called for lower fares.
                Councillor Ada Vik, who has long criticized the levy, said it would hurt shops.
                The senator invited Tor Lund, who frequently criticizes the port board, to testify.
                """));
    }

    /**
     * A readout's "highly appreciated the measures" judges them, as "praised" does; thanks for a kindness ("highly
     * appreciated the hospitality") and a plain "appreciated" are none.
     */
    @Test
    void measuresHighlyAppreciatedArePraisedAndHospitalityIsThanked() {
        assertEquals(List.of("appreciated", "said"), cues("""
                Mr. Anton Brandeis highly appreciated the steps taken by the Government to support fishermen and said that \
                the fund was ready to help.
                The guest highly appreciated the warm hospitality of the hosts.
                Ines Marstal appreciated the quiet of the harbour.
                """));
    }

    /**
     * Round 51: "accepted" with a report's recommendations or findings as its object takes a position, a statement;
     * "accepted the offer" takes a thing, "would accept the recommendation" a decision to come, and "wrote that he accepted
     * the findings" is only inside the writing: none of their own.
     */
    @Test
    void acceptingAReportsRecommendationsIsAPosition() {
        AnnotatedDocument doc = Pipeline.extract("""
                Ferry report

                The Ministry of Transport has accepted all nine of the auditor's recommendations. The ferry company accepted the offer.

                The harbour master said the board would accept the pilots' recommendation and close the north berth. In his \
                reply, the skipper wrote that he accepted the auditor's findings in full.
                """);

        assertEquals(List.of("Ministry of Transport | all nine of the auditor's recommendations | accepted | indirect",
                "The harbour master | the board would accept the pilots' recommendation and close the north berth | said | indirect",
                "the skipper | he accepted the auditor's findings in full | wrote | indirect"),
                Pipeline.statements(doc));
    }

    /** Round 54: "the amount offered" is the amount's participle; an inverted "the mayor offered" stays. */
    @Test
    void anAmountOfferedIsAParticiple() {
        assertEquals(List.of("offered"), cues("""
                Bids totaled 2.1 times the amount offered, the lowest since May.
                "We can help," the mayor offered.
                """));
    }

    /** Round 55: a motion or an amendment rejected is voted down, an act; a plan rejected stays a position. */
    @Test
    void aMotionRejectedIsAVote() {
        assertEquals(List.of("rejected"), cues("""
                The council rejected an amendment to cut the library budget, 5-4.
                Late on Tuesday the trustees rejected a motion to delay the vote by a week.
                The council rejected the developer's plan for the marsh.
                """));
    }

    /** Round 61: "disagreed with" a finding or a view is a position, as "disputed" is. */
    @Test
    void disagreeingWithAFindingIsAPosition() {
        assertEquals(List.of("disagreed with", "disagree with"), cues("""
                The ferry operator disagreed with the inspector's conclusion on staffing.
                Many growers disagree with the plan to close the co-operative's mill.
                """));
    }

    /**
     * Round 61: a bargain refused by a demonstrative ("rejected that offer") is an act as "rejected the contract offer"
     * is, and so is an act refused by a relative ("which he refused to do"); "rejected that the offer was fair" and
     * "refused to do so" keep their sense.
     */
    @Test
    void aBargainRefusedByADemonstrativeAndAnActRefusedByARelativeAreActs() {
        assertEquals(List.of("said", "rejected", "asked", "refused"), cues("""
                The employer rejected that offer, the union's secretary said.
                The dock owners rejected that the offer was fair.
                She asked the landlord to fix the boiler, which he refused to do for safety reasons.
                Holm refused to do so.
                """));
    }
}
