package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A document whose maker the text names with it speaks for its maker (issue 10, documents and their makers). */
class DocumentMakerTest {

    /**
     * Round 60: a document of a common plural ("an inspectors' report") is read as a document, the apostrophe kept
     * inside the mention, so the firm the next sentence names as its maker is the maker of it and of the headline's
     * "inspectors' report says", whose quotation the plural possessive no longer cuts from its speaker.
     */
    @Test
    void aDocumentOfACommonPluralIsItsNamedMakersAsIsTheHeadlinesOverIt() {
        AnnotatedDocument doc = extract("""
                Pool roof 'could not hold the rain,' inspectors' report says

                By Ana Pell-Moreno
                Gazette staff writer

                HALWICK — The roof of the Halwick pool could not hold a heavy rain, according to an inspectors' \
                report released by the city Monday.

                The report, prepared by the firm Lunde & Okoro, found rusted beams over the deep end.
                """);
        assertSpeaker(doc, "Pool roof 'could not hold the rain,'", "Lunde & Okoro");
        assertSpeaker(doc, "HALWICK — The roof of the Halwick pool could not hold a heavy rain", "Lunde & Okoro");
        assertEquals("an inspectors' report", statement(doc, "HALWICK — The roof of the Halwick pool could not hold a heavy rain").mentionText());
    }

    @Test
    void dataFromABodyIsTheBodys() {
        AnnotatedDocument doc = extract("""
                Grain stocks at the port fell to 800,000 tonnes in March, according to data from the Vestrian \
                customs office.

                At least 30 barges were waiting, according to river-traffic data compiled by the consultancy Tidemark.
                """);
        assertSpeaker(doc, "Grain stocks at the port fell to 800,000 tonnes in March", "Vestrian customs office");
        assertSpeaker(doc, "At least 30 barges were waiting", "Tidemark");
    }

    @Test
    void aReportOrPollByABodyIsTheBodysWhenEvenATimeStandsBetween() {
        AnnotatedDocument doc = extract("""
                A poll released on Monday by the Harrow Institute for Civic Affairs found the mayor trailing by six \
                points.

                Ferry crossings fell by a third, according to a report published in May by the Norland Transport Board.

                The fund is short of $2 billion, according to the latest review of the State Pension Council.

                According to a study by the city's planning office, the bridge carries 40,000 cars a day.

                A review by the city's transport office found that ferries are half empty.
                """);
        assertSpeaker(doc, "the mayor trailing by six points", "Harrow Institute for Civic Affairs");
        assertSpeaker(doc, "Ferry crossings fell by a third", "Norland Transport Board");
        assertSpeaker(doc, "The fund is short of $2 billion", "State Pension Council");
        assertSpeaker(doc, "the bridge carries 40,000 cars a day", "the city's planning office");
        assertSpeaker(doc, "ferries are half empty", "the city's transport office");
    }

    @Test
    void aReportSharedByABodyIsTheBodys() {
        // "shared" is one of the channel owner's participles: one word set serves both readings.
        AnnotatedDocument doc = extract("""
                Ferry crossings fell by a fifth, according to a report shared last week by the Norland Transport Board.

                Ferry crossings fell by a tenth, according to a report shown to the Norland Transport Board.
                """);
        assertSpeaker(doc, "Ferry crossings fell by a fifth", "Norland Transport Board");
        assertNotEquals("Norland Transport Board", statement(doc, "Ferry crossings fell by a tenth").speaker);
    }

    /** Round 58: "the report's lead author, X" is a person the report owns; "the report" after her is still the maker's. */
    @Test
    void theReportsAuthorIsNoOtherReport() {
        AnnotatedDocument doc = extract("""
                The 60-page report, prepared by the firm Halloran & Mbeki Surveyors, found that the pier piles were rotten.

                "We were lucky," the report's lead author, surveyor Ilse Nakamura-Fenn, said in an interview.

                Repairs will cost about $4 million, the report estimates.
                """);
        assertSpeaker(doc, "the pier piles were rotten", "Halloran & Mbeki Surveyors");
        assertSpeaker(doc, "Repairs will cost about $4 million", "Halloran & Mbeki Surveyors");
    }

    /** "The report", "the same poll": the document again, so its maker again; not after another report with none. */
    @Test
    void theReportLaterIsTheSameMakersUnlessAnotherCameBetween() {
        AnnotatedDocument doc = extract("""
                Ferry crossings fell by a third, according to a report published in May by the Norland Transport Board. \
                The report found that fares had doubled since 2020.

                A poll released on Monday by the Harrow Institute for Civic Affairs found the mayor trailing by six \
                points. In April, the same poll found her ahead by two.

                A staff report presented to the council recommends a levy. The report says the buses are full.
                """);
        assertSpeaker(doc, "fares had doubled since 2020", "Norland Transport Board");
        assertSpeaker(doc, "her ahead by two", "Harrow Institute for Civic Affairs");
        assertNotEquals("Norland Transport Board", statement(doc, "the buses are full").speaker);
    }

    /**
     * "a state report released Monday ... The report, by the state Office of Water Quality, found": the definite
     * report is the one introduced before it, so the maker set off by commas is that one's and the headline's too;
     * not an earlier report that another one introduced after it.
     */
    @Test
    void aMakerNamedWithTheReportLaterIsTheEarlierReportsAndTheHeadlines() {
        AnnotatedDocument doc = extract("""
                Salt levels in Lake Orvin have tripled, state report finds

                The lake is saltier than at any time since records began, according to a state report released Monday.

                The report, by the state Office of Water Quality, found that salt levels have tripled since 1990.

                The report recommends that towns cut road salt by half.
                """);
        assertSpeaker(doc, "Salt levels in Lake Orvin have tripled", "Office of Water Quality");
        assertSpeaker(doc, "The lake is saltier than at any time since records began", "Office of Water Quality");
        assertSpeaker(doc, "salt levels have tripled since 1990", "Office of Water Quality");
        assertSpeaker(doc, "towns cut road salt by half", "Office of Water Quality");

        AnnotatedDocument two = extract("""
                A staff report presented to the council says the buses are full. A report released on Monday found \
                that fares are too high. The report, by the Norland Transport Board, says ferries are half empty.
                """);
        assertSpeaker(two, "fares are too high", "Norland Transport Board");
        assertNotEquals("Norland Transport Board", statement(two, "the buses are full").speaker);
    }

    /** An estimate is a document too: "according to an estimate by the city's finance office" is the office's. */
    @Test
    void anEstimateByABodyIsTheBodys() {
        AnnotatedDocument doc = extract("""
                The new tram line would cost each household about $90 a year, according to an estimate by the city's \
                finance office.
                """);
        assertSpeaker(doc, "The new tram line would cost each household about $90 a year", "the city's finance office");
    }

    /** A topic after "of" ends before its participle: "a survey of riders conducted by X" is X's. */
    @Test
    void aSurveyOfPeopleConductedByABodyIsTheBodys() {
        AnnotatedDocument doc = extract("""
                A survey of 1,800 ferry riders conducted by Tidemark Analytics found that delays had doubled.
                """);
        assertSpeaker(doc, "delays had doubled", "Tidemark Analytics");
    }

    /**
     * Round 59: a counted topic before "by" ("of 640 ferry users") is the people asked, no one's making; and a time after
     * the maker ("by the association in May", "last week") leaves the maker the one that found it.
     */
    @Test
    void aSurveyOfCountedPeopleByABodyBeforeATimeIsTheBodys() {
        AnnotatedDocument doc = extract("""
                ORRIN — The Orrin Ferry Users Association said on Monday that the cuts were unfair.

                A survey of 640 ferry users by the association in May found that 58 percent travel after dark.

                A review by the association last week found that half the night crossings run late.
                """);
        assertSpeaker(doc, "58 percent travel after dark", "Orrin Ferry Users Association");
        assertSpeaker(doc, "half the night crossings run late", "Orrin Ferry Users Association");
    }

    /**
     * Guards: what a document is about, who obtained it, a date, the maker of the topic ("filings by the committee"), a
     * body's possessive cut from the officer it owns, a nationality and an "of"-object run on into a participle's time
     * and place make none of it.
     */
    @Test
    void aTopicAReaderOrADateIsNoMaker() {
        AnnotatedDocument doc = extract("""
                Internal emails obtained by the Vestria Herald show that managers knew of the fault.

                Prices rose 3 percent, according to data from 2024.

                An analysis of campaign filings by the Harbour Election Commission found that donations had doubled.

                Ferry subsidies were misspent, according to a report from the Norland Transport Board's inspector general.

                Outside groups have spent $4 million, according to an analysis of campaign finance filings.

                Exports will fall, according to a report by a Vestrian think tank.

                He paid $9,000 in fees, according to a transcript of the interview filed Tuesday in Harrow County Court. \
                The transcript shows that he was offered immunity.
                """);
        assertSpeaker(doc, "managers knew of the fault", "Internal emails obtained by the Vestria Herald");
        assertSpeaker(doc, "Prices rose 3 percent", "data");
        assertNotEquals("Harbour Election Commission", statement(doc, "donations had doubled").speaker);
        assertNotEquals("Norland Transport Board's", statement(doc, "Ferry subsidies were misspent").speaker);
        assertSpeaker(doc, "Outside groups have spent $4 million", "an analysis of campaign finance filings");
        assertNotEquals("Vestrian", statement(doc, "Exports will fall").speaker);
        assertNotEquals("Tuesday in Harrow County Court", statement(doc, "he was offered immunity").speaker);
    }

    @Test
    void aSummaryReleasedByABodyIsTheBodys() {
        AnnotatedDocument doc = extract("""
                The deepest point was 40 metres, according to a summary of the soundings released by the Kelvik port \
                authority on Monday.
                """);
        assertSpeaker(doc, "The deepest point was 40 metres", "Kelvik port authority");
    }

    /**
     * "published by independent experts", "an estimate by district facilities staff", "filed by lawyers for the
     * tenants": a group with no article after "by" makes the document; one unnamed person does not.
     */
    @Test
    void aBareGroupAfterByMakesTheDocument() {
        AnnotatedDocument doc = extract("""
                The quarry has doubled in size, according to aerial images published by independent experts.

                Relining the reservoir will cost $3 million, according to a first estimate by county engineering staff.

                Rents rose 14 per cent, according to court documents filed Friday by lawyers for the tenants. About 900 \
                flats are affected, the documents say.

                The pipes were corroded, according to a review written by a water quality supervisor.
                """);
        assertSpeaker(doc, "The quarry has doubled in size", "independent experts");
        assertSpeaker(doc, "Relining the reservoir will cost $3 million", "county engineering staff");
        assertSpeaker(doc, "Rents rose 14 per cent", "lawyers for the tenants");
        assertSpeaker(doc, "About 900 flats are affected", "lawyers for the tenants");
        assertNotEquals("a water quality supervisor", statement(doc, "The pipes were corroded").speaker);
    }

    @Test
    void aGroupPlacedAtANamedBodyMakesTheDocumentWithTheBody() {
        // "researchers at the Marlow Institute": the group stops before "at" no more; the body stays in its words.
        assertSpeaker(extract("""
                A survey published last month by researchers at the Marlow Institute found that one in five rural \
                clinics had closed.
                """), "one in five rural clinics had closed", "researchers at the Marlow Institute");
    }

    /**
     * "The evaluation, carried out for the Town by the X Centre,": whom it was done for paid for it; the maker after
     * "by" makes it, the evaluation introduced before it and the findings read after it.
     */
    @Test
    void aWorkCarriedOutForOneBodyByAnotherIsTheMakers() {
        AnnotatedDocument doc = extract("""
                Bus waits in Orrinford fell by a fifth in two years, an independent evaluation released today has found.

                The evaluation, carried out for the Town by the Selby College Mobility Institute, compared 12 routes \
                with 12 others.

                The evaluation found that riders waited four minutes less.
                """);
        assertSpeaker(doc, "Bus waits in Orrinford fell by a fifth in two years", "Selby College Mobility Institute");
        assertSpeaker(doc, "riders waited four minutes less", "Selby College Mobility Institute");
    }

    @Test
    void aReviewOfATopicCarriedOutByAFirmIsTheFirms() {
        // The participle set off by a comma after the "of"-topic, then "for" whom it was done and "by" who did it.
        assertSpeaker(extract("""
                In 2031, a landslide at the quarry closed the road for a week. A review of that slide, carried out for \
                the Dornsey Trust by the surveying firm Keel & Varga, recommended new drains on the slope.
                """), "new drains on the slope", "Keel & Varga");
    }

    /** Round 49: a correspondence item of minutes, its document capitalised only as the item's first word. */
    @Test
    void aLetterItemOfMinutesIsItsSendersStatement() {
        AnnotatedDocument doc = extract("""
                5. CORRESPONDENCE
                5.1 Letter from the Ministry of Transport, dated May 2, 2034, advising that the bus grant has been renewed.
                Received for information.
                """);
        assertSpeaker(doc, "the bus grant has been renewed", "Ministry of Transport");
    }

    /** Round 58: a letter item under a one-word label on its own line is its sender's, not the label's. */
    @Test
    void aLetterItemAfterALabelIsItsSendersStatement() {
        AnnotatedDocument doc = extract("""
                Standing Committee on Transport
                Minutes of Proceedings

                Correspondence: Letter from Harriet Vang-Osei, Chair, Tollmark Ferry Users' Association, advising that \
                the ferry had missed 40 sailings since May.

                The committee adjourned at 4:10 p.m.
                """);
        assertSpeaker(doc, "the ferry had missed 40 sailings since May", "Harriet Vang-Osei");
    }

    /** Round 50: an office with its owner makes the report ("the county's chief engineer"), and "the report" again is its. */
    @Test
    void anOwnedOfficeMakesTheReportItsDefiniteMentionIsAgain() {
        AnnotatedDocument doc = extract("""
                Sewers in Tollby

                According to a 2031 report by the county's chief engineer, a third of Tollby's sewers are older than 90 years.

                "Without a plan, the tunnels will fail one street at a time," the report said.
                """);
        assertSpeaker(doc, "a third of Tollby's sewers are older than 90 years", "the county's chief engineer");
        assertSpeaker(doc, "\"Without a plan, the tunnels will fail one street at a time,\"", "the county's chief engineer");
    }

    /** Round 51: a projection is a document, whose maker the text names with it. */
    @Test
    void aProjectionFromABodyIsTheBodys() {
        AnnotatedDocument doc = extract("A projection from the Lindqvist Institute shows the deficit will triple by 2040.");
        assertSpeaker(doc, "the deficit will triple by 2040", "Lindqvist Institute");
    }

    /**
     * Round 51: a definite topic that nobody makes ("the third race") lets the "by" after it name the analysis's maker;
     * "an analysis of campaign filings by X" stays the filings' (above).
     */
    @Test
    void anAnalysisOfAnEventByASiteIsTheSites() {
        AnnotatedDocument doc = extract("""
                Sailing crew cleared of using a hidden motor

                An analysis of the third race by the sailing website Tackline found that the boat's speed matched the wind.
                """);
        assertSpeaker(doc, "the boat's speed matched the wind", "Tackline");
    }

    /** Round 51: a survey whose maker a relative clause after ", which" names by its bare name ("ran", "carried out"). */
    @Test
    void aSurveyWhichABodyRanIsTheBodys() {
        AnnotatedDocument doc = extract("""
                The Water Office estimates that 3 percent of homes lack meters. A door-to-door survey, which Harbin \
                Water carried out in June, found that older houses were the least likely to have one.
                """);
        assertSpeaker(doc, "older houses were the least likely to have one", "Harbin Water");
    }

    /** Round 51: a lawsuit filed on behalf of a group is the group's (round 42's plaintiffs), past a court and a date. */
    @Test
    void aLawsuitFiledOnBehalfOfAGroupIsTheGroups() {
        AnnotatedDocument doc = extract("""
                Residents of Pell Street say their basements flooded twice. A lawsuit filed in district court last week \
                on behalf of twelve families alleges that the city ignored the warnings.
                """);
        assertSpeaker(doc, "the city ignored the warnings", "twelve families");
    }

    /** Round 56: an order signed by one named is the signer's; a petition signed by a count of residents stays its own. */
    @Test
    void anOrderSignedByANamedOfficialIsTheSigners() {
        AnnotatedDocument doc = extract("""
                From Monday, every dog in Larch Park must be on a lead, according to an emergency order signed by Parks \
                Director Oren Valdane.

                A petition signed by 300 residents asked the council to keep the pool open.
                """);
        assertSpeaker(doc, "From Monday, every dog in Larch Park must be on a lead", "Oren Valdane");
        assertSpeaker(doc, "the council to keep the pool open", "A petition signed by 300 residents");
    }

    /** Round 61: a date set off after the document does not hide the signer named after it. */
    @Test
    void aDatedNoticeSignedByANamedInspectorIsTheInspectors() {
        AnnotatedDocument doc = extract("""
                A Marlow health inspector has ordered Petra Voskuijlen to close her kennel on Birch Road by April 3.

                The notice, dated March 9 and signed by inspector Hamish Oduya-Brandt, says the town received eleven \
                complaints about the dogs.
                """);
        assertSpeaker(doc, "the town received eleven complaints about the dogs", "Hamish Oduya-Brandt");
    }

    /** Round 56: a possessed document read again by its head word is its possessor's. */
    @Test
    void aPossessedDocumentReadAgainIsItsPossessors() {
        AnnotatedDocument doc = extract("""
                Jockey Aldo Brenn was banned for five years after a disciplinary board found he had stopped two horses. \
                According to the board's ruling, a syndicate paid him 40,000 euros. The ruling said both races had drawn \
                heavy bets.
                """);
        assertSpeaker(doc, "both races had drawn heavy bets", "board");
    }

    /**
     * Round 59: "The article" read again by its head word alone is the one an earlier sentence names with its publisher
     * after a quoted title, a paper named "... Courier" as "... Sentinel" is; an article only read keeps its own words.
     */
    @Test
    void anArticleReadAgainIsItsPublishersPastItsTitle() {
        AnnotatedDocument doc = extract("""
                The Consulate of Veltria has read the article "Veltrian envoys bought radar parts" published by The \
                Harrowby Courier on 9 May.

                The article alleges that two envoys bought radar parts at a shop in Harrowby.
                """);
        assertSpeaker(doc, "two envoys bought radar parts at a shop in Harrowby", "Harrowby Courier");
        assertSpeaker(extract("""
                The Consulate of Veltria has read the article "Veltrian envoys bought radar parts" with surprise.

                The article alleges that two envoys bought radar parts at a shop in Harrowby.
                """), "two envoys bought radar parts at a shop in Harrowby", "The article");
    }
}
