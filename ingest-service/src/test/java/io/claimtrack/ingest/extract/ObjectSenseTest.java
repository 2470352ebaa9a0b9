package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cue verb whose object makes it an act with no words in it: a result, a client, a welcome by the market. */
class ObjectSenseTest {

    @Test
    void aResultAfterPostOrAddIsNoWords() {
        assertEquals(List.of("posted", "added", "added"), cues("""
                Harlow posted a 2-0 win over Sandvik on Saturday.
                Brenton Steel posted record earnings for the third quarter.
                Okafor posted a season-high 31 points against Sandvik.
                The Rovers added a late goal through Mika Lund.
                Lindqvist posted a video of the flooded pier.
                Berg added a caveat: the ferry may still close.
                Lund added a third in the 80th minute.
                Berg added a second point: the pier is unsafe.
                """));
    }

    /** Round 51: a percentage posted is a result ("posted a 4.2% gain"); one reported is a figure given, and stays. */
    @Test
    void aPercentageResultPostedIsNoWordsButOneReportedStays() {
        assertEquals(List.of("reported"), cues("""
                The Dalmore Workers' Fund posted a 4.2% gain last year, while Ostvik Trust lost 1.1%.
                Ostvik Trust reported a 6% drop in new members.
                """));
    }

    @Test
    void aResultReportedIsNoWords() {
        assertEquals(List.of("reported", "reported", "reported"), cues("""
                Ostrava Shipping reported a net loss of 12 million euros last year.
                Brenton Steel reported quarterly revenue that beat forecasts.
                Harlow Bank reported a record net profit, driven by higher rates.
                The crew reported smoke shortly after noon.
                Lindqvist reported that the ferry's profit fell 8 percent.
                The agency reported heavy snow on the pass.
                """));
    }

    @Test
    void aReportToAListenerOnATopicIsNoWords() {
        assertEquals(List.of("reported", "reported", "saying"), cues("""
                The harbour master reported to the mayor on the state of the outer piers and the dredging budget.
                Each warden reports to the regional director about staffing at the parks.
                Mira Tolvanen reported to the council that the ferry would stop in March.
                The warden reported to the board on Monday that two rangers had quit.
                Vesna Okoro reported to the committee on the pier, saying repairs would cost 3 million.
                """));
    }

    @Test
    void aPrizeOrATollClaimedIsNoClaim() {
        assertEquals(List.of("claimed", "claimed"), cues("""
                Mika Lund claimed the gold medal in the 400 metres.
                The Rovers claimed a 2-1 win over Sandvik.
                The storm claimed three lives on the coast.
                Okonedo claimed the faceoff that led to the winning goal.
                The Rovers claimed the final playoff spot.
                Holm claimed victory in the election.
                Berg claimed that the vote was rigged.
                """));
    }

    @Test
    void aThingAddedToSomethingIsNoWords() {
        assertEquals(List.of("noted", "added", "added", "said", "adding"), cues("""
                Kowalczyk noted that the 2027 budget adds money for four nurses.
                The city added a second night stop to the ferry route.
                Lund added a caveat for reporters: the pier may close.
                Berg added that the ferry was late.
                "It was personal," Vik said, adding he would never vote for Holm.
                """));
    }

    @Test
    void aThingAddedSomewhereIsNoWords() {
        assertEquals(List.of("said", "added", "added"), cues("""
                Dana Kowal said crews will also add heated shelters at the busiest stops.
                "The pier is safe," Vik added later at the rally.
                Lund added at a news conference that the ferry was late.
                """));
    }

    @Test
    void aClientOfAdviseIsNoAdvice() {
        assertEquals(List.of("said", "advised", "advised", "advised"), cues("""
                Vik advises big lenders on mergers.
                Holm, who advised Mayor Lindqvist on the budget, said the plan was sound.
                The firm is advising Brenton Mining as it sells the shipyard.
                Lund advised the pilots to stay home.
                Berg advised him that the pier was unsafe.
                Vik advised, "Never sell in a panic."
                """));
    }

    @Test
    void pluralClientsInAWhoClauseAreTheSpeakersWork() {
        assertEquals(List.of("said", "advised", "advised", "said"), cues("""
                Tove Ramstedt, a partner at the law firm Ramstedt Berg, who advises several regional hauliers, said the toll would hurt them.
                The coast guard advised skippers to stay in port.
                Ines Halvik, who advised trawler owners against the loan, said it was too costly.
                """));
    }

    @Test
    void whatADeclarationBringsIntoForceIsNoWords() {
        assertEquals(List.of("declared", "declared"), cues("""
                Governor Ilse Brandvik declared a state of emergency for the county.
                The shipyard declared bankruptcy in March.
                Holm declared that the emergency was over.
                Brandvik declared the vote "a victory for the coast."
                """));
    }

    /** A member's declared interest in an item before a meeting is procedure, no words. */
    @Test
    void anInterestDeclaredIsProcedure() {
        assertEquals(List.of("declared"), cues("""
                Councillor Ostby-Marr declared an interest in item 7.2 as her brother owns the bakery.
                Alderman Pruitt declared a conflict of interest and left the room.
                Holm declared that the interest rate was fair.
                """));
    }

    @Test
    void whatACrewAnswersIsNoReply() {
        assertEquals(List.of("responded", "responded"), cues("""
                Paramedics responded to a call on Harbour Road on Tuesday afternoon.
                Firefighters responded to a two-alarm fire near the pier.
                Holm responded to reports that the ferry would close.
                Berg responded to the call for calm with a short statement.
                """));
    }

    /** Issue 9, round 57: "reports of" or "calls of" before what crews answer is the alert that sent them, no reply. */
    @Test
    void reportsOfAnEmergencyAnsweredAreNoReply() {
        assertEquals(List.of("responded"), cues("""
                Deputies responded to reports of gunfire near the Kellow Road quarry.
                Medics responded to calls of a stabbing outside the Tarn Arms.
                The mill responded to reports of layoffs with a short statement.
                """));
    }

    /** Round 56: a count of what crews answer ("responded to 40 calls overnight") is the crews' work, no reply. */
    @Test
    void aCountOfCallsAnsweredIsNoReply() {
        assertEquals(List.of("reported", "responded"), cues("""
                The fire service responded to 40 calls overnight, the chief reported.
                Crews had responded to twelve grass fires by noon.
                Lund responded to 40 questions from the committee.
                """));
    }

    @Test
    void aLeadClaimedIsAStanding() {
        assertEquals(List.of("claimed", "added"), cues("""
                The Rovers claimed the lead in the second period when Lund scored.
                Okafor claimed an early lead in the marathon.
                Berg claimed the lead investigator had ignored the warnings.
                Holm added the lead negotiator would resign.
                """));
    }

    @Test
    void whatAPriceShowsIsAMovement() {
        assertEquals(List.of("reports", "found", "showed", "showed"), cues("""
                Stocks showed little change in early trading.
                Treasury yields also showed a small rise.
                Oil prices found support from reports that producers would cut output.
                A survey of dockworkers found support for the strike.
                A Harbour Times poll showed Holm leading.
                The consumer confidence index showed that shoppers were gloomy.
                """));
    }

    @Test
    void aMannerOfTellingIsNoContent() {
        assertEquals(List.of("want", "told"), cues("""
                Councillor Dale Ruthven tells it differently.
                Voters want a mayor who will tell it like it is.
                Holm told it that the pier was closed.
                """));
    }

    @Test
    void aWelcomeByTheMarketIsNoWords() {
        assertEquals(List.of("welcomed", "welcomed", "said"), cues("""
                Shares of Brenton Steel rose as investors welcomed the cost cuts.
                The market has applauded the merger.
                The union welcomed the cost cuts.
                Analysts welcomed the plan and said it was overdue.
                """));
    }

    @Test
    void aWrittenWorkAloneAfterWriteIsAnAct() {
        assertEquals(List.of("wrote", "saying", "wrote", "wrote", "wrote", "arguing", "wrote", "wrote"), cues("""
                The ferry company wrote a letter to the mayor.
                Ana Holm wrote a commentary for the Harbour Gazette last week.
                Late last month, the union wrote a detailed, six-page letter to the board's chairman, Ola Berg.
                Berg wrote his dissertation on the failures of harbour policy.
                She also wrote two children's books and a memoir.
                Holm wrote a letter to the council saying the pier was unsafe.
                Holm wrote in a letter that the pier was unsafe.
                Holm wrote the report was flawed.
                Holm wrote an op-ed arguing that the tolls were too high.
                Vik wrote that the letters were forged.
                Lund wrote a note to the crew: the ferry sails at noon.
                """));
        // What a person writes for a living.
        assertEquals(List.of(), cues("""
                Her brother writes software from a flat in Brask.
                Lund writes music for films and poetry on weekends.
                """));
    }

    @Test
    void aWorksNameAfterTitledIsNoWordsOfIt() {
        assertEquals(List.of("said", "wrote", "saying"), cues("""
                In her spare time Holm wrote a self-published guide for ferry owners titled "Every Knot Counts."
                Berg, who wrote a 2015 handbook on harbours titled "Low Tide: What the Sea Taught Me," said the pier was unsafe.
                Vik wrote a letter titled "A Plea" saying the pier was unsafe.
                """));
    }

    @Test
    void aJobClaimedIsAStanding() {
        assertEquals(List.of("claimed"), cues("""
                Okerlund claimed the starting job in October after an injury to Pim Vass.
                Dravec claimed the job market had never been weaker.
                """));
    }

    @Test
    void theWinnerAddedIsAResult() {
        assertEquals(List.of("added"), cues("""
                Tove Marsk added the winner with two minutes left.
                Marsk added the winners would be named on Friday.
                """));
    }

    @Test
    void aPersonRecalledFromSomewhereIsCalledBack() {
        assertEquals(List.of("recalled", "recalled"), cues("""
                The Pelicans recalled D Oskar Brandvold from their farm club on Monday.
                Brandvold recalled a night in 2011 when the arena flooded.
                Ilse Varnum recalled Brandvold's words from the final.
                """));
    }

    @Test
    void aPenaltySoughtIsNoWords() {
        assertEquals(List.of("sought"), cues("""
                Prosecutors had sought eleven years in prison for Halvard Tenn.
                His lawyer sought a sentence of two years.
                The suit seeks unspecified damages from the county.
                Tenn sought to reassure his neighbours that the money was safe.
                """));
    }

    /** Forty-eighth round: an effort whose words a participle after its comma gives is no statement of its own. */
    @Test
    void anEffortBeforeAParticipleOfSayingIsNoWords() {
        assertEquals(List.of("saying", "sought"), cues("""
                Harbour Minister Liv Aasen sought to calm ferry passengers on Monday, saying the crossings were safe.
                The mayor sought to reassure the pilots that the pier would reopen.
                """));
    }

    @Test
    void aDayDeclaredForMourningIsAnAct() {
        assertEquals(List.of("declared"), cues("""
                The governor declared Sunday a day of mourning.
                The governor declared Monday that the emergency was over.
                """));
    }

    /** Round 49: a recount's result, "confirmed NAME (Party) as the member-elect", is an act; "confirmed that" is left. */
    @Test
    void aWinnerConfirmedIsAResult() {
        assertEquals(List.of("confirmed"), cues("""
                The recount has confirmed Ada Roux (Green Party) as the member-elect by nine votes.
                The Commission has confirmed that Ada Roux had won by nine votes.
                """));
    }

    /** Round 50: a drought declared over an area is an act, as an emergency is. */
    @Test
    void aDroughtDeclaredIsAnAct() {
        assertEquals(List.of("declared"), cues("""
                The province declared drought areas in nine of its counties in July.
                The minister declared that the drought was over.
                """));
    }

    /** Round 52: "confirmed the departure ..., saying B" gives B only; "confirmed the departure." alone stays. */
    @Test
    void anEventConfirmedBeforeAParticipleOfSayingIsNoWords() {
        assertEquals(List.of("saying", "confirmed"), cues("""
                Bramwell Foods confirmed the departure in a statement on Tuesday, saying Hettie Marsh had left by choice.
                The union confirmed the strike date.
                """));
    }

    /** Round 54: a vacancy advertised, a bond paid, people placed. */
    @Test
    void aJobOrBailPostedIsAnAct() {
        assertEquals(List.of("told", "posted"), cues("""
                Kellerman told the board that the city had posted the lifeguard jobs in March and filled only half.
                The skipper posted bail on Friday.
                The mayor posted on social media that the pier would reopen.
                """));
    }

    /** Round 54: what a market demands is its price; "demanded that" stays. */
    @Test
    void aDemandByTheMarketIsAPrice() {
        assertEquals(List.of("demanded"), cues("""
                Pikeland sold five-year notes at the highest yield in a decade as traders demanded a fatter premium.
                Investors demanded that the board resign.
                """));
    }

    /** Round 56: a ransom demanded is extortion, no position; "demanded that the ransom be returned" stays. */
    @Test
    void aRansomDemandedIsNoPosition() {
        assertEquals(List.of("says", "demanded"), cues("""
                Ransomware hits Dunmore water utility; attackers demand ransom, mayor says
                The gang demanded a $3 million ransom in bitcoin.
                The family demanded that the ransom be returned.
                """));
    }

    /** Round 54: "declared Monday afternoon a “rest day”" makes the day something, an act; "declared Monday that" is left. */
    @Test
    void aDayDeclaredSomethingIsAnAct() {
        assertEquals(List.of("declared"), cues("""
                The governor, who was in the crowd, declared Monday afternoon a "rest day" for state offices.
                The mayor declared Monday that the bridge would reopen.
                """));
    }
}
