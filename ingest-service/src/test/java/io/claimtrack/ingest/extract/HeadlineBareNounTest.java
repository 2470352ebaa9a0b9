package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 42: a headline or deck line opening with a bare common noun ("Insurer says ...", "Union says ..."),
 * capitalised only as its line's first word, is a description, not a name: its speaker is the one whose statements
 * below repeat its words.
 */
class HeadlineBareNounTest {

    private static final String INSURER = """
            Brackwater Mutual doubles its storm reserve

            Insurer says premiums will keep rising along the coast

            Brackwater Mutual set aside $90 million for storm claims in the second quarter, twice as much as a year earlier.

            """;

    @Test
    void aBusinessNounIsTheExecutiveWhoseWordsItSumsUp() {
        AnnotatedDocument doc = extract(INSURER
                + "Chief executive Rosalind Tervaskoski said she expected premiums to keep rising along the coast for at least two more years.\n");
        assertSpeaker(doc, "premiums will keep rising along the coast", "Rosalind Tervaskoski");
    }

    @Test
    void aBareNounNoStatementEchoesKeepsItsReading() {
        AnnotatedDocument doc = extract(INSURER + "Chief executive Rosalind Tervaskoski said the board would meet in Corbridge next month.\n");
        assertSpeaker(doc, "premiums will keep rising along the coast", "Insurer");
    }

    @Test
    void aBareNounWhoseQuotationAPersonRepeatsIsThatPerson() {
        AnnotatedDocument doc = extract("""
                Ferry crews vote to strike

                Union says crews "have run out of patience"

                Deckhands and engineers of the Orrin Sound Ferry Workers Union voted on Sunday to authorise a strike, the union said.

                "We have asked for a contract for two years, and our crews have run out of patience," said Odalys Brennick-Tam, the union's president.
                """);
        assertSpeaker(doc, "crews \"have run out of patience\"", "Odalys Brennick-Tam");
    }

    @Test
    void aFirstNameTheStoryNeverWritesAgainIsARoleInHeadlinese() {
        // "Skip" is a first name, but no one in the story bears it: the curling skip whose words the deck repeats.
        AnnotatedDocument doc = extract("""
                Rink from Halsey takes the provincial title

                Skip calls final draw 'the easiest of my life'

                By Ann Orrin

                HALSEY - Maren Tolland threw the last stone of the final on Sunday.

                "Honestly it was the easiest draw of my life. The ice was perfect," Tolland said.

                Her opponent, Greta Lundqvist, said the loss hurt.
                """);
        assertSpeaker(doc, "final draw 'the easiest of my life'", "Maren Tolland");
    }

    @Test
    void anInitialismTheStoryNeverWritesAgainIsTheTitleWhoseHolderSaysIt() {
        AnnotatedDocument doc = extract("""
                Wolves deal veteran winger to Ashby

                GM says 'we had to move on'

                By Tim Sato

                The Corran Wolves traded winger Petr Laskin on Monday for two prospects.

                "We had to move on, and Petr knew it," general manager Dora Quist said.
                """);
        assertSpeaker(doc, "'we had to move on'", "Dora Quist");
    }

    @Test
    void aOneWordNameTheStoryWritesAgainStaysThatName() {
        // Guard: "Okonkwo" below is the person the headline names, whoever repeats the words.
        AnnotatedDocument doc = extract("""
                Okonkwo says the ferry will run all winter

                By Tim Sato

                Harbour manager Ines Varga said the ferry would run all winter if the ice stayed thin.

                Okonkwo, who owns the landing, did not return calls.
                """);
        assertSpeaker(doc, "the ferry will run all winter", "Okonkwo");
    }

    @Test
    void aPluralTheStoryNeverWritesAgainStaysAnOpenGroup() {
        // Guard: a deck's plural bare noun is an open group, whoever repeats its quotation.
        AnnotatedDocument doc = extract("""
                Harbour radio turns 40

                Listeners say the station is 'the harbour's front porch'

                By Tim Sato

                The station went on the air in 1994 from a room above the chandlery.

                "It is the harbour's front porch," said Edda Marwick-Stoll, who has hosted the morning show since 2002.
                """);
        assertSpeaker(doc, "the station is 'the harbour's front porch'", "Listeners");
    }

    private static final String BANKRUPTCY = """
            Pellmark Markets Files for Bankruptcy, Will Close 12 Stores

            - NOUN says it has $60 million in credit to keep stores running
            - Dairy farms among largest creditors

            Pellmark Markets Inc., the 80-year-old regional grocer, filed for Chapter 11 protection in Ohio on Monday, \
            saying it would close 12 of its 50 stores.

            The company has obtained $60 million of new credit from its lenders, which will keep stores running and staff \
            paid, Chief Executive Officer Ivo Rask said in a note to employees.

            Sales fell 8% last year, the company said in the filing.
            """;

    @Test
    void aTradeNounARuleTookForItsBusinessIsTheExecutiveWhoseWordsItSumsUp() {
        // "Chain" is the grocer a description rule finds, but its words are the chief executive's, as the deck sums up.
        assertSpeaker(extract(BANKRUPTCY.replace("NOUN", "Chain")), "it has $60 million in credit to keep stores running", "Ivo Rask");
        // Guard: "Company" says only that it is a business, and stays the body the rule found (round 40's decks).
        assertSpeaker(extract(BANKRUPTCY.replace("NOUN", "Company")), "it has $60 million in credit to keep stores running",
                "Pellmark Markets Inc");
    }
}
