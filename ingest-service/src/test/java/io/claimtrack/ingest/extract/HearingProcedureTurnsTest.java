package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, round 48: a hearing chair who opens the hearing, times the speakers, calls each delegate by name
 * and body, names the last one and closes with the next meeting's business says nothing; a greeting-only turn and a
 * host's lead-in that only sets the topic of a question say nothing either. What a delegate or guest says stays, and so
 * does a lead-in in the questioner's own voice.
 */
class HearingProcedureTurnsTest {

    @Test
    void aChairsProceduralTurnsAreNoStatements() {
        assertEquals(List.of(
                "Thank you, Madam Chair. The levy would raise 2 million crowns a year for the new landing",
                "Good evening. Our street floods every spring, and the levy does nothing for it",
                "The levy will cost our members a week of trade every year",
                "The ferry is the only way to the clinic for half the island"),
                Pipeline.contents(extract("""
                        Transcript of the Harbour Committee's public hearing on the ferry levy, 4 May 2031. Present: \
                        Councillor Ada Pell (Chair), Councillor Tor Vik.

                        THE CHAIR (Councillor Pell): Good evening. I call this public hearing to order. Each speaker has \
                        three minutes. We will begin with the clerk's report.

                        MR. LUND: Thank you, Madam Chair. The levy would raise 2 million crowns a year for the new landing.

                        THE CHAIR: We will now hear the speakers. Ms. Lina Marr, for the Brook Street Residents.

                        MS. MARR: Good evening. Our street floods every spring, and the levy does nothing for it.

                        THE CHAIR: Thank you, Ms. Marr. Mr. Ode Vance, Harbour Chamber of Commerce.

                        MR. VANCE: The levy will cost our members a week of trade every year.

                        THE CHAIR: Thank you. Our last speaker is Dr. Rina Holt.

                        DR. HOLT: The ferry is the only way to the clinic for half the island.

                        THE CHAIR: Thank you, Doctor. That concludes the speakers. Committee members will vote on the \
                        levy at the meeting of June 2. This hearing is adjourned.
                        """)));
    }

    @Test
    void aGreetingAndAHostsTopicLeadInAreNoStatements() {
        assertEquals(List.of(
                "We cannot freeze them this year, because the fuel bill doubled",
                "It will open in the autumn",
                "They will come down to 30 by 2036",
                "Minister, let us start with the pier. Last week I walked on it and saw the cracks"),
                Pipeline.contents(extract("""
                        TOM REYES: Minister, good morning.

                        ANA LIND: Good morning, Tom, and good morning to your listeners.

                        TOM REYES: Let's talk about fares. They rise in May, by a tenth. Will you freeze them?

                        ANA LIND: We cannot freeze them this year, because the fuel bill doubled.

                        TOM REYES: Let's talk about the tram line. It was due in 2031. Will it open this year?

                        ANA LIND: It will open in the autumn.

                        TOM REYES: The schools now. Class sizes are at 34. Will they come down?

                        ANA LIND: They will come down to 30 by 2036.

                        TOM REYES: Minister, let us start with the pier. Last week I walked on it and saw the cracks. \
                        When will it be mended?
                        """)));
    }

    /**
     * Round 50: a committee chair who continues the committee's study, names the first witness with her office, times
     * her, welcomes the next witness by name and office and closes because the time is out says nothing; "We welcome
     * the board's decision" says something.
     */
    @Test
    void aCommitteeChairWelcomingWitnessesAndRunningOutOfTimeSaysNothing() {
        assertEquals(List.of(
                "Thank you, Chair. Our members wait up to two hours for a bus in winter",
                "Thank you. The authority lost a third of its drivers in two years",
                "We welcome the board's decision to restore the night routes"),
                Pipeline.contents(extract("""
                        STANDING COMMITTEE ON TRANSPORT

                        Member Tova Brandt (Chair) in the chair.

                        The Chair: Good morning, colleagues. I call this meeting to order. We continue our study of rural \
                        bus services. Our first witness is Ms. Hedda Lorne, President of the Valley Transit Riders. Ms. \
                        Lorne, you have five minutes.

                        Hedda Lorne, President, Valley Transit Riders: Thank you, Chair. Our members wait up to two hours \
                        for a bus in winter.

                        The Chair: Thank you. We now welcome Mr. Osric Pell, Director of the Northern Route Authority. \
                        Mr. Pell.

                        Osric Pell, Director, Northern Route Authority: Thank you. The authority lost a third of its \
                        drivers in two years.

                        Member Salo: We welcome the board's decision to restore the night routes.

                        The Chair: Colleagues, we are out of time. I thank our witnesses. The committee is adjourned.
                        """)));
    }

    /** Who is heard at this sitting, in the plural ("Our witnesses today are ..."), is the chair's procedure too. */
    @Test
    void aChairNamingTheSittingsWitnessesSaysNothing() {
        assertEquals(List.of(
                "Thank you, Chair. The ferry has missed a third of its sailings since June",
                "Our witnesses have missed every deadline"),
                Pipeline.contents(extract("""
                        STANDING COMMITTEE ON HARBOURS

                        Witnesses: Ilse Varga, Harbour Master; Dr. Nils Oberg, Ferry Safety Officer

                        The Chair (Ms. Petra Lundqvist): I call this meeting to order. We continue our study of island \
                        ferries. Our witnesses today are Ms. Varga and Dr. Oberg. Ms. Varga, you have five minutes.

                        Ms. Ilse Varga (Harbour Master): Thank you, Chair. The ferry has missed a third of its sailings \
                        since June.

                        Mr. Aron Fell (Eastport): Our witnesses have missed every deadline.
                        """)));
    }

    /**
     * Issue 9, round 56: a committee chair who continues public hearings, gives each witness a time "followed by
     * questions", goes to questions, calls a member by title and surname, refuses a member the floor, leaves a matter to
     * clause-by-clause and thanks both witnesses says nothing; "We'll go to court" and a matter "for the police" say
     * something.
     */
    @Test
    void aChairGoingToQuestionsAndRulingOnTheFloorSaysNothing() {
        assertEquals(List.of(
                "Thank you, Chair. Our depots lost forty mechanics this year",
                "We'll go to court",
                "That is a matter for the police"),
                Pipeline.contents(extract("""
                        Standing Committee on Rural Affairs

                        Members present: Mr. Tobias Lindqvist-Rao (Chair), Ms. Oona Fairweather, Mr. Piet Achebe-Lunde

                        The Chair (Mr. Tobias Lindqvist-Rao): Good morning. The committee will come to order. We are \
                        here to continue public hearings on Bill 12. Each witness will have ten minutes for a \
                        presentation, followed by questions. Ms. Varenne, please begin.

                        Ms. Ilka Varenne: Thank you, Chair. Our depots lost forty mechanics this year.

                        The Chair (Mr. Tobias Lindqvist-Rao): Thank you. We'll go to questions. Mr. Achebe-Lunde.

                        Mr. Piet Achebe-Lunde: We'll go to court.

                        Ms. Oona Fairweather: Interjection.

                        The Chair (Mr. Tobias Lindqvist-Rao): Ms. Fairweather, you are not recognized.

                        Ms. Ilka Varenne: That is a matter for the police.

                        The Chair (Mr. Tobias Lindqvist-Rao): Mr. Achebe-Lunde, you do not have the floor.

                        The Chair (Mr. Tobias Lindqvist-Rao): That is a matter for clause-by-clause. Thank you to both \
                        witnesses. The committee is recessed until 2 p.m.
                        """)));
    }

    /**
     * Issue 9, round 56: a briefing's spokesperson who opens with the order of speaking and the limit on questions, and
     * closes with when the next briefing is or when they will be back, says nothing; the guest's answer stays.
     */
    @Test
    void aSpokespersonsOpeningAndClosingTurnsSayNothing() {
        assertEquals(List.of("Good morning. Cases rose by 40 last week, and the clinics are full"),
                Pipeline.contents(extract("""
                        Transcript, 2 March 2039

                        Speakers: Dr. Ines Okoro-Blum, Chief Medical Officer; Lars Petrakis, Spokesperson

                        Spokesperson: Good morning, and thank you for joining us. Dr. Okoro-Blum will give an update, \
                        and then we'll take your questions. Please keep to one question and one follow-up.

                        Dr. Okoro-Blum: Good morning. Cases rose by 40 last week, and the clinics are full.

                        Spokesperson: Thank you, everyone. Our next briefing will be on Friday at 11.

                        Spokesperson: That's all for today. We'll be back on Monday at 9.
                        """)));
    }

    /**
     * Issue 9, round 57: the Speaker telling a member how to behave ("The member will withdraw that remark.") says
     * nothing, and no one else's turn takes it; a minister's "The member will know that ..." reports.
     */
    @Test
    void theSpeakerDirectingAMembersConductSaysNothing() {
        assertEquals(List.of(
                "the new vessel arrives in June",
                "The boat is not even built",
                "the budget we tabled adds six crews",
                "The member will know that the crews start in May"),
                Pipeline.contents(extract("""
                        Hansard, Monday, March 5, 2041

                        Oral Questions

                        Hon. Rupert Aldane (Minister of Transport): Mr. Speaker, the new vessel arrives in June.

                        Ines Okonkwo-Bray (Saltmarsh East): The boat is not even built.

                        The Speaker: The member will direct her remarks through the chair.

                        Hon. Osric Pennywhistle-Dube (Premier): Mr. Speaker, the budget we tabled adds six crews.

                        The Speaker: The honourable member must withdraw that remark.

                        Hon. Rupert Aldane (Minister of Transport): The member will know that the crews start in May.
                        """)));
    }
}
