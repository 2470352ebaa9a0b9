package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A briefing's or meeting's transcript: who answers, which turns say nothing, whose premise a question reports. */
class BriefingTurnsTest {

    @Test
    void theSpokesmanWhoseTurnOpensTheBriefingAnswersNotTheGuestHeAnnounces() {
        AnnotatedDocument doc = extract("""
                Ministry of Harbours of Vellmark

                Briefing by Spokesman Oskar Brandeis, Kelm, 3 May 2027

                Oskar Brandeis: Good afternoon. On Thursday the Minister will receive the Chair of the Ferry Board, Lise \
                Amundrud. The Minister and Ms Amundrud will discuss the winter timetable. Ms Amundrud will also visit the docks.

                Question: Will the ferry fares rise?

                Answer: We have no such plans. The fares stay as they are.
                """);

        assertEquals("Oskar Brandeis | We have no such plans. The fares stay as they are | : | indirect",
                statements(doc).get(1));
    }

    /** The heading names the opener without a title; his double surname is compared by its words. */
    @Test
    void aSpokesmanWithADoubleSurnameAnswersNotTheGuestHeAnnounces() {
        AnnotatedDocument doc = extract("""
                Ministry of Harbours of Vellmark

                Weekly briefing of Anton Brandeis-Moll

                Anton Brandeis-Moll: Good afternoon. The Minister will receive the Chair of the Ferry Board, Lise \
                Amundrud-Falk, on Thursday. Ms Amundrud-Falk will visit the docks.
                """ + "\nQuestion: Will the ferry fares rise?\n\nAnswer: We have no such plans.\n");

        assertEquals("Anton Brandeis-Moll | We have no such plans | : | indirect", statements(doc).get(1));
    }

    @Test
    void theSpokesmanTheHeadingNamesAnswersAfterTheGuestWhoSpeaksFirst() {
        AnnotatedDocument doc = extract("""
                Ministry of Harbours of Vellmark

                Briefing by Spokesman Anton Brandeis

                Kelm, 3 May 2027

                Minister Lise Amundrud: Good afternoon. I have come to present the winter timetable. The ferries will run \
                every hour. Minister Amundrud thanks the crews.

                Question: Will the ferry fares rise?

                Answer: We have no such plans.
                """);

        assertEquals(List.of("Lise Amundrud | Good afternoon. I have come to present the winter timetable. The ferries will "
                + "run every hour. Minister Amundrud thanks the crews | : | indirect",
                "Anton Brandeis | We have no such plans | : | indirect"), statements(doc));
    }

    @Test
    void withoutAHeadingNamingTheOpenerTheAnswersGoToWhomTheIntroductionIsAbout() {
        AnnotatedDocument doc = extract("""
                Harbour radio

                Jon Tessel: Welcome. Our guest is the Chair of the Ferry Board, Lise Amundrud. Lise Amundrud has run the \
                board since 2019, and Ms Amundrud has a plan for the winter.

                Question: Will the ferry fares rise?

                Answer: We have no such plans.
                """);

        assertEquals("Lise Amundrud | We have no such plans | : | indirect", statements(doc).get(1));
    }

    @Test
    void aChairMovingTheMeetingOnToItsNextTopicSaysNothing() {
        AnnotatedDocument doc = extract("""
                Council of Vellmark, session of 4 May

                PRESIDENT: Good. Now about the schools.

                MINISTER HALVIK: The schools will open on time.

                President Ilse Varn: Fine. Next, the fishermen.

                Minister Per Oddvar: Now the fishermen are paid in full.

                President Ilse Varn: Thank you. Now the harbour.
                """);

        assertEquals(List.of("HALVIK | The schools will open on time | : | indirect",
                "Per Oddvar | Now the fishermen are paid in full | : | indirect"), statements(doc));
    }

    @Test
    void aChairHandingTheFloorOnOrGivingTheOrderOfSpeakingSaysNothing() {
        AnnotatedDocument doc = extract("""
                Press conference on the harbour plan

                Orla Fenwick: Welcome, everyone. The Minister will speak first, then we will take questions.

                Aldous Penhallow: The harbour plan will cost 40 million and the work starts in June.

                Orla Fenwick: Thank you. Questions, please.

                Governor Sandvik: Thank you. Harbour master, you're next.

                Ilse Brand: The channel will be closed for six weeks.

                Governor Sandvik: That is too late. Move it to Friday.

                Governor Sandvik: Brand, the dredging.

                Governor Sandvik: Yes, the dredging is late and the mayors know it.

                Ilse Brand: The slides show that the channel is too shallow.

                Orla Fenwick: The slides from today will be on the ministry's website this afternoon. Thank you all for coming.
                """);

        assertEquals(List.of("Aldous Penhallow | The harbour plan will cost 40 million and the work starts in June | : | indirect",
                "Ilse Brand | The channel will be closed for six weeks | : | indirect",
                "Sandvik | That is too late. Move it to Friday | : | indirect",
                "Sandvik | Yes, the dredging is late and the mayors know it | : | indirect",
                "Ilse Brand | The slides show that the channel is too shallow | : | indirect"), statements(doc));
    }

    @Test
    void aChairsThanksThenMoveOrClosingSaysNothingButItsNewsDoes() {
        AnnotatedDocument doc = extract("""
                Water board briefing, 9 October

                CHAIR: Thanks, Engineer. Now, questions from the press.

                ENGINEER TOLLAND: The reservoir is at sixty percent.

                CHAIR: Thank you. Now the pumps.

                ENGINEER TOLLAND: Two pumps are down.

                CHAIR: That is all for this morning; we reconvene at three.

                CHAIR: That's all we know about the pumps so far.
                """);

        // Round 50: "engineer" is a role, so the label's speaker is the name after it, as "MAYOR TOLLAND:" gives TOLLAND.
        assertEquals(List.of("TOLLAND | The reservoir is at sixty percent | : | indirect",
                "TOLLAND | Two pumps are down | : | indirect",
                "CHAIR | That's all we know about the pumps so far | : | indirect"), statements(doc));
    }

    /** A closing turn that names the next meeting says nothing; one that names whom the board meets and why does. */
    @Test
    void aClosingTurnThatNamesTheNextMeetingSaysNothing() {
        AnnotatedDocument doc = extract("""
                Town council of Brisvik, sitting of 2 June

                COUNCILLOR AMSEL: The ferry timetable will change in July.

                CHAIR: Thank you. That is all for this evening. We meet again on Monday.

                CHAIR: That's all for today. We meet the unions and the contractors next month to settle the dispute.
                """);

        assertEquals(List.of("COUNCILLOR AMSEL | The ferry timetable will change in July | : | indirect",
                "CHAIR | That's all for today. We meet the unions and the contractors next month to settle the dispute | : | indirect"),
                statements(doc));
    }

    /**
     * Issue 9, round 55: a last turn that refuses to tell, thanks on condition that no one asks more, or says when the
     * next briefing is, says nothing; a refusal with a that-clause and a next briefing that "will be decisive" say
     * something.
     */
    @Test
    void aClosingTurnOfRefusalThanksAndTheNextBriefingSaysNothing() {
        AnnotatedDocument doc = extract("""
                Ministry of Transport - press briefing, 12 June 2039

                Speakers: Petra Lindahl-Mensah, spokesperson; Arvo Kesk, head of the roads agency.

                LINDAHL-MENSAH: Good morning. The new tunnel opens in July.

                QUESTION: Did the agency object to the tolls?

                KESK: I am not going to tell you what was said in the board. Thank you very much.

                QUESTION: Will the ferry stay free?

                KESK: I won't comment on the ferry. I will not tell you that we are happy with the tolls.

                LINDAHL-MENSAH: The next meeting with the hauliers will be decisive. Thank you.

                LINDAHL-MENSAH: If there are no more questions, thank you all. The next briefing will be on 19 June.
                """);

        assertEquals(List.of("Petra Lindahl-Mensah | Good morning. The new tunnel opens in July | : | indirect",
                "Arvo Kesk | I won't comment on the ferry. I will not tell you that we are happy with the tolls | : | indirect",
                "Petra Lindahl-Mensah | The next meeting with the hauliers will be decisive. Thank you | : | indirect"),
                statements(doc));
    }

    /**
     * Round 60 (older): a closing "Thank you." before the next briefing's hour ("is tomorrow at 11:00") or before it
     * "will take place on 11 March" says nothing, as "will be on 19 June" did.
     */
    @Test
    void aNextBriefingTomorrowAtAnHourOrTakingPlaceOnADaySaysNothing() {
        String briefing = """
                Briefing by the Ministry of Fisheries spokesperson Ingvild Sarakatsanis-Boe, 4 March 2038

                Ingvild Sarakatsanis-Boe: Good afternoon. The ministry has extended the cod quota talks by one week.

                Question: Will the fleet be compensated?

                Answer: The ministry will present a compensation plan on Friday.

                Ingvild Sarakatsanis-Boe: Thank you. The next briefing is tomorrow at 11:00.
                """;
        List<String> said = List.of(
                "Ingvild Sarakatsanis-Boe | Good afternoon. The ministry has extended the cod quota talks by one week | : | indirect",
                "Ingvild Sarakatsanis-Boe | The ministry will present a compensation plan on Friday | : | indirect");
        assertEquals(said, statements(extract(briefing)));
        assertEquals(said, statements(extract(briefing.replace("is tomorrow at 11:00", "will take place on 11 March"))));
    }

    /** "A follow-up.", "One more question." before a question only announce it; a premise the questioner asserts stays. */
    @Test
    void aQuestionersOpenerThatAnnouncesTheQuestionSaysNothing() {
        AnnotatedDocument doc = extract("""
                Regular briefing of the Foreign Ministry of Karvenia

                Spokesperson Mirela Osk: We have not summoned the envoy.

                Lendor Harbour Daily: A follow-up. Will the ministry summon him?

                Spokesperson Mirela Osk: We have not decided.

                Lendor Harbour Daily: One more question. Is the border open?

                Lendor Harbour Daily: A clarification. The envoy left on Friday. Why?
                """);

        assertEquals(List.of("Mirela Osk | We have not summoned the envoy | : | indirect",
                "Mirela Osk | We have not decided | : | indirect",
                "Lendor Harbour Daily | A clarification. The envoy left on Friday | : | indirect"), statements(doc));
    }

    /** A student's own telling after a premise that reports the town hall is the student's; the premise is the town's. */
    @Test
    void whatTheQuestionerTellsAfterAReportedPremiseIsTheQuestioners() {
        AnnotatedDocument doc = extract("""
                Meeting of the Minister of Education with students of Tarvik University

                Ines Holm: Minister, welcome. Let us begin. Jonas, please.

                Jonas, Faculty of Arts: My question is about buses. The town hall has said that it will cut the night \
                line in June. I work in a bakery until midnight. Will the ministry help?

                Minister Ola Brandt: We will talk to the town hall.
                """);

        List<String> found = statements(doc);
        assertEquals(true, found.contains("Jonas | I work in a bakery until midnight | : | indirect"), found.toString());
        assertEquals(true, found.stream().noneMatch(f -> f.contains("My question is about buses")), found.toString());
    }

    /**
     * A member's assertions before a premise reporting another are the member's; so is what the member was told
     * ("tell me"); whom the question goes to and the question are none.
     */
    @Test
    void whatAMemberTellsBeforeTheQuestionsPremisesIsTheMembers() {
        AnnotatedDocument doc = extract("""
                LEGISLATIVE ASSEMBLY OF NORRLAND

                ORAL QUESTIONS

                Mr. Omar Valdez (Pine Ridge): My question is for the Minister of Education. Forty portables at Ridge \
                Elementary have no air conditioning, and last June classes were sent home twice. The teachers' \
                federation says the portables are unsafe. Minister, will they be replaced?

                Hon. Petra Lund (Minister of Education): Thank you, Speaker. The portables will be replaced by 2037.

                Ms. Ada Corrigan (Elm Hollow): Thank you, Speaker. Bus drivers in my riding tell me they have stopped \
                taking the ferry road. My question is to the Premier: will the road be rebuilt?
                """);

        List<String> found = statements(doc);
        assertEquals(true, found.contains("Omar Valdez | Forty portables at Ridge Elementary have no air conditioning, and "
                + "last June classes were sent home twice | : | indirect"), found.toString());
        assertEquals(true, found.contains("The teachers' federation | the portables are unsafe | says | indirect"), found.toString());
        assertEquals(true, found.stream().anyMatch(f -> f.startsWith("Ada Corrigan | ") && f.contains("Bus drivers in my riding tell me")
                && !f.contains("Premier")), found.toString());
        assertEquals(true, found.stream().noneMatch(f -> f.contains("My question is for")), found.toString());
    }

    /** A sentence turning to the question's topic before its premise asserts nothing: no statement of the questioner. */
    @Test
    void aQuestionersTurnToATopicBeforeThePremiseIsNone() {
        AnnotatedDocument doc = extract("""
                SENATE COMMITTEE ON PORTS

                SEN. HOLLIS: I want to go back to the tolls. Your filing with the ports board asks drivers to pay for \
                the new gates. Why should they?

                MS. ARVID: The gates serve them.

                SEN. HOLLIS: One last thing, Ms. Arvid. Some of your own engineers say the gates will jam. Will they?

                MS. ARVID: No.
                """);
        List<String> found = statements(doc);
        assertEquals(true, found.stream().noneMatch(f -> f.contains("go back to the tolls") || f.contains("One last thing")),
                found.toString());
    }

    @Test
    void aQuestionsPremiseQuotingSomeoneInThePressIsTheirsNotTheQuestionLabels() {
        AnnotatedDocument doc = extract("""
                Briefing by Spokesman Oskar Brandeis

                Question: Minister Ebba Strand was quoted in the Kelm Courier as saying that the talks could stall. Is that so?

                Answer: I would not comment on press reports.
                """);

        assertEquals("Ebba Strand | the talks could stall | saying | indirect", statements(doc).get(0));
    }

    @Test
    void aQuestionWithItsOutletInBracketsReportsTheMinisterNotTheLabel() {
        AnnotatedDocument doc = extract("""
                Briefing by Spokesman Anton Brandeis

                Question (Kelm Radio): Minister Ebba Strand-Holloway is quoted in today's Kelm Courier as saying that the \
                talks could stall. Is that so?

                Answer: I would not comment on press reports.
                """);

        assertEquals("Ebba Strand-Holloway | the talks could stall | saying | indirect", statements(doc).get(0));
    }

    private static final String COMMENT = """
            Press release

            On consultations between the Ministries of Harbours of Vellmark and Tarnland

            On 4 May, Deputy Minister of Harbours of Vellmark Anton Brandeis held consultations in Kelm with Deputy \
            Minister of Harbours of Tarnland Lise Amundrud. Lise Amundrud confirmed Tarnland's interest in a ferry line.

            Comment by the Official Representative of the Ministry of Harbours of Vellmark Ebba Strand-Holloway in \
            connection with a media question regarding the closure of the Kelm pier to the ferries of Tarnland's state company

            Question: How would you comment on the closure of the Kelm pier to Tarnish ferries?

            Answer: We regret that this step was needed.

            The facts are as follows. The pier was damaged in the March storm and has not been repaired since.

            We are ready to reopen it to every ferry as soon as the repairs are finished in the autumn.
            """;

    /** A press release's comment: the one its heading names answers, at length, over the paragraphs that end it. */
    @Test
    void aCommentsAnswerIsTheRepresentativesAndRunsToTheEnd() {
        assertEquals("Ebba Strand-Holloway | We regret that this step was needed.\n\nThe facts are as follows. The pier was "
                + "damaged in the March storm and has not been repaired since.\n\nWe are ready to reopen it to every ferry as "
                + "soon as the repairs are finished in the autumn | : | indirect", statements(extract(COMMENT)).get(1));
    }

    /** A sign-off after the last answer, or the writer's lines about the one answered, is no part of it. */
    @Test
    void theLastAnswerStopsBeforeASignOffOrTheWritersClose() {
        assertEquals("Ebba Strand-Holloway | We regret that this step was needed | : | indirect",
                statements(extract(COMMENT.replaceFirst("(?s)\n\nThe facts.*", "\n\nThank you, that is all for today.\n")))
                        .get(1));
        assertEquals("Ebba Strand-Holloway | We regret that this step was needed | : | indirect",
                statements(extract(COMMENT.replace("We are ready to reopen it", "Strand-Holloway, 52, has said the same of")))
                        .get(1));
    }

    /**
     * Round 46 (set AM's A1): a title-case heading "Spokesperson X's ... Press Briefing" hides the name from the name
     * index; its text still names the opener, who answers, not the minister whose visit the opening turn announces. A
     * heading whose name runs on ("Vinterberg's") names someone else, and the answers go to whom the opening is about.
     */
    @Test
    void theOpenerAPossessiveHeadingNamesAnswersNotTheVisitorHeAnnounces() {
        String briefing = """
                Interior Office Spokesperson Oskar Vinter's Weekly Press Briefing on 2 March 2031

                Oskar Vinter: Good morning. At the invitation of Interior Minister Aldo Fenn, the Interior Minister of \
                Kessland, Lidia Brauer, will be in the capital on Friday. The two ministers will talk about river traffic.

                Question: Radio Ost. Will they discuss border checks?

                Answer: Border checks are on the agenda, and we expect progress.
                """;
        assertEquals("Oskar Vinter | Border checks are on the agenda, and we expect progress | : | indirect",
                statements(extract(briefing)).get(2));
        assertEquals("Lidia Brauer | Border checks are on the agenda, and we expect progress | : | indirect",
                statements(extract(briefing.replace("Vinter's", "Vinterberg's"))).get(2));
    }

    /**
     * Round 51: a spokesman's opening turn that greets, announces its items and takes them one paragraph each ("First,
     * ...", "Second, ..."; the last item in no "we") is one statement to the end of its last item; the hand-over
     * paragraph after it ("That is all from me. Over to you.") is no part of it.
     */
    @Test
    void anOpeningTurnOverTheItemsItAnnouncesIsOneStatementUpToTheHandOver() {
        AnnotatedDocument doc = extract("""
                Ministry of Harbours of Vellmark

                Weekly press briefing by the Ministry's spokeswoman, Mirela Dunst

                DUNST: Good morning. Three things from me today.

                First, the ferries. Since the new timetable began on 2 June, our boats have carried 90,000 passengers.

                Second, the pilots. We have hired eleven new harbour pilots, and four more start in August.

                Third, the dredging at Kelm. The dredgers finished the outer channel on Friday, two weeks early.

                That is all from me. Over to you.

                QUESTION (Kelm Radio): Will the fares rise?

                DUNST: No. The fares stay as they are until next spring, and the Minister has said so in writing.
                """);

        assertEquals("Mirela Dunst | Good morning. Three things from me today.\n\nFirst, the ferries. Since the new timetable began on "
                + "2 June, our boats have carried 90,000 passengers.\n\nSecond, the pilots. We have hired eleven new harbour "
                + "pilots, and four more start in August.\n\nThird, the dredging at Kelm. The dredgers finished the "
                + "outer channel on Friday, two weeks early | : | indirect", statements(doc).get(0));
    }

    /**
     * Round 52: the person a transcript's "Speakers:" list marks "(moderator)" runs the briefing, and the turns under
     * that surname say nothing, as "MODERATOR:" turns do; the list itself is furniture. A questioner's premise "A man on
     * X Street told us" is the man's.
     */
    @Test
    void theModeratorTheListOfSpeakersMarksSaysNothing() {
        AnnotatedDocument doc = extract("""
                CITY OF MARLOW
                TRANSCRIPT: Media briefing on the water main break

                Speakers: Ruth Okonkwo, City Engineer; Pavel Dressler, Fire Chief; Ines Maas, Communications Office (moderator)

                MAAS: Good afternoon. Engineer Okonkwo will start, then Chief Dressler, and then we'll take questions. Engineer.

                OKONKWO: The main under Carver Street split at four this morning. Crews had the water off by six.

                MAAS: Questions. Go ahead, Lena.

                Q: Lena Fisk, Marlow Daily. A man on Carver Street told us his basement filled to the ceiling. When will the street reopen?

                OKONKWO: Friday at the earliest.

                MAAS: Last question.

                Q: Chief, were any homes flooded?

                DRESSLER: Three basements on Carver Street took water. No one was hurt.

                MAAS: Thank you, everyone. We'll have another update tomorrow at ten.
                """);

        assertEquals(List.of("Ruth Okonkwo | The main under Carver Street split at four this morning. Crews had the water off by six | : | indirect",
                "A man | his basement filled to the ceiling | told | indirect",
                "Ruth Okonkwo | Friday at the earliest | : | indirect",
                "Pavel Dressler | Three basements on Carver Street took water. No one was hurt | : | indirect"), statements(doc));
    }

    /** A premise put to "you" is the statement of whoever answers the question; the question asks nothing of anyone else. */
    @Test
    void aPremisePutToYouIsTheAnswerersStatement() {
        AnnotatedDocument doc = extract("""
                Transcript of a media briefing by the Minister of Harbours, Oskar Brandvik, in Tellmark on 4 May.

                MINISTER BRANDVIK: Good morning. From June, the island ferries will carry children free of charge.

                Q (Hanne Sollid, Coast Post): Minister, in 2031 you told the council that the old ferries would be \
                replaced within three years. Was that promise broken?

                MINISTER BRANDVIK: The promise was for the northern route.

                Q (Arvid Moe, Tellmark Radio): Minister, you said in April that fares would not rise this year. Is that true?

                MINISTER BRANDVIK: Fares will not rise this year.
                """);

        List<String> all = statements(doc);
        assertEquals("Oskar Brandvik | the old ferries would be replaced within three years | told | indirect", all.get(1));
        assertEquals("Oskar Brandvik | fares would not rise this year | said | indirect", all.get(3));
        assertEquals("you | fares would not rise this year | said | indirect", Pipeline.mentions(doc).get(3));
        assertEquals(5, all.size());
    }

    /**
     * Round 59: the premise's clause may come without "that" after any subject a bare clause opens with ("there would
     * be"), not only an article's; "you said, Minister" is no clause.
     */
    @Test
    void aPremiseWithoutThatOpeningWithThereIsTheAnswerersStatement() {
        AnnotatedDocument doc = extract("""
                Transcript of a media briefing by the Minister of Bridges, Ilse Varga-Dunn, in Kelmport on 9 May.

                MINISTER VARGA-DUNN: Good morning. The Kelm bridge will close for repairs in June.

                Q (Piet Lund, Kelm Radio): Minister, in March you said there would be no new toll. There is a new toll. Why?

                MINISTER VARGA-DUNN: Because the bridge is falling down.
                """);

        List<String> all = statements(doc);
        assertEquals("Ilse Varga-Dunn | there would be no new toll | said | indirect", all.get(1));
        assertEquals(3, all.size());
    }

    /**
     * Round 59: a hand-over with its reason after a comma ("..., since it was his plan") hands the question on and says
     * nothing; one with an aside before "to answer that" still does; "could not answer that, since ..." reports.
     */
    @Test
    void aHandOverWithItsReasonSaysNothing() {
        AnnotatedDocument doc = extract("""
                Transcript: Joint press conference of Chancellor Ilse Varga-Dunn and President Oren Malik-Sato after the \
                Harbour Summit

                Chancellor: Good afternoon. We agreed on the bridge.

                Question (Piet Lund, Kelm Radio): A follow-up for the Chancellor. Will the toll rise?

                Chancellor: I'll ask the President to answer that, since it was his plan.

                President Malik-Sato: The toll will stay as it is.

                Question (Ana Holm, Kelm Post): Chancellor, will the ferries run?

                Chancellor: I will ask the President, as the owner of the ferries, to answer that.

                Question (Ana Holm, Kelm Post): Chancellor, will the trams run?

                Chancellor: The President could not answer that, since the depot was closed.
                """);

        assertEquals(List.of("Ilse Varga-Dunn | Good afternoon. We agreed on the bridge | : | indirect",
                "Oren Malik-Sato | The toll will stay as it is | : | indirect",
                "Ilse Varga-Dunn | The President could not answer that, since the depot was closed | : | indirect"), statements(doc));
    }

    /** Outside a question turn, and without a vocative before it, "you said that" is no one's statement here. */
    @Test
    void youSaidOutsideAQuestionIsNoPremise() {
        AnnotatedDocument doc = extract("""
                Letters to the editor

                Last week you said that the harbour bridge would close in May. Readers in Tellmark disagree.
                """);

        assertEquals(List.of(), statements(doc));
    }

    /**
     * Round 53: a participants line's own "Moderator: NAME, Office." marks the moderator as "(moderator)" does, and that
     * person's turns say nothing; "I'll ask Chief X to answer that." hands the question on and says nothing either.
     */
    @Test
    void theModeratorAParticipantsLineLabelsSaysNothing() {
        AnnotatedDocument doc = extract("""
                Transcript: Flood briefing

                Participants: Mayor Tobias Renner; Fire Chief Hal Brodeur. Moderator: Ines Varga, Director of Communications.

                INES VARGA: Good afternoon. We'll hear from the Mayor first.

                MAYOR RENNER: The river crested at noon and the dikes held.

                QUESTION (Li Wen, Valley Post): Has anyone been hurt?

                MAYOR RENNER: I'll ask Chief Brodeur to answer that.

                CHIEF BRODEUR: Two people were treated for hypothermia.

                INES VARGA: Thank you all. The next update is at 6 p.m.
                """);

        assertEquals(List.of("Tobias Renner | The river crested at noon and the dikes held | : | indirect",
                "Hal Brodeur | Two people were treated for hypothermia | : | indirect"), statements(doc));
    }

    /** Round 61: "[Inaudible]" parts an answer as "(laughter)" does; the apology in dashes after it says nothing. */
    @Test
    void anInaudibleNoteInSquareBracketsPartsAnAnswer() {
        AnnotatedDocument doc = extract("""
                Ministry of Harbours of Vellmark

                Briefing by Spokesman Oskar Brandeis

                Question: Will the ferry fares rise?

                Oskar Brandeis: Not this winter. [Inaudible] — forgive me — I said the fares stay frozen until the spring.
                """);

        assertEquals(List.of(
                "Oskar Brandeis | Not this winter | : | indirect",
                "Oskar Brandeis | I said the fares stay frozen until the spring | : | indirect"), statements(doc));
    }

    /** "(laughter)" between two sentences of an answer parts it in two; a question handed on says nothing. */
    @Test
    void aStageNoteInsideAnAnswerPartsItAndAQuestionHandedOnIsNone() {
        AnnotatedDocument doc = extract("""
                Ministry of Harbours of Vellmark

                Briefing by Spokesman Oskar Brandeis

                Question: Will the ferry fares rise?

                Oskar Brandeis: That is decided upstairs. (laughter) Upstairs meaning the board, which meets in June.

                Question: And the night ferry?

                Oskar Brandeis: I will leave that question to the harbour master.
                """);

        assertEquals(List.of(
                "Oskar Brandeis | That is decided upstairs | : | indirect",
                "Oskar Brandeis | Upstairs meaning the board, which meets in June | : | indirect"), statements(doc));
    }

    /**
     * A committee member's turn, labelled with the seat, that addresses a witness and ends asking puts its "you said ...
     * that" premise to the witness who answers, not to the one who spoke before.
     */
    @Test
    void aMembersPremisePutToAWitnessIsTheWitnesssStatement() {
        AnnotatedDocument doc = extract("""
                Standing Committee on Harbours

                Witnesses: Ilse Varga, Harbour Master; Dr. Nils Oberg, Ferry Safety Officer

                Ms. Ilse Varga (Harbour Master): Thank you, Chair. The ferry has missed a third of its sailings since June.

                Ms. Quarrie Dunmore (Eastdale): Dr. Oberg, you said in your annual report that the safety fund was empty. \
                Is that still so?

                Dr. Nils Oberg: No. The fund was topped up in May.

                Mr. Aron Fell (Westport): I have sailed on that ferry every week since 2030. Ms. Varga, you said the ramps \
                would be mended by June. Are they?

                Ms. Ilse Varga: Two of the three are.
                """);

        assertEquals(List.of("Ilse Varga | Thank you, Chair. The ferry has missed a third of its sailings since June | : | indirect",
                "Nils Oberg | the safety fund was empty | said | indirect",
                "Nils Oberg | No. The fund was topped up in May | : | indirect",
                "Aron Fell | I have sailed on that ferry every week since 2030 | : | indirect",
                "Ilse Varga | the ramps would be mended by June | said | indirect",
                "Ilse Varga | Two of the three are | : | indirect"), statements(doc));
    }

    /**
     * An answer that ends by handing the floor to a colleague by name ("Ilse, could you say something about ...?") stays
     * its speaker's, though a sentence before the hand-over tells what a thing "does not tell us"; a question to a
     * colleague that asks ("Ilse, do you accept ...?") is no hand-over.
     */
    @Test
    void anAnswerEndingInAHandOverToAColleagueIsTheSpeakersStatement() {
        AnnotatedDocument doc = extract("""
                Transcript of a media briefing by the Water Authority on the Kell pipeline, 4 May.

                DIRECTOR MARNE: Good morning. The pipeline burst on Sunday night near Kell.

                QUESTION (Vell Courier): The operator says the pipe was tested in March. How did it fail?

                DIRECTOR MARNE: I have seen the operator's report. A test in March does not tell us why a joint failed \
                in May. Our inspectors will find that out. Ilse, could you say something about the repair schedule?

                ILSE BRANDT: Crews will start on Tuesday.
                """);

        assertEquals(List.of("DIRECTOR MARNE | Good morning. The pipeline burst on Sunday night near Kell | : | indirect",
                "The operator | the pipe was tested in March | says | indirect",
                "DIRECTOR MARNE | I have seen the operator's report. A test in March does not tell us why a joint failed in May. Our inspectors will find that out | : | indirect",
                "ILSE BRANDT | Crews will start on Tuesday | : | indirect"), statements(doc));
    }

    /**
     * Round 56: a question's topic as a noun after its article ("Madam Governor, the harbour.") and an announcement with a
     * courtesy after it ("A follow-up, if I may.") say nothing before the question; the premise after the topic stays.
     */
    @Test
    void aTopicNounAndAnAnnouncementWithACourtesyBeforeTheQuestionSayNothing() {
        AnnotatedDocument doc = extract("""
                Transcript: Governor Ilka Varro-Stein's press conference with regional reporters

                THE GOVERNOR: Good afternoon. The harbour toll will stay at its present level.

                QUESTION (Tove Aasen, Kystavisen): Madam Governor, the harbour. The port council's chair told our paper on Friday that the \
                quay was unsafe. What is your answer?

                THE GOVERNOR: No. The quay was inspected in March.

                QUESTION (Tove Aasen, Kystavisen): A follow-up, if I may. Who inspected it?

                THE GOVERNOR: The state engineers did.
                """);

        assertEquals(List.of("Ilka Varro-Stein | Good afternoon. The harbour toll will stay at its present level | : | indirect",
                "The port council's chair | the quay was unsafe | told | indirect",
                "Ilka Varro-Stein | No. The quay was inspected in March | : | indirect",
                "Ilka Varro-Stein | The state engineers did | : | indirect"), statements(doc));
    }

    /**
     * Round 56: "I will not go into the talks." refuses as "I will not comment on" does, and "(laughter) Ask me in 2041."
     * puts the question off; with thanks after them ("and enjoy Velde" a parting courtesy) the turn says nothing.
     */
    @Test
    void aTurnThatGoesIntoNothingOrPutsTheQuestionOffSaysNothing() {
        AnnotatedDocument doc = extract("""
                Transcript: Governor Ilka Varro-Stein's press conference with regional reporters

                THE GOVERNOR: Good afternoon. The harbour toll will stay at its present level.

                QUESTION (Tove Aasen, Kystavisen): Did the mayors object?

                THE GOVERNOR: I will not go into what the mayors said. Thank you very much.

                QUESTION (Per Lunde, Radio Velde): Will you stand again in 2042?

                THE GOVERNOR: (laughter) Ask me in 2041. Thank you all for coming, and enjoy Velde.
                """);

        assertEquals(List.of("Ilka Varro-Stein | Good afternoon. The harbour toll will stay at its present level | : | indirect"),
                statements(doc));
    }

    /**
     * Round 57: "I will not answer hypothetical questions." and "I won't answer that question." refuse as "I will not
     * comment on" does; the kind of question named says nothing of the topic. "I will not answer questions about the
     * harbour" is left as it was.
     */
    @Test
    void aRefusalThatNamesOnlyTheKindOfQuestionSaysNothing() {
        AnnotatedDocument doc = extract("""
                Ministry of Trade of Veskaria
                Briefing by Spokesperson Tomas Lindgaard-Ofori

                Tomas Lindgaard-Ofori: Good morning. The Minister will travel to Arlen on Monday for talks on grain exports.

                Question: Arlen Post. Will the Minister sign the grain deal there?

                Answer: I will not answer hypothetical questions.

                Question: Radio Veska. Will the tariffs rise?

                Answer: I won't answer that question.

                Question: Radio Veska. And the quotas?

                Answer: The quotas will stay as they are until 2040, and exporters have been told.
                """);

        assertEquals(List.of(
                "Tomas Lindgaard-Ofori | Good morning. The Minister will travel to Arlen on Monday for talks on grain exports | : | indirect",
                "Tomas Lindgaard-Ofori | The quotas will stay as they are until 2040, and exporters have been told | : | indirect"),
                statements(doc));
    }
    /**
     * A daily briefing's lead-in names its spokesman over numbered points and the questions: he answers them, not the
     * foreign minister a point names last.
     */
    @Test
    void theSpokesmanWhoseLeadInReportsThePointsAnswersTheQuestions() {
        AnnotatedDocument doc = extract("""
                Ministry of Coasts of Dernland

                Daily briefing, 4 March 2043, 10:00

                The Ministry's official spokeswoman, Captain Ines Varga-Holt, reported:

                1. Patrol boats escorted 12 fishing vessels out of the Sellin estuary overnight.

                2. The Minister of Coasts, Admiral Otto Brenner-Kamau, spoke by telephone with the Coasts Minister of \
                Tarnia, Lasse Quist-Obeng. The Minister told his counterpart that the estuary would reopen on Monday.

                Question (Mira Solberg, Dern Radio): Will the ferries run this week?

                Answer: They will run from Thursday. The harbour master has approved the timetable.
                """);

        assertEquals("Ines Varga-Holt | They will run from Thursday. The harbour master has approved the timetable | : | indirect",
                statements(doc).stream().filter(x -> x.contains("Thursday")).findFirst().orElseThrow());
    }

    /** Round 60: a capitalised stage note, "(Applause)", parts a speech under its "Remarks by" line as "(laughter)" does. */
    @Test
    void aCapitalisedStageNotePartsASpeech() {
        AnnotatedDocument doc = extract("""
                Ministry of Transport of Karsk

                Remarks by Minister Tobias Renwick-Aalto at the opening of the Karsk bridge

                Thank you, Governor, and welcome to Karsk. The families on both banks have waited long enough for a bridge. (Applause) I want to add one more thing, about the ferry crews. They kept this town alive for forty winters.

                I thank you.
                """);

        // The opening courtesy stays with the first part, as it did with the whole speech.
        assertEquals(List.of("Tobias Renwick-Aalto | Thank you, Governor, and welcome to Karsk. The families on both banks have waited long enough for a bridge | : | indirect",
                "Tobias Renwick-Aalto | I want to add one more thing, about the ferry crews. They kept this town alive for forty winters | : | indirect"),
                statements(doc));
    }

    /**
     * Round 61: a police transcript's labels with an abbreviated rank ("INSP. NAME:", "SUPT. NAME:") are turns of the
     * people the "Speakers:" line names; the moderator that line marks after a rank and an office ("Cpl. NAME,
     * Communications (moderator)") says nothing under "CPL. NAME:"; "I'll ask Inspector X to speak to the detours." hands
     * a topic on and says nothing, while "to speak to the families" sends him to people and stays.
     */
    @Test
    void aRankAbbreviatedLabelIsATurnAndAModeratorUnderARankSaysNothing() {
        AnnotatedDocument doc = extract("""
                Harlow Police Service news conference on the Ridge Road closure

                Speakers: Superintendent Margaret Fenwick-Dass; Inspector Ravi Okpara, Traffic Division; Cpl. Teo Brask, Communications (moderator)

                CPL. BRASK: Good morning. The superintendent will give an update and then take questions.

                SUPT. FENWICK-DASS: The road will stay closed until Friday.

                REPORTER (Valley FM): Where will the trucks go?

                SUPT. FENWICK-DASS: I'll ask Inspector Okpara to speak to the detours.

                INSP. OKPARA: Trucks will go through Millbrook.

                REPORTER (Valley FM): Will anyone meet the families?

                SUPT. FENWICK-DASS: I will ask Inspector Okpara to speak to the families tonight.

                CPL. BRASK: Thank you. That is all the time we have. Our next update will be at 9 a.m. tomorrow.
                """);

        assertEquals(List.of("Margaret Fenwick-Dass | The road will stay closed until Friday | : | indirect",
                "Ravi Okpara | Trucks will go through Millbrook | : | indirect",
                "Margaret Fenwick-Dass | I will ask Inspector Okpara to speak to the families tonight | : | indirect"),
                statements(doc));
    }

    /**
     * Round 61: a whole turn that only declines to commit ("I am not going to pre-commit to any decision.", "I won't put a
     * date on that this morning.") says nothing, as "I will not comment" does; one that also answers stays one statement,
     * the refusal kept in it. "Let me begin by saying that" inside a turn is the turn's own voice: no speaker "Let".
     */
    @Test
    void aTurnThatOnlyDeclinesToCommitSaysNothingAndLetMeIsTheTurnsOwnVoice() {
        AnnotatedDocument doc = extract("""
                Transcript: Press conference on the harbour budget

                Mayor Dunn: Good morning. Let me begin by saying that the budget is balanced. We also froze fees.

                Reporter (Coast Radio): Will fees rise next year?

                Mayor Dunn: I am not going to pre-commit to any decision.

                Reporter (Coast Radio): When will the pier reopen?

                Mayor Dunn: I won't put a date on that this morning.

                Reporter (Coast Radio): Who damaged the pier?

                Mayor Dunn: I'm not going to get ahead of the investigation. We found the barge at 4 a.m.

                Reporter (Coast Radio): Will the ferry run?

                Mayor Dunn: I won't put a date on it because the hull is cracked.
                """);

        assertEquals(List.of("Dunn | Good morning. Let me begin by saying that the budget is balanced. We also froze fees | : | indirect",
                "Dunn | I'm not going to get ahead of the investigation. We found the barge at 4 a.m | : | indirect",
                "Dunn | I won't put a date on it because the hull is cracked | : | indirect"), statements(doc));
    }
}
