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

/** Speaker labels before a colon: transcript turns and headlines. */
class SpeakerColonStageTest {

    @Test
    void transcriptSpeakerInCapitals() {
        assertMentions("HOST: The bridge will reopen before winter.\n",
                "HOST | The bridge will reopen before winter | : | indirect");
    }

    @Test
    void aMarketWrapsSectionLabelsAreNoSpeakers() {
        assertMentions("""
                EQUITIES: Shares in Tallin closed flat.

                COMMODITIES: Copper rose 1% on the week.

                "Copper has further to run," said Ada Lund, a strategist at Norbank.

                ENERGY: Brent crude slipped 0.4%.

                GAS: Nordic benchmark +2.3%

                GRANT: The pier will reopen in May.
                """,
                "Ada Lund | \"Copper has further to run,\" | said | direct",
                "GRANT | The pier will reopen in May | : | indirect");
    }

    @Test
    void aKeywordLineAndAScheduleDayAreNoSpeakers() {
        assertMentions("""
                Keywords: harbour, ferries, Mayor Holm

                Every Friday: the week's openings and closings on the waterfront.

                Saturday: The pier reopens at noon.

                LUND: The pier will reopen in May.
                """,
                "LUND | The pier will reopen in May | : | indirect");
    }

    @Test
    void aQuestionPutInATranscriptIsNoStatementAndATurnEndsBeforeItsQuestions() {
        assertMentions("""
                The harbour committee met on Monday.

                SEN. HOLM: Was the pier ever inspected?

                MS. BERG: The pier was inspected in 2019. Who says otherwise?

                SEN. HOLM: So the board knew. Why did it wait?

                MS. BERG: Pilots keep asking me, “Why was it closed?”
                """,
                "MS. BERG | The pier was inspected in 2019 | : | indirect",
                "SEN. HOLM | So the board knew | : | indirect",
                "MS. BERG | Pilots keep asking me, “Why was it closed?” | : | mixed");
    }

    /** Scraped pages join sentences with a no-break space: the turn still ends before both its questions. */
    @Test
    void aTurnEndsBeforeQuestionsAfterANoBreakSpace() {
        assertMentions("""
                The harbour committee met on Monday.

                MS. VARGA: The pier at Brennvik is closed. Who closed it?\u00a0Why was nobody told?

                MR. TOLLEFSEN: The board closed it in May.
                """,
                "MS. VARGA | The pier at Brennvik is closed | : | indirect",
                "MR. TOLLEFSEN | The board closed it in May | : | indirect");
    }

    @Test
    void aQuestionsPremiseThatReportsAnotherIsThatSpeakersStatementAlone() {
        assertMentions("""
                The harbour committee met on Monday.

                HARBOUR RADIO: The port authority said on Friday that the pier is unsafe. Will you close it?

                MS. BERG: No. The pier was inspected in 2019.

                HARBOUR RADIO: I think the pier is safe. Do you agree?
                """,
                "The port authority | the pier is unsafe | said | indirect",
                "MS. BERG | No. The pier was inspected in 2019 | : | indirect",
                "HARBOUR RADIO | I think the pier is safe | : | indirect");
    }

    @Test
    void aChairGivingTheFloorByNameSaysNothing() {
        assertMentions("""
                The harbour committee met on Monday.

                CHAIR HOLM: Mr. Lund.

                MR. LUND: Thank you. The pier needs a new deck.

                CHAIR HOLM: Mr. Lund is right.
                """,
                "MR. LUND | Thank you. The pier needs a new deck | : | indirect",
                "CHAIR HOLM | Mr. Lund is right | : | indirect");
    }

    @Test
    void headlineWithASpeakerAndAColon() {
        AnnotatedDocument doc = attribute("Mayor Brandt: free buses will stay\nThe council met on Monday.");

        assertEquals("Mayor Brandt", statement(doc, "free buses will stay").mention.text());
    }

    @Test
    void colonInProseIsNoTranscriptTurn() {
        assertMentions("Tomas Vik has a plan: clinics will open on Sundays.\n");
    }

    @Test
    void titleCaseTurnsMakeATranscriptWhenThereAreSeveral() {
        assertMentions("""
                Anna Holm: The bridge will reopen in May.
                Tomas Vik: We will pay for it from the port fund.
                Question: When does the work start?
                """,
                "Anna Holm | The bridge will reopen in May | : | indirect",
                "Tomas Vik | We will pay for it from the port fund | : | indirect");
    }

    @Test
    void aSingleTitleCaseLabelInProseIsNoTurn() {
        assertMentions("Anna Holm: a life in the harbour.\nThe book was published in May.\n");
    }

    @Test
    void liveBlogBylineAndContactLabelsAreNoSpeakers() {
        assertMentions("""
                The Latest: Harbour ferries will sail again on Monday.
                The port reopened on Friday.
                BYLINE: Anna Holm
                EMAIL: desk@harbour.example
                """);
    }

    @Test
    void aTranscriptsRosterAndALiveBlogsBannerAreNoSpeakers() {
        assertMentions("""
                LIVE UPDATES: Harbour board vote and ferry results
                PRESENT: Rep. Anna Holm, Chair; Rep. Per Lund
                WITNESSES: Ms. Kari Berg, Harbour Master
                ATTENDEES: members of the public
                """);
    }

    @Test
    void teaserLabelsOfAHeadlineAreNoSpeakers() {
        assertMentions("BOOM: Mayor Holm Just Fired Back At The Harbour Board\nThe port reopened on Friday.\n");
        assertMentions("Revealed: What The Ferry Board Kept From You\nThe port reopened on Friday.\n");
        AnnotatedDocument doc = attribute("Holm: Ferries Will Stay Free All Winter\nThe port reopened on Friday.\n");
        assertEquals("Holm", statement(doc, "Ferries Will Stay Free All Winter").mention.text());
    }

    @Test
    void sectionAndNoteLabelsOfAPageAreNoSpeakers() {
        assertMentions("""
                Harbour ferries late again

                By Anna Holm

                Comment: Ferry to Sandvik cancelled for third time

                Background: The pier was sold in 2019

                The port reopened on Friday.
                """);
    }

    @Test
    void thePagesFirstLineIsATitleEvenWhenClosedWithAPeriod() {
        assertMentions("""
                Mayor Holm: The bridge will reopen in May.
                The mayor spoke at the harbour on Monday.
                """,
                "Mayor Holm | The bridge will reopen in May | : | indirect");
    }

    @Test
    void answersUnderQuestionsAreStatementsOfThePersonInterviewed() {
        AnnotatedDocument doc = attribute("""
                Harbour master Anna Holm spoke to us about the ferries.

                Question: Will the ferries stay free?

                Answer: Yes, they will stay free until 2027.

                Q: And the trams?

                A: We have not decided on the trams yet.
                """);

        // "spoke to us about the ferries" is a statement of its own, as "spoke about" is (SpokeOfTest).
        assertEquals(List.of("Harbour master Anna Holm | the ferries | spoke | indirect",
                "Anna Holm | Yes, they will stay free until 2027 | : | indirect",
                "Anna Holm | We have not decided on the trams yet | : | indirect"), mentions(doc));
    }

    @Test
    void anExplainersQuestionsAskNoOneAndItsAnswersAreThePapersOwn() {
        // No question asks anyone ("you") and the title names no one by a first name or a title: the reader asks.
        AnnotatedDocument doc = attribute("""
                The ferry levy, explained: What a vote on the Port Lindholm ferry levy would do

                By Per Vik

                Q: What would the levy do?

                A: It would add 50 cents to every ticket for ten years. The harbour board says the money would buy two boats.

                Q: When do I have to vote?

                A: Ballots are due on May 3.
                """);

        assertEquals(List.of("The harbour board | the money would buy two boats | says | indirect"), mentions(doc));
    }

    @Test
    void theIntervieweeIsThePersonTheIntroductionNamesMostNotTheLastNamed() {
        AnnotatedDocument doc = attribute("""
                A talk with Anna Holm.

                Harbour master Anna Holm spent Monday at the quay, where she met pilots Per Vik and Ola Lund. Holm
                spoke about the late Mayor Karl Brandt. Here is the edited transcript.

                Q: Will the ferries stay free?

                A: Yes, they will stay free until 2027.
                """);

        assertEquals(List.of("Anna Holm | Yes, they will stay free until 2027 | : | indirect"), mentions(doc));
    }

    @Test
    void aQuestionNoOneIsFoundForLeavesTheIntervieweeToBeFoundAtTheNext() {
        AnnotatedDocument doc = attribute("""
                Q: Do you want to open a second ferry line?

                A: We do, and soon.

                Harbour master Lise Amundrud has run the port of Vessby since 2019. Amundrud took office after the storm.

                Q: Will you raise the mooring fees?

                A: We will not raise them this year.
                """);

        assertEquals(List.of("Lise Amundrud | We will not raise them this year | : | indirect"), mentions(doc));
    }

    @Test
    void theAnswersOfABriefingAreTheBriefersTheTitleNames() {
        AnnotatedDocument doc = attribute("""
                Briefing by Harbour Office Spokeswoman Mia Strand, Lindholm, May 3

                On the new pier

                Harbour Master Per Vik will open the new pier on Friday. Per Vik will then meet the pilots, and Per Vik
                will sail to Kelm on Saturday.

                Question: Will the fares rise?

                Answer: We have no such plans.
                """);

        assertEquals(List.of("Mia Strand | We have no such plans | : | indirect"), mentions(doc));
    }

    @Test
    void aTurnGoesOnOverItsUnlabelledParagraphsUntilTheNextTurn() {
        assertMentions("""
                The panel met on Monday.

                Anna Holm: The ferries will stay free, and I will tell you why this matters so much to us.

                The port fund has the money for it.

                Tomas Vik: We will pay for the bridge from the same fund.

                The panel ended at noon.
                """,
                "Anna Holm | The ferries will stay free, and I will tell you why this matters so much to us.\n\n"
                        + "The port fund has the money for it | : | indirect",
                "Tomas Vik | We will pay for the bridge from the same fund | : | indirect");
    }

    @Test
    void aSurnameAloneIsATurnOfSomeoneWhoHadOne() {
        assertMentions("""
                Anna Holm: The bridge will reopen in May.

                Tomas Vik: Not before the port fund pays for it.

                Holm: Then the fund will pay.
                """,
                "Anna Holm | The bridge will reopen in May | : | indirect",
                "Tomas Vik | Not before the port fund pays for it | : | indirect",
                "Holm | Then the fund will pay | : | indirect");
    }

    @Test
    void shortLabelledLinesAreSubheadsAndTalliesAreNoTurns() {
        assertMentions("""
                What each candidate needs on Tuesday.

                Anna Holm: Win in a walk.

                Holm has led every poll in the harbour district this year.

                Tomas Vik: Finish second.

                Vik hopes to take the north shore.

                The count on Friday.

                Anna Holm: 547.

                Tomas Vik: 412.
                """,
                "Anna Holm | Win in a walk | : | indirect",
                "Tomas Vik | Finish second | : | indirect");
    }

    @Test
    void aTitleNamesItsSpeakerBeforeTheTopicOrTheAudience() {
        assertMentions("""
                Holm on the Harbour Plan: The Ferries Will Stay Free.
                The mayor spoke at the quay on Monday.
                """,
                "Holm | The Ferries Will Stay Free | : | indirect");
        assertMentions("""
                Former Mayor Holm to Pilots: ‘The Pier Is Yours.’
                The mayor spoke at the quay on Monday.
                """,
                "Former Mayor Holm | ‘The Pier Is Yours.’ | : | direct");
        assertMentions("""
                Dr. Anna Holm: The Clinic Will Open on Sundays.
                The doctor spoke at the quay on Monday.
                """,
                "Dr. Anna Holm | The Clinic Will Open on Sundays | : | indirect");
    }

    @Test
    void aTitleTopicWithoutASpeakerOrWithALowerCaseSubtitleIsNoStatement() {
        assertMentions("On Ferries, Islanders Have a Point: The Fares Are Too High.\nThe board met on Monday.\n");
        assertMentions("Holm at the Harbour: a life on the quay.\nThe book was published in May.\n");
    }

    @Test
    void aTitleCaseLabelWithAPrepositionInsideIsAPhraseNotASpeaker() {
        assertMentions("Big Win For Holm: Pilots Back the Harbour Plan.\nThe pilots met on Monday.\n");
        assertMentions("Storm Over Pier: Board Delays the Vote.\nThe board met on Monday.\n");
        // A preposition closing the label is a verb's particle: the label still names its speaker.
        AnnotatedDocument doc = attribute("Holm Takes Over: Pier Must Stay Open.\nThe mayor spoke on Monday.\n");
        assertEquals(":", statement(doc, "Pier Must Stay Open").cue);
    }

    @Test
    void anAwardListsLabelsAreNoSpeakers() {
        assertMentions("""
                The school board named its staff awards on Monday.

                Support Staff Award: Tor Vik, custodian, North Fjord School

                Community Prize: Kari Nes, bus driver, Fjord Transit

                Ada Berg said she was stunned by the news.
                """,
                "Ada Berg | she was stunned by the news | said | indirect");
    }

    @Test
    void aListOfNamesAfterALabelIsNoTurn() {
        assertMentions("""
                The harbour board names its delegates.

                North Fjord: Ada Berg, Tor Vik, D.J. Lund, Ola Dahl and Per Holm.

                South Fjord: Kari Nes, Jon Li, Eva Strand.

                Ada Berg: We need a new pier before winter, and Tor Vik agrees.
                """,
                "Ada Berg | We need a new pier before winter, and Tor Vik agrees | : | indirect");
    }

    /** Round 49: a bench's roster with each judge's role in brackets is no turn either. */
    @Test
    void aListOfNamesWithRolesInBracketsIsNoTurn() {
        assertMentions("""
                HIGH COURT OF VARNA

                Judges: Justice Marr (Presiding), Justice Okafor, Justice Lind

                Members present: Ada Berg (Chair, Finance), Tor Vik, Ola Dahl (deputy).

                The Borough said in 2030 that rents would rise.
                """,
                "The Borough | rents would rise | said | indirect");
    }

    @Test
    void aQuestionersOutletOrAddresseeInBracketsIsALabelThatEndsTheAnswerBefore() {
        assertMentions("""
                Minister answers questions on the port reform

                Question: Will the port close?

                Trine Holm: The port stays open. We have found the money for the repairs.

                Per Lind (Brennvik Post): Will the fees for fishing boats rise?

                Trine Holm: Fees for small boats will stay where they are.

                Ada Berg (Harbour Radio): Minister, some captains complain that the pilot service is too slow.

                Trine Holm: I have heard those complaints.

                Question (to both ministers): Did you discuss the ferry?

                Trine Holm: We did, and the ferry will run all winter.

                Copper (3-month): $9,870/t -0.4%
                """,
                "Trine Holm | The port stays open. We have found the money for the repairs | : | indirect",
                "Trine Holm | Fees for small boats will stay where they are | : | indirect",
                "Ada Berg | Minister, some captains complain that the pilot service is too slow | : | indirect",
                "some captains | the pilot service is too slow | complain | indirect",
                "Trine Holm | I have heard those complaints | : | indirect",
                "Trine Holm | We did, and the ferry will run all winter | : | indirect");
        // A page whose last line is a label's words and nothing after them.
        assertMentions("Trine Holm: The port stays open.\n\nPer Lind Brennvik Post",
                "Trine Holm | The port stays open | : | indirect");
    }
    @Test
    void theTurnSpeakersOwnIOrWeInsideTheTurnIsNoSecondStatement() {
        // "We urge", "we said so", "I have noted": the turn's speaker speaking as himself; the mayor's words stay nested.
        assertMentions("""
                The harbour committee met on Monday.

                MS. BERG: The pier is safe and the ferries will run. We urge the board to reopen it before the summer, and we said so in March. I have noted the board's concerns. The mayor said on Friday that the quay would close.

                SEN. HOLM: Thank you.
                """,
                "MS. BERG | The pier is safe and the ferries will run. We urge the board to reopen it before the summer, "
                        + "and we said so in March. I have noted the board's concerns. The mayor said on Friday that the "
                        + "quay would close | : | indirect",
                "The mayor | the quay would close | said | indirect");
    }

    /** Round 48: "The plan calls that an efficiency. I call it a closure." inside a turn: the turn's words, no plan's. */
    @Test
    void aDocumentsNamingInsideATurnIsTheTurns() {
        assertMentions("""
                The harbour committee met on Monday.

                DR. OKO: I run the clinic on Pine Street. The plan calls that an efficiency. I call it a closure.

                SEN. HOLM: Thank you.
                """,
                "DR. OKO | I run the clinic on Pine Street. The plan calls that an efficiency. I call it a closure | : | indirect");
    }

    @Test
    void aModeratorsTurnsRunTheConferenceAndOnlyAThirdPersonItReportsIsAStatement() {
        // The welcome, the order of speaking, the closing notice: none; the chairman's words it reports stay.
        assertMentions("""
                Press conference of coach Ilja Varnes before the cup final

                MODERATOR (Petra Lunde, club press officer): Good evening, everyone. Ilja will open, and then the floor is yours.

                ILJA VARNES: The squad is fit. We will attack from the first minute.

                QUESTION (Ola Brandt, Kelm Post): Is the pitch ready?

                ILJA VARNES: It has never been better.

                MODERATOR: The club chairman, Sven Oddsen, said on Monday that the new stand will open in May. Next question.

                QUESTION (Ada Rist, Radio Nord): Will you stay next season?

                ILJA VARNES: I have a contract until 2036.

                MODERATOR: Thank you all. The squad trains at 10:00 tomorrow; the first quarter of an hour is open to cameras.
                """,
                "ILJA VARNES | The squad is fit. We will attack from the first minute | : | indirect",
                "ILJA VARNES | It has never been better | : | indirect",
                "The club chairman, Sven Oddsen | the new stand will open in May | said | indirect",
                "ILJA VARNES | I have a contract until 2036 | : | indirect");
    }

    /** Round 50: a decision's heading lines name its parties, bench and counsel; none is a turn ("Panel:", round 56). */
    @Test
    void aDecisionsHeadingLinesAreNoTurns() {
        assertEquals(List.of("he had driven for the same firm for ten years"), Pipeline.contents(Pipeline.extract("""
                LICENSING APPEALS TRIBUNAL OF KESTRA

                Between: CD (Appellant) and the Transport Licensing Office (Respondent)

                Before: Tribunal Member Ilona Varga (presiding), Tribunal Member Piet Olsen

                Panel: Chair Anouk Visser; Member Tomasz Wilde

                Representation: Ms. Rhoda Kern, counsel, for the Appellant; Mr. Ivo Stahl, Presenting Officer, for the Respondent

                1. CD told the Licensing Officer that he had driven for the same firm for ten years.
                """)));
    }

    /** Round 53: a header's "Decided: DATE" or "FOR IMMEDIATE RELEASE: DATE" line is a date, no turn of a speaker. */
    @Test
    void aLabelOverADateAloneIsNoTurn() {
        assertMentions("""
                Coastal Labour Board

                Member: Orla Finch
                Decided: March 4, 2036

                FOR IMMEDIATE RELEASE: May 2, 2036

                The guild says the board cut pilot rest hours.
                """,
                "The guild | the board cut pilot rest hours | says | indirect");
    }

    /**
     * Round 57: "Released: DATE, HH:MM" is a bulletin header's date with its hour, no turn; a label over a clock time's
     * news ("Updated: The pier is open again") still speaks only if its label does.
     */
    @Test
    void aLabelOverADateWithItsHourIsNoTurn() {
        assertMentions("""
                Veskarian Bureau of Labour Statistics

                Statistical bulletin: Employment, May 2038
                Released: 12 June 2038, 10:00
                Issued: June 12, 2038 at 9:30 a.m.

                Main points
                - Unemployment fell to 4.1%.

                The union says the bureau undercounts seasonal work.
                """,
                "The union | the bureau undercounts seasonal work | says | indirect");
    }

    /** A ruling's and a notice's heading lines name a citation, dates and a status: no speaker says them. */
    @Test
    void aRulingsAndANoticesHeadingLabelsAreNoSpeakers() {
        assertMentions("""
                COURT OF APPEAL FOR TESSALY

                Citation: Marrow v. The Queen, 2035 TSCA 41

                Date: 2035-03-02

                Heard: 2035-02-11

                Hearing: June 4 and 5, 2036, Orlinsk

                Issued: 4 May 2036
                Status: In force until further notice
                """);
    }

    /**
     * Round 58: a hearing summary's "Held:" line and a report's numbered title ("Third Report:", "Twenty-Second
     * Report:") are labels, no speakers; a headline's bare "Report:" stays.
     */
    @Test
    void aSummarysHeldLineAndAReportsNumberedTitleAreNoSpeakers() {
        assertMentions("""
                Borough of Lindqvist Bay

                Summary of Public Hearing: Rezoning of 12 Mill Lane

                Held: Thursday, 4 March 2041, 6:00 p.m., Town Hall Annex

                Third Report: Rural Broadband in the Northern Counties

                Twenty-Second Report: Ferry Fares and the Outer Islands
                """);
    }

    /** Round 61: a report named by its kind under its office ("Special Report: title", "Audit Report: title") is a title. */
    @Test
    void aReportNamedByItsKindIsATitleNoSpeaker() {
        assertMentions("""
                Office of the Auditor of the Province of Norrland

                Special Report: Wait times at the Harlow passport office

                Investigation Report: Delay in renewing a fishing licence for the Skarn Islands
                """);
    }

    /**
     * Round 54: a readout's heading ("Readout: X's call with Y") and a recorded vote's lines in minutes ("Opposed:
     * Councillors A and B") are labels, no speakers.
     */
    @Test
    void aReadoutHeadingAndAVotesLinesAreNoSpeakers() {
        assertMentions("""
                Office of the Chancellor of Vesna

                Readout: Chancellor Amaro Vey's call with Premier Tamsin Oduro of Kelland

                Chancellor Amaro Vey spoke today with Premier Tamsin Oduro. Vey said the crossing at Hallen would reopen.

                MOTION CARRIED
                In favour: Mayor Kell and Councillor Morven
                Opposed: Councillors Ruiz and Dahl
                Abstained: Councillor Pell
                """,
                "Vey | the crossing at Hallen would reopen | said | indirect");
    }

    @Test
    void aHeadlinesLabelOverAClauseWithItsOwnVerbOfSayingIsNoSpeaker() {
        assertMentions("""
                Moravel: Rights panel condemns arrests of journalists

                The panel met in Geneva on Tuesday.
                """,
                "Rights panel | arrests of journalists | condemns | indirect");
        assertMentions("""
                Holm: The pier will reopen in May

                The harbour master spoke on Tuesday.
                """,
                "Holm | The pier will reopen in May | : | indirect");
    }

    /** Issue 9, round 57: a report's title line names the body it is about and a nominalised topic, no words of the body's. */
    @Test
    void aReportsTitleLineOverANominalisedTopicIsNoTurn() {
        assertMentions("""
                Office of the Ombudsperson of Tarrow

                Investigation Report P41-07

                Kestrel Water Board: disclosure of customer meter data

                June 3, 2041

                The Board said it had a contract with the vendor.
                """,
                "The Board | it had a contract with the vendor | said | indirect");
        assertMentions("""
                Ferry Union: end of strike in sight

                The union met on Tuesday.
                """,
                "Ferry Union | end of strike in sight | : | indirect");
    }

    /**
     * Issue 9, round 60: an unlabelled paragraph that ends asking, between two turns of the same speaker, is a question
     * put to them: its premise ("Your own union said that A") is the union's, no part of the answer before it. A
     * speaker's own second paragraph before another's label stays theirs.
     */
    @Test
    void aQuestionParagraphBetweenTwoTurnsOfOneSpeakerIsNoPartOfTheFirst() {
        AnnotatedDocument doc = extract("""
                Transcript: News conference on the Quayside thefts

                Superintendent Imke Dravenholt: Officers arrested two men this morning. Both will appear in court tomorrow.

                Your own union said last week that the squad is short nine constables. Did that matter?

                Superintendent Dravenholt: The union is right that we are short, and we are recruiting.

                We have hired four constables since May, and four more start in the autumn.

                Reporter: Will there be more arrests?
                """);

        assertEquals(List.of("Imke Dravenholt | Officers arrested two men this morning. Both will appear in court tomorrow | : | indirect",
                "Your own union | the squad is short nine constables | said | indirect",
                "Imke Dravenholt | The union is right that we are short, and we are recruiting.\n\nWe have hired four constables since May, and four more start in the autumn | : | indirect"),
                statements(doc));
    }

    /** Round 60: minutes' signature lines ("Chair: ______  Secretary: ______") are blanks to sign on, no turn. */
    @Test
    void aSignatureLineIsNoTurn() {
        AnnotatedDocument doc = extract("""
                Minutes of the Riverside Library Board

                The Chair noted that the roof was repaired in May.

                Chair: ____________________    Recording Secretary: ____________________
                """);
        assertEquals(List.of("The Chair | the roof was repaired in May | noted | indirect"), mentions(doc));
    }
}
