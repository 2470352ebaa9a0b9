package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A spokesperson's turn that only deflects the question says nothing ({@link Deflections}, asked by {@link ClosingTurns}). */
class DeflectionsTest {

    /** Nothing to announce, no information, word promised later, the question sent elsewhere: each turn says nothing. */
    @Test
    void aTurnThatOnlyDeflectsSaysNothing() {
        AnnotatedDocument doc = extract("""
                Ministry of Foreign Affairs of Tervania
                Regular briefing by Spokeswoman Odile Marchetti-Nwosu, 3 March 2041

                Odile Marchetti-Nwosu: Good afternoon. The Minister will receive the Olvish ambassador on Thursday.

                Question: Radio Kelm. Will Tervania recall its envoy from Pradesk?

                Answer: I have nothing to announce on that today.

                Question: Kelm Daily. Has the Minister spoken to his Olvish counterpart about the pipeline?

                Answer: We don't have any further information at this stage. We'll let you know once the calls are over.

                Question: Are Tervanian trawlers still held in Pradesk?

                Answer: I would refer you to the Ministry of Fisheries. Please stay tuned.

                Question: When will the Prime Minister travel to Olvan?

                Answer: The itinerary of the trip is still being worked out through diplomatic channels. We will inform you in due course.

                Question: Will the ferry line reopen?

                Answer: There is nothing new to report. I have no such details to share with you at the moment.
                """);

        assertEquals(List.of("Odile Marchetti-Nwosu | Good afternoon. The Minister will receive the Olvish ambassador on Thursday | : | indirect"),
                statements(doc));
    }

    /**
     * Round 58: a figure the spokesperson does not have with her, a standing refusal to comment ("I do not comment on")
     * and the matter left to speak for itself: each turn says nothing.
     */
    @Test
    void aFigureNotAtHandAStandingRefusalAndAMatterSpeakingForItselfSayNothing() {
        AnnotatedDocument doc = extract("""
                Ministry of Foreign Affairs of Lunderia
                Regular briefing by Spokesman Aurel Fenwick-Dabo, 12 May 2041

                Aurel Fenwick-Dabo: Good afternoon. The Minister will travel to Ossk on Tuesday.

                Question: Harbour Radio. How many of the detained sailors are Lunderian?

                Answer: I don't have the list in front of me. We will share it later.

                Question: Ossk Daily. How many of them are minors?

                Answer: I do not have that figure with me. We will inform you in due course.

                Question: An opposition deputy called the trip a holiday. Your comment?

                Answer: I do not comment on remarks made in parliament. The itinerary speaks for itself.
                """);

        assertEquals(List.of("Aurel Fenwick-Dabo | Good afternoon. The Minister will travel to Ossk on Tuesday | : | indirect",
                "An opposition deputy | the trip a holiday | called | indirect"), statements(doc));
    }

    /**
     * A deflection with news after it ("nothing to announce about the strike, but ..."), a turn that also answers, and
     * arrangements other than the asked-about programme ("New sanctions are being prepared") stay statements.
     */
    @Test
    void aDeflectionThatAlsoAnswersStays() {
        AnnotatedDocument doc = extract("""
                Ministry of Labour of Sarvonia
                Press briefing by Spokesman Kalle Ibsen-Traoré, 9 April 2041

                Question: Dock Radio. Will the government end the dockers' strike?

                Answer: I have nothing to announce about the strike, but the Minister will meet the unions on Friday.

                Question: Harbour Post. What about the new port fees?

                Answer: New port fees are being prepared by the harbour board. We will inform you that they will rise in May.

                Question: Harbour Post. And the pension reform?

                Answer: The reform passed the cabinet on Monday. I have nothing to add to that.

                Question: Dock Radio. Will the pier be rebuilt this year?

                Answer: We do not have the money to rebuild the pier this year. The record of this government speaks for itself.
                """);

        assertEquals(List.of(
                "Kalle Ibsen-Traoré | I have nothing to announce about the strike, but the Minister will meet the unions on Friday | : | indirect",
                "Kalle Ibsen-Traoré | New port fees are being prepared by the harbour board. We will inform you that they will rise in May | : | indirect",
                "Kalle Ibsen-Traoré | The reform passed the cabinet on Monday. I have nothing to add to that | : | indirect",
                "Kalle Ibsen-Traoré | We do not have the money to rebuild the pier this year. The record of this government speaks for itself | : | indirect"),
                statements(doc));
    }
    /**
     * Figures another body gives ("Casualty figures are published by the General Staff on Fridays") and arrangements
     * made known later ("The Minister's itinerary will be announced separately"): each turn says nothing; figures
     * published with a clause that says more stay.
     */
    @Test
    void figuresAnotherBodyPublishesAndArrangementsAnnouncedLaterSayNothing() {
        AnnotatedDocument doc = extract("""
                Ministry of Coasts of Dernland
                Weekly briefing by Spokeswoman Ines Varga-Holt, 9 April 2044

                Ines Varga-Holt: Good afternoon. Patrol boats escorted 12 fishing vessels out of the Sellin estuary.

                Question: How many sailors were injured this month?

                Answer: I have no such information. Injury figures are published by the Naval Medical Service on Mondays.

                Question: Will the Minister travel to Sellin?

                Answer: The Minister's itinerary will be announced separately.

                Question: How many vessels were inspected?

                Answer: Inspection figures are published by the Harbour Board, and they show a fall of a third.
                """);

        assertEquals(List.of(
                "Ines Varga-Holt | Good afternoon. Patrol boats escorted 12 fishing vessels out of the Sellin estuary | : | indirect",
                "Ines Varga-Holt | Inspection figures are published by the Harbour Board, and they show a fall of a third | : | indirect"),
                statements(doc));
    }

    /**
     * Round 60: "I'm not going to get into that." refuses as "I will not go into" does, and "That is a matter for the
     * prosecutor, not for us." leaves the question to whoever decides it: with thanks after it the turn says nothing.
     * "That is a matter for the prosecutor, who will decide in June" tells more and stays.
     */
    @Test
    void aQuestionLeftToWhoeverDecidesItSaysNothing() {
        AnnotatedDocument doc = extract("""
                Harbour Police Service
                Transcript: News conference on the Quayside thefts

                Superintendent Imke Dravenholt: Good afternoon. Officers arrested two men this morning in connection with the warehouse thefts.

                Reporter: Is the mayor right about the patrols?

                Superintendent Dravenholt: I'm not going to get into that.

                Reporter: Will the charges be upgraded?

                Superintendent Dravenholt: That is a matter for the prosecutor, not for us. Thank you all.

                Reporter: And the bail hearing?

                Superintendent Dravenholt: That's a decision for the magistrates, who will sit on Friday.
                """);

        assertEquals(List.of("Imke Dravenholt | Good afternoon. Officers arrested two men this morning in connection with the warehouse thefts | : | indirect",
                "Imke Dravenholt | That's a decision for the magistrates, who will sit on Friday | : | indirect"), statements(doc));
    }
}
