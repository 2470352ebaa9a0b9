package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: a briefing's announcements under numbered topic headings, before its questions, are
 * the statements of the spokesperson its title names, even with a first name on no list.
 */
class BriefingSectionsTest {

    private static final String BRIEFING = """
            Briefing by Spokesperson of the Ministry of Foreign Affairs Wenceslas Abernethy-Quayle, Rallin, 2 May 2029

            1. Visit of the Minister to Ostria
            2. Answers to media questions

            1. Visit of the Minister to Ostria

            On 8-9 May, Foreign Minister Hedda Solvang-Ito will pay an official visit to Ostria. The programme includes \
            talks with her Ostrian counterpart.

            We regard Ostria as a close partner and expect the visit to give new impetus to trade.

            2. Answers to media questions

            Question: The Ostrian trade minister said on Monday that the ferry talks had stalled. What is your comment?

            Answer: We have seen these remarks. The talks continue, and the next round will be held in June.
            """;

    @Test
    void paragraphsUnderTopicHeadingsAreTheSpokespersons() {
        AnnotatedDocument doc = extract(BRIEFING);
        assertSpeaker(doc, "On 8-9 May, Foreign Minister Hedda Solvang-Ito will pay an official visit to Ostria. The programme includes "
                + "talks with her Ostrian counterpart", "Wenceslas Abernethy-Quayle");
        assertSpeaker(doc, "We regard Ostria as a close partner and expect the visit to give new impetus to trade", "Wenceslas Abernethy-Quayle");
    }

    /** The writer's line under a place and date is no announcement. */
    @Test
    void aLineUnderThePlaceAndDateIsTheWriters() {
        AnnotatedDocument doc = extract("""
                Transcript of the press briefing by Foreign Ministry spokesperson Ilse Brannigan-Tulloch
                Rallin, May 2, 2029
                The briefing was held in the ministry's press centre and lasted half an hour.

                Ilse Brannigan-Tulloch: Good afternoon. The minister will travel to Kessby on Monday.

                Question: Will the minister meet her Ostrian counterpart?

                Ilse Brannigan-Tulloch: I will not go into the details of the programme.
                """);
        assertFalse(Pipeline.contents(doc).contains("The briefing was held in the ministry's press centre and lasted half an hour"));
    }

    @Test
    void theAnswersAreTheTitlesPersonsToo() {
        assertSpeaker(extract(BRIEFING), "We have seen these remarks. The talks continue, and the next round will be held in June",
                "Wenceslas Abernethy-Quayle");
    }
    /** The lead-in over the points names the spokesman and closes with a colon: it says nothing of its own. */
    @Test
    void theLeadInOverTheNumberedPointsIsNoStatement() {
        AnnotatedDocument doc = extract("""
                Weekly briefing of the Ministry of Coasts

                9 April 2044

                The spokeswoman of the Ministry of Coasts, Captain Ines Varga-Holt, told journalists:

                1. Patrol boats escorted 12 fishing vessels out of the Sellin estuary this week.

                Question (Mira Solberg, Dern Radio): Will the ferries run next week?

                Answer: They will run from Thursday.
                """);
        assertFalse(Pipeline.statements(doc).stream().anyMatch(x -> x.contains("told journalists")), Pipeline.statements(doc).toString());
    }
}
