package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-second round: a headline or deck signed in headlinese with a bare role noun, "<claim>, mediator says"
 * or "'<quote>,' widow tells court", is a statement whose speaker the story names below.
 */
class HeadlineRoleNounsTest {

    @Test
    void aHeadlineSignedByAMediatorIsHisStatement() {
        AnnotatedDocument doc = extract("""
                Ferry strike ends after nine days, mediator says

                PORT HALVEY, Rusk, May 2 (Nordwire) - Dock workers at Port Halvey will return to the ferries on \
                Thursday after nine days on strike, mediator Osric Vantreel said on Wednesday.

                "Both sides gave up something they swore they never would," Vantreel told reporters.
                """);
        assertSpeaker(doc, "Ferry strike ends after nine days", "Osric Vantreel");
    }

    /** Round 58: a deck's "CEO" is the chief executive the story names ("ceo = chief executive" in role-titles.txt). */
    @Test
    void aDecksCeoIsTheChiefExecutiveTheStoryNames() {
        AnnotatedDocument doc = extract("""
                Orvane profit beats forecasts

                CEO sees recovery in 2032

                By Ana Lisk

                DUNMORE, July 24 (Nordwire) - Orvane Dynamics reported a rise in profit on Thursday.

                Chief Executive Tove Marsk-Iversen said customers were buying everything the plant could make.
                """);
        assertSpeaker(doc, "recovery in 2032", "Tove Marsk-Iversen");
    }

    @Test
    void aDecksQuotationAWidowTellsACourtIsHers() {
        AnnotatedDocument doc = extract("""
                Roofer who left ladder on the sidewalk gets 3 years

                'He never came home for supper,' widow tells judge

                By Pellam Crowhurst

                The widow of a mail carrier killed on Tanner Street spoke on Friday before the sentence was read.

                "He never came home for supper. I set his plate for a month," Odalys Fenwright-Mole said.
                """);
        assertSpeaker(doc, "'He never came home for supper,'", "Odalys Fenwright-Mole");
    }

    /** A mediator or a widow named in a headline without a cue says nothing. */
    @Test
    void aRoleNounWithoutACueMakesNoStatement() {
        AnnotatedDocument doc = extract("""
                Talks stall as mediator leaves; widow waits for answers

                Nothing was agreed on Tuesday.
                """);
        assertTrue(contents(doc).isEmpty(), contents(doc).toString());
    }

    @Test
    void aDecksPlaywrightIsTheWriterWhoseWordsItQuotes() {
        AnnotatedDocument doc = extract("""
                New comedy opens the Tidewater season

                Playwright says the comedy is 'a letter to my grandmother'

                By Tomas Reyes

                The Tidewater opened its season on Friday with Orla Benning's new comedy, a story of a boarding house.

                "It is a letter to my grandmother, who ran a boarding house for forty years," Benning said after the show.
                """);
        assertSpeaker(doc, "the comedy is 'a letter to my grandmother'", "Orla Benning");
    }

    @Test
    void aDecksQuotationAWinnerSaysIsTheWinnersTheStoryQuotes() {
        AnnotatedDocument doc = extract("""
                Retired ferry captain from Ostby claims $12-million prize

                'I read the ticket five times,' winner says

                By Lisbet Crane

                OSTBY - Harald Quennell had played the same numbers since 1998.

                "I read the ticket five times. Then I woke my wife," Quennell said at the lottery office on Monday.
                """);
        assertSpeaker(doc, "'I read the ticket five times,'", "Harald Quennell");
    }

    /** Round 50: "champion" is a role, so a deck's quotation a champion says is the champion's the story quotes. */
    @Test
    void aDecksQuotationAChampionSaysIsTheChampionsTheStoryQuotes() {
        AnnotatedDocument doc = extract("""
                Hale wins Ridge Trail 300 in record time

                'My team never slowed,' champion says of her horses

                By Ola Ness

                RIDGEFORD - Tova Hale rode into Ridgeford at dawn on Sunday to win the Ridge Trail 300.

                "My team never slowed. Not on the pass, not in the rain," Hale, 41, said as she unsaddled her mare.
                """);
        assertSpeaker(doc, "'My team never slowed,'", "Tova Hale");
    }
}
