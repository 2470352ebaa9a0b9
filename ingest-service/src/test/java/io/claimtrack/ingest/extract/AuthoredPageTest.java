package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round: a comment or press statement with no question is one statement of the one its title
 * names, up to the related material under it; a joint statement speaks sentence by sentence.
 */
class AuthoredPageTest {

    @Test
    void aDepartmentsCommentIsOneStatementToItsTeasers() {
        AnnotatedDocument doc = extract("""
                Comment by the Press Department of the Ministry of Foreign Affairs of Vellmark on the closure of the Vellmark \
                library in Kessby

                We regret the decision of the Ostrian authorities to close the library, which has served readers for forty years.

                We call on Kessby to reconsider this step.

                See also

                Deputy Minister Ivar Stenmark-Olu: Vellmark will keep its schools in Ostria open
                """);
        assertSpeaker(doc, "We regret the decision of the Ostrian authorities to close the library, which has served readers for "
                + "forty years.\n\nWe call on Kessby to reconsider this step", "Press Department of the Ministry of Foreign Affairs of Vellmark");
    }

    @Test
    void aJointStatementSpeaksSentenceBySentence() {
        AnnotatedDocument doc = extract("""
                Joint Statement by the Ministers of Transport of Vellmark and Ostria

                The Ministers welcomed the opening of the Kessby bridge.
                """);
        assertEquals(List.of("the opening of the Kessby bridge"), Pipeline.contents(doc));
    }

    /**
     * Round 46 (set AM's B8): a mission's statement ends before its closing "I thank you."; the section under a "Right of
     * reply" heading is a second statement of the same speaker. A section under another heading is no part of either.
     */
    @Test
    void aRightOfReplyUnderItsHeadingIsASecondStatement() {
        AnnotatedDocument doc = extract("""
                Statement by Ambassador Tomas Reuel, Permanent Representative of Orsland, at the debate on shared rivers

                Mr. President,

                We are concerned that the dam upstream has cut the flow of the Kessel by a third since May.

                I thank you.

                Right of reply

                Madam President,

                I respond briefly to the delegate of Varn. Orsland has never blocked the river.

                I thank you.

                Related documents

                The Kessel river basin in figures
                """);
        assertEquals(List.of("We are concerned that the dam upstream has cut the flow of the Kessel by a third since May",
                "I respond briefly to the delegate of Varn. Orsland has never blocked the river"), Pipeline.contents(doc));
        assertSpeaker(doc, "I respond briefly to the delegate of Varn. Orsland has never blocked the river", "Tomas Reuel");
    }

    /**
     * Round 47 (set AN's an09): a heading inside the page that gives a named person's remarks is that person's one
     * statement over the paragraphs under it, less its closing "Thank you."; the sentences inside are the speech's.
     * Remarks headed with no person's name stay the page's.
     */
    @Test
    void remarksUnderAHeadingAreTheNamedSpeakersOneStatement() {
        AnnotatedDocument doc = extract("""
                Joint Statement of the Ministers of Fisheries of Norland and Vestmark on the Dorn Bank

                1. The Ministers agree to close the Dorn Bank to trawlers from May to July.

                Remarks by Minister Ingrid Solheim after the signing of the Joint Statement

                Thank you. Let me add a few words to what we have just signed.

                Half of our catch comes from the Dorn Bank. When a skipper suddenly finds that the cod have gone, that is not an abstract question for us.

                Two countries that count the fish together are much harder to ignore than two that complain apart.

                Thank you.
                """);
        Attribution speech = Pipeline.statement(doc, "Thank you. Let me add a few words to what we have just signed.\n\n"
                + "Half of our catch comes from the Dorn Bank. When a skipper suddenly finds that the cod have gone, that is not an "
                + "abstract question for us.\n\nTwo countries that count the fish together are much harder to ignore than two "
                + "that complain apart");
        assertEquals("Ingrid Solheim", speech.speaker);
        assertEquals(2, doc.attributions.size(), Pipeline.statements(doc).toString());
    }

    /**
     * Issue 9, round 57: "Opening remarks by NAME at the briefing" over paragraphs, on a page whose questions follow, is
     * that person's one statement, ended before the first labelled turn.
     */
    @Test
    void openingRemarksBeforeQuestionsAreTheNamedSpeakersOneStatement() {
        AnnotatedDocument doc = extract("""
                Grain Board of Ostrava

                The Board kept its export quota unchanged on Tuesday.

                Opening remarks by Commissioner Yevgenia Talbot-Oyo at the briefing on the grain harvest

                Good afternoon. The harvest is the smallest in nine years.

                We expect imports to double. That is a concern for millers.

                Question (Ada Brill, Ostrava Herald): Commissioner, will bread prices rise?

                Commissioner Talbot-Oyo: They may, by a little.
                """);
        Attribution speech = Pipeline.statement(doc, "Good afternoon. The harvest is the smallest in nine years.\n\n"
                + "We expect imports to double. That is a concern for millers");
        assertEquals("Yevgenia Talbot-Oyo", speech.speaker);
        assertEquals("Yevgenia Talbot-Oyo", Pipeline.statement(doc, "They may, by a little").speaker);
    }

    @Test
    void remarksUnderAHeadingWithNoPersonAreNoOnesSpeech() {
        AnnotatedDocument doc = extract("""
                Harbour festival programme

                Remarks by the organising committee

                The festival opens on Friday at noon with a parade of the old sailing boats along the quay.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    private static final String ADDRESS = """
            PRESIDENCY OF THE REPUBLIC OF VESTRIA

            The President has signed a decree on the drought

            President of the Republic Oskar Lindqvist-Amari today signed a decree on the drought in the south.

            Address of the President to the nation (excerpt)

            Citizens of Vestria, for three months no rain has fallen on the south. I have seen the dry fields of Marren.

            The state will help every farmer who has lost a harvest, and the Government will act within days.

            I thank the farmers and the firefighters who have worked day and night.

            The Mayor of Marren, Ilse Vonk, said the town would open a water point on Monday.
            """;

    /**
     * Issue 10, round 55: a heading that names a speech's speaker by office is the speech of the one the text titled so,
     * over its paragraphs in the first person, less a closing thanks; the narration after it is the release's.
     */
    @Test
    void aSpeechHeadedByAnOfficeIsItsHoldersUpToTheNarration() {
        AnnotatedDocument doc = extract(ADDRESS);
        assertSpeaker(doc, "Citizens of Vestria, for three months no rain has fallen on the south. I have seen the dry fields "
                + "of Marren.\n\nThe state will help every farmer who has lost a harvest, and the Government will act within days",
                "Oskar Lindqvist-Amari");
        assertSpeaker(doc, "the town would open a water point on Monday", "Ilse Vonk");
    }

    /** Two people titled "President ..." before the heading: the office names neither. */
    @Test
    void aSpeechHeadedByAnOfficeTwoHoldIsNoOnes() {
        AnnotatedDocument doc = extract(ADDRESS.replace("in the south.", "in the south with President of the Senate Mara Holt."));
        assertEquals(List.of("the town would open a water point on Monday"), Pipeline.contents(doc));
    }

    /**
     * Round 58: an address whose heading has a venue-and-date line under it and whose text opens with a salutation
     * line ("Members of the Harbour Council, friends,") runs unlabelled to its "Thank you." before the press's
     * questions: one statement of the one the heading names, salutation and courtesy cut.
     */
    @Test
    void anAddressUnderItsVenueLineAndSalutationIsTheNamedSpeakersOneStatement() {
        AnnotatedDocument doc = extract("""
                Office of the Governor of Tessmark Province

                Address by Governor Ilvy Brannock-Sato on the state of the coastal districts
                Harbour Council Chamber, Lunneby, 3 March 2041

                Members of the Harbour Council, friends,

                Last spring I promised a new sea wall for Lunneby. The first section is finished.

                The ferry to Orsk still runs only twice a week, and that is not good enough.

                Thank you.

                Questions from the press

                QUESTION (Pia Vandross, Coast Radio): Governor, when will the ferry run daily?

                THE GOVERNOR: By the summer.
                """);
        Attribution speech = Pipeline.statement(doc, "Last spring I promised a new sea wall for Lunneby. The first section is finished.\n\n"
                + "The ferry to Orsk still runs only twice a week, and that is not good enough");
        assertEquals("Ilvy Brannock-Sato", speech.speaker);
    }

    /** "Remarks by the Chair of the X, NAME, at the press conference:" over quoted paragraphs is that person's one statement. */
    @Test
    void remarksByATitledPersonOverQuotedParagraphsAreOneStatement() {
        AnnotatedDocument doc = extract("""
                Ferry Safety Board of Tessmark

                The Board published its report on the Orsk crossing on Monday.

                Remarks by the Chair of the Board, Odile Farrant-Moss, at the press conference in Lunneby:

                "Good morning. The crossing is safe, but the ferry's lifeboats are old.

                "We have asked the operator to replace them by June."

                The operator said in a statement that it would comply.
                """);
        Attribution speech = Pipeline.statement(doc, "\"Good morning. The crossing is safe, but the ferry's lifeboats are old.\n\n"
                + "\"We have asked the operator to replace them by June.\"");
        assertEquals("Odile Farrant-Moss", speech.speaker);
    }
}
