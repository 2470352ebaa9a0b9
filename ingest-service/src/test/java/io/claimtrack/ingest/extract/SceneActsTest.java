package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cue words the words around them make an act in the scene, with nothing said. */
class SceneActsTest {

    @Test
    void aGoalAddedAndAHatTrickDeniedAreTheMatchsActs() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Striker Pella Vinter added a third five minutes later.
                Defender Aro Kell added a second just before half-time.
                Keeper Jonna Reis denied her a hat trick with a late save.
                The referee denied them a penalty in stoppage time.
                The board denied Lund the chance to appeal.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void denyingWordsOrOnesOwnRoleStaysAStatement() {
        assertMentions("""
                Mayor Ida Vang denied her role in the tender.
                Tor Brekke denied Lund had lied to the board.
                """,
                "Mayor Ida Vang | her role in the tender | denied | indirect",
                "Tor Brekke | Lund had lied to the board | denied | indirect");
    }

    /** Round 51: a sign a participle places ("taped to", "nailed above") bears words, as "a sign on the door" does. */
    @Test
    void aSignTapedToADoorReadIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                By noon a sign taped to the bakery's window read "Sold out. Back at six."
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    /** Round 56: an irregular past places it too: "hung in", "strung across". */
    @Test
    void aBannerHungInAHallReadIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                A banner hung in the lobby for the final concert read "Goodbye, Ostervik."
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void somethingWrittenDownIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                The ward had 14 empty beds on Monday. Dr. Elin Moss wrote it on the board in her office.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void wordsOnASignAreNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Dozens of parents held signs reading “Keep Ridgeway open.”
                A banner that read “Not for sale” hung from the mill.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void wordsOfAStampOrALabelAreNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                The parcel came with no sender, a post office stamp reading “JUN 3 1988” on its flap, and a torn label that read “Fragile.”
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aVerdictIsAnAct() {
        AnnotatedDocument doc = Pipeline.attribute("""
                A Valby County jury found former harbour master Sten Aaberg guilty of fraud on Friday.
                The court found the shipping firm liable for the spill.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aPricesDirectionIsNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Stocks in Ostby fell 1.2%, and futures pointed to a weaker open in Vellmark.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aPriceSuggestsNothing() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Brent futures suggested a weak open in Halden. All told, the lira has lost 7% this year.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aJerseyClaimedAJurysFindingAndAFilingAreActs() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Cyclist Mira Tolvanen claimed the leader's jersey on Sunday.
                A Marrow County jury on Friday ordered the landlord to pay $1.2 million, finding that he had ignored complaints.
                Brisk Air seeks creditor protection after fuel costs soar.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aCoronersJuryStatesItsFindingWhereACivilJuryGivesItsVerdictsGrounds() {
        AnnotatedDocument doc = Pipeline.attribute("""
                The inquest jury found that the cause of death was smoke inhalation and that the death was accidental.
                A Tessel County jury on Monday ordered the ferry line to pay $900,000, finding that its crew had ignored the alarm.
                """);
        assertEquals(List.of("the cause of death was smoke inhalation and that the death was accidental"), Pipeline.contents(doc));
    }

    @Test
    void aReportsNumberAndColonBeforeItsTitleIsAHeading() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Inspection report 2036-11: Who checks the lifts?

                Harbour police report 14 people hurt in the crush at the ferry gate.
                """);
        assertEquals(List.of("14 people hurt in the crush at the ferry gate"), Pipeline.contents(doc));
    }

    @Test
    void aPenaltyTheProsecutionSeeksIsAPositionNoStatement() {
        AnnotatedDocument doc = Pipeline.attribute("""
                The prosecution seeks a fine of $75,000 against Orlin Dairies.
                The Crown is seeking a sentence of two years for Mr. Vennick.
                Crown counsel, Ms. Pia Oduya, submitted that the dairy had ignored three warnings.
                """);
        assertEquals(List.of("the dairy had ignored three warnings"), Pipeline.contents(doc));
    }

    @Test
    void aRunForOfficeIsAnAct() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Governor Oskar Lindqvist-Ama, 61, is seeking a third four-year term in the March vote.
                Senator Vera Hallström sought the party's nomination in 2028.
                Mayor Tolvanen seeks re-election on a promise to rebuild the pier.
                Councillor Ada Brenner is seeking assurances that the ferry will run all winter.
                """);
        assertEquals(List.of("the ferry will run all winter"), Pipeline.contents(doc));
    }

    @Test
    void listenersInformedOfNothingAStoryToldAgainAndACallAreNoStatements() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Pharmacorp Halden paused the study, and it had informed all 2,300 patients in the study.
                Fire chief Ada Holm has told the story to cadets many times.
                Her sister still calls every year on the anniversary.
                The government had planned to start giving it to children in October.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void whatTheListenersWereToldAStorysSubjectAndAPlanStayStatements() {
        assertMentions("""
                Holm informed the board that she would resign.
                Chief Ada Holm told the story of how the mill burned.
                The government has planned to start giving it to children in October.
                """,
                "Holm | she would resign | informed | indirect",
                "Chief Ada Holm | the story of how the mill burned | told | indirect",
                "The government | to start giving it to children in October | planned | indirect");
    }

    @Test
    void aGerundAfterAPrepositionNamesAnActivity() {
        AnnotatedDocument doc = Pipeline.attribute("""
                A lawyer with a reputation for arguing, and for winning, takes over the port authority.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aBillsReadingIsNoSign() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Summing up the debate, the Minister thanked the deputies for their patience.

                As a result of the vote, the bill was adopted in first reading: 52 deputies voted in favour, 31 against and 5 abstained.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void evidencePointingToACauseIsNoStatement() {
        assertMentions("""
                Early results of the inquiry point to a cracked drain under the old mill, chief inspector Dana Kell said.
                Mayor Tomas Lund pointed to the budget report.
                """,
                "chief inspector Dana Kell | Early results of the inquiry point to a cracked drain under the old mill | said | indirect",
                "Mayor Tomas Lund | the budget report | pointed to | indirect");
    }

    /** Round 48: a plan of works on a thing is a project, no words; "plans to raise fares" stays. */
    @Test
    void aPlanOfWorksIsNoStatement() {
        assertMentions("""
                The Authority plans to replace the ferry with an electric vessel in 2038.
                The council plans to turn the old mill into flats.
                Ostrava Rail plans to raise fares by 4 per cent in May.
                """,
                "Ostrava Rail | to raise fares by 4 per cent in May | plans | indirect");
    }

    /** Round 49: a committee reporting a bill back to the House is a stage of its passage; a report's clause stays. */
    @Test
    void aBillReportedBackWithOrWithoutAmendmentIsAnAct() {
        assertMentions("""
                The Committee, to which was referred Bill H-4, has examined the bill and now reports it with three amendments.
                The Panel reported the levy bill back without amendment.
                The Panel reported that the levy bill needed three amendments.
                """,
                "The Panel | the levy bill needed three amendments | reported | indirect");
    }

    /** Round 49: a display panel's words, as a sign's, are none; a panel of people describing stays a statement. */
    @Test
    void aDisplayPanelDescribingIsNoStatement() {
        assertMentions("""
                The masks hung for decades in a hall where a panel described them as "gifts from the chiefs." A wall \
                panel described the carvers as "unknown." A panel of three curators described the masks as stolen.
                """,
                "A panel of three curators | the masks as stolen | described | indirect");
    }

    /** Round 49: a plan to show or offer a thing ("put it on display", "put it up for sale") is a project too. */
    @Test
    void aPlanToPutAThingOnDisplayIsNoStatement() {
        assertMentions("""
                The gallery plans to put the skull on display next spring.
                The ferry company plans to put its old vessel up for sale.
                The gallery plans to put the question to its members in May.
                """,
                "The gallery | to put the question to its members in May | plans | indirect");
    }

    /** Round 51: the works a body wants ("wants to widen the bridge") are a plan of works, as "plans to". */
    @Test
    void worksABodyWantsAreAPlan() {
        assertMentions("""
                The county wants to widen the bridge so that trucks can pass.
                The Harbour Board wants to deepen the river channel by two metres.
                The Velm council plans to dredge the old canal next year.
                Dunmore Rail wants to raise fares by 4 per cent in May.
                """,
                "Dunmore Rail | to raise fares by 4 per cent in May | wants | indirect");
    }

    /** Round 59: a display put up ("posted signs ... that read") is an act, its words the display's; a post online stays. */
    @Test
    void aSignPostedIsNoStatement() {
        assertMentions("""
                The Harlow swim club has posted signs at both pools that read "Lifeguard is 16. Be patient."
                The parks office posted a banner over the gate.
                Councillor Ola Brenner posted on her website that the landlord had cut the heat.
                """,
                "Councillor Ola Brenner | the landlord had cut the heat | posted | indirect");
    }

    /** Round 59: a state a narrator says someone wants for a thing ("wants it gone") is a wish, no words; an aim stays. */
    @Test
    void aStateWantedForAThingIsNoStatement() {
        assertMentions("""
                Everyone on Tallow Lane knows the old water tower. The village wants it gone.
                Shop owners want the benches removed; skaters say the square is theirs.
                The Orlow Parish board wants to raise the dog licence fee by half.
                """,
                "skaters | the square is theirs | say | indirect",
                "The Orlow Parish board | to raise the dog licence fee by half | wants | indirect");
    }

    /**
     * Round 61 (the sixtieth round's ruling): a narrator's "He wants the board to V", the person's pronoun opening the
     * sentence, is a wish that others act, no report of speech; a body's demand and "wants to V" stay positions.
     */
    @Test
    void aPersonsWishThatOthersActIsNoStatement() {
        assertMentions("""
                The ferry captain, Oskar Lindqvist-Ade, met the harbour board last week. He wants the board to try a \
                later sailing first.
                The Orlow Parish board wants to raise the dog licence fee by half. The pilots' guild wants the board to \
                hire two more tug crews.
                """,
                "The Orlow Parish board | to raise the dog licence fee by half | wants | indirect",
                "The pilots' guild | the board to hire two more tug crews | wants | indirect");
    }

    /**
     * Round 61: "X can tell you, to the minute, when ..." is what X knows well enough to tell, none told; "could tell
     * you that A" gives A.
     */
    @Test
    void whatSomeoneCanTellIsNoStatement() {
        assertMentions("""
                Tobiah Marrow-Essien can tell you, almost to the hour, when the tide turns at Quell Point. Any pilot \
                could tell you how the sandbar moves. The harbour master could tell you that the channel is silting up.
                """,
                "The harbour master | the channel is silting up | tell | indirect");
    }

    /** Round 61: a wish of some of a group, its bare quantifier the whole subject, is the narrator's turn, no words. */
    @Test
    void aWishOfSomeOfAGroupIsNoStatement() {
        assertMentions("""
                Some want more than a farewell. Others want the old rink kept as a park.
                Some of the skaters said the rink should be saved.
                """,
                "Some of the skaters | the rink should be saved | said | indirect");
    }

    /** Round 53: a person's plan for their own schooling, work, time or belongings is no statement; a body's plan stays. */
    @Test
    void aPlanOfOnesOwnLifeIsNoStatement() {
        assertMentions("""
                Milo Varga plans to give away the mixing bowls to the school kitchen.
                His assistant, Rosa Kett, plans to study accounting at the college.
                She plans to spend the first weeks of the summer with her sister.
                Her brother plans to take a job at the Wexley depot.
                The Varga family plans to ask the council for a plaque.
                """,
                "The Varga family | to ask the council for a plaque | plans | indirect");
    }

    /**
     * Round 53: "swore in" a council or ministers gives the oath to others, an act, and a union "seeks certification"
     * from a labour board, a filing; "swore in court that" keeps the oath's words.
     */
    @Test
    void anOathGivenAndACertificationSoughtAreActs() {
        assertMentions("""
                The Chief Justice swore in the new council on Monday, including two former mayors.
                The guild seeks certification without a vote.
                The skipper swore in court that the buoy was unlit.
                """,
                "The skipper | the buoy was unlit | swore | indirect");
    }

    /** "denied bail", "denied leave to appeal": the thing withheld with no receiver is a ruling's act too. */
    @Test
    void bailOrLeaveDeniedIsAnAct() {
        AnnotatedDocument doc = Pipeline.attribute("""
                On March 3, a judge of the District Court denied bail on the secondary ground.
                The tribunal denied leave to appeal in April.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    /** Round 54: a plan to finish or write one's own book is a plan of one's life, as "plans to study". */
    @Test
    void aPlanToFinishOnesBookIsAnAct() {
        assertEquals(List.of(), Pipeline.contents(Pipeline.attribute("""
                Ines Varga will leave the clinic in June. She also plans to finish a novel about her grandmother.
                """)));
    }
}
