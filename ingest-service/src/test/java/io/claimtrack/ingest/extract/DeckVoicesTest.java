package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 51: a deck's lower-case bare noun for a body after a semicolon is whoever the story quotes for that
 * body: the body's own person who says below what the deck sums up, the body itself when it says something first, and
 * a thing's named owner.
 */
class DeckVoicesTest {

    private static final String BYLINE = "\n\nBy Oda Rasmussen\nStaff Writer\n\n";

    @Test
    void theBodysOwnPersonWhoSaysItIsTheDecksNoun() {
        AnnotatedDocument doc = extract("Council lets builder take down Lindqvist Mill\n\n"
                + "Historians vow appeal; developer says chimney will stay" + BYLINE
                + "Tollby council voted 6-3 on Monday to let the Lindqvist Mill be pulled down for 90 flats. The developer, "
                + "Norhaven Estates, has pledged to rebuild the mill's gatehouse.\n\n"
                + "Councillor Per Aalto, who voted no, said the town was losing its oldest workplace.\n\n"
                + "Norhaven's director of projects, Ilse Brandvold, said the brick chimney would stay standing at the "
                + "centre of the courtyard.\n");
        assertSpeaker(doc, "chimney will stay", "Ilse Brandvold");
    }

    @Test
    void theBodyThatSaysItFirstKeepsTheDecksNoun() {
        AnnotatedDocument doc = extract("Council lets builder take down Lindqvist Mill\n\n"
                + "Historians vow appeal; developer says chimney will stay" + BYLINE
                + "Tollby council voted 6-3 on Monday to let the Lindqvist Mill be pulled down for 90 flats. The developer, "
                + "Norhaven Estates, said the brick chimney would be kept.\n\n"
                + "Norhaven's director of projects, Ilse Brandvold, said the chimney would stay standing in the courtyard.\n");
        assertSpeaker(doc, "chimney will stay", "Norhaven Estates");
    }

    /** Round 58: a deck's noun no one below is titled with is the person the story first quotes by name, on the deck's words. */
    @Test
    void aDeckNounNoOneHoldsIsTheFirstPersonQuotedOnItsWords() {
        AnnotatedDocument doc = extract("After 40 years, the Copper Pot will serve its last soup\n\n"
                + "Owner says rising rent, not fewer diners, forced the decision" + BYLINE
                + "Every morning for 25 years, Mirela Vukovic-Hart has opened the Copper Pot on Dock Lane.\n\n"
                + "Vukovic-Hart, 58, said the block's new owner had asked for twice her current rent of $2,400 a month.\n\n"
                + "Regular Anton Lisle-Mbeki said he would miss the barley soup.\n");
        assertSpeaker(doc, "rising rent, not fewer diners, forced the decision", "Mirela Vukovic-Hart");
    }

    @Test
    void aThingsNamedOwnerIsTheDecksNoun() {
        AnnotatedDocument doc = extract("Valley limits dust from blasting\n\n"
                + "Board votes 4-1; quarry says new rules will cost $2 million" + BYLINE
                + "The Orne Valley board voted on Tuesday to limit blasting to weekday mornings.\n\n"
                + "The quarry's owner, Granholt Stone, said in a letter to the board that the rules would cost about "
                + "$2 million a year.\n");
        assertSpeaker(doc, "new rules will cost $2 million", "Granholt Stone");
    }

    /** Round 52: a public body's deck noun is the office that speaks for it, whose words echo none of the deck's. */
    @Test
    void aDistrictsDeckNounIsItsSuperintendent() {
        AnnotatedDocument doc = extract("Brenholm trustees close two rural schools\n\n"
                + "Families plead for Aldby school; district says mergers cannot wait" + BYLINE
                + "The Brenholm Area School District board voted 5-2 on Thursday to close Aldby and Kettle Run schools "
                + "in June.\n\n"
                + "Superintendent Noor Havik told trustees the district had lost 600 pupils in four years and could no "
                + "longer staff buildings that were half empty.\n\n"
                + "The district's business manager, Olle Strand, said the closings would save $1.8 million a year.\n");
        assertSpeaker(doc, "mergers cannot wait", "Noor Havik");
    }

    /**
     * Round 61: a committee speaks through its chair as a board does, and a deck's two words whose head is such a body
     * ("festival committee") are that body; a member still speaks for herself.
     */
    @Test
    void aCommitteesTwoWordDeckNounIsItsChair() {
        String top = "Choir barred from harvest festival\n\nChoir says singers did nothing wrong; festival committee cites "
                + "permit rule" + BYLINE + "The festival committee voted 4-3 on Monday to bar the choir after the church said "
                + "it could not file the permit the committee requires, ";
        AnnotatedDocument doc = extract(top + "committee chair Ilsa Brandt-Okoro said.\n");
        assertSpeaker(doc, "permit rule", "Ilsa Brandt-Okoro");
        doc = extract(top + "committee member Ilsa Brandt-Okoro said.\n");
        assertSpeaker(doc, "permit rule", "festival committee");
    }

    /** Round 61: a board that votes speaks through its chair, titled with the board's own word ("Board chair X"). */
    @Test
    void aBoardsDeckNounIsItsChairTitledWithItsWord() {
        String top = "Pool to stay shut all summer, board says\n\nSwimmers pack hearing; board cites broken pumps" + BYLINE
                + "The Elmstead Parks board voted 5-2 on Monday to keep the Riverside pool closed until September. ";
        AnnotatedDocument doc = extract(top + "Board chair Odile Farren-Mace said the pumps had failed and that new parts "
                + "would not arrive before August.\n");
        assertSpeaker(doc, "Pool to stay shut all summer", "Odile Farren-Mace");
        assertSpeaker(doc, "broken pumps", "Odile Farren-Mace");
        // A member speaks for herself, not for the board.
        doc = extract(top + "Board member Odile Farren-Mace said the pumps had failed and that new parts would not "
                + "arrive before August.\n");
        assertSpeaker(doc, "Pool to stay shut all summer", "board");
    }

    /**
     * Round 60: a headline's "town says" over a story whose town officer, titled with the town's possessive, is the
     * first to say anything is that officer, whether or not her words echo the headline's (the fifty-ninth bullet).
     */
    @Test
    void aTownsOwnOfficerQuotedFirstIsItsHeadlineNoun() {
        AnnotatedDocument doc = extract("Ferry dock's old crane must go, village says; owner vows appeal" + BYLINE
                + "HOLMWICK - The crane has stood on the dock since 1998.\n\n"
                + "In a letter dated Feb. 2, the village's building inspector, Tamsin Oduya-Reeve, told owner Piet Marlow "
                + "that the rusted jib breaks a safety rule.\n\n"
                + "Marlow said he would appeal.\n\nMayor Ivo Stenmark did not return calls.\n");
        assertSpeaker(doc, "Ferry dock's old crane must go", "Tamsin Oduya-Reeve");
    }

    /** Round 52: a councillor whose words echo a city's deck speaks for herself; the deck stays the city's. */
    @Test
    void aCouncillorIsNotTheCitysDeckNoun() {
        AnnotatedDocument doc = extract("Lakeside Court tenants still without hot water\n\n"
                + "Landlord blames plumber; city says it will hire a crew and charge the landlord" + BYLINE
                + "Tenants at Lakeside Court have had no hot water since March 2.\n\n"
                + "The building's owner, Ferncliff Rentals, blamed a plumbing firm for the delay.\n\n"
                + "Coun. Mirja Tallis, who represents the ward, said the city would hire its own crew and charge the "
                + "landlord if the water was not back by Monday.\n");
        assertSpeaker(doc, "it will hire a crew and charge the landlord", "city");
    }

    @Test
    void aDecksCapitalizedPersonNounIsThePersonItTitlesBelow() {
        AnnotatedDocument doc = extract("Town to fell 900 elms as blight spreads\n\n"
                + "Ranger says few can be rescued; owners ask why spraying ended" + BYLINE
                + "HOLLIS - The town of Hollis will fell about 900 elm trees this winter, park ranger Ines Volk said Tuesday.\n\n"
                + "Volk said the blight had reached every ward.\n");
        assertSpeaker(doc, "few can be rescued", "Ines Volk");
    }

    @Test
    void aDecksPluralPersonNounStaysNoOnePerson() {
        AnnotatedDocument doc = extract("Town to fell 900 elms as blight spreads\n\n"
                + "Wardens say few can be rescued; owners ask why spraying ended" + BYLINE
                + "HOLLIS - The town of Hollis will fell about 900 elm trees this winter, park warden Ines Volk said Tuesday.\n");
        assertSpeaker(doc, "few can be rescued", "Wardens");
    }

    @Test
    void aDecksLowerCasePersonNounIsThePersonItTitlesBelow() {
        AnnotatedDocument doc = extract("Town to fell 900 elms as blight spreads\n\n"
                + "Owners ask why spraying ended; warden says few can be rescued" + BYLINE
                + "HOLLIS - The town of Hollis will fell about 900 elm trees this winter, chief warden Ines Volk said Tuesday.\n");
        assertSpeaker(doc, "few can be rescued", "Ines Volk");
    }

    /**
     * Round 56: a deck's noun for a thing is the body that runs it, when a statement of "its operator" comes first; a
     * deck's people ("doctors blame ...") are not.
     */
    @Test
    void aThingsOperatorSpeakingFirstIsTheDecksNoun() {
        AnnotatedDocument doc = extract("Dunmore clinic to close on Saturdays, clinic says\n\n"
                + "Patients fear long drives; doctors blame low pay" + BYLINE
                + "The Dunmore Family Clinic will close on Saturdays from March because it cannot hire a second doctor, "
                + "its operator said Monday.\n\n"
                + "Northvale Health Partners, which runs the Dunmore Family Clinic, said the change would last a year.\n");
        assertSpeaker(doc, "Dunmore clinic to close on Saturdays", "Northvale Health Partners");
        assertSpeaker(doc, "low pay", "doctors");
    }

    /**
     * Round 56: a public body's deck noun that no name expands is the office holder below who echoes the deck's own
     * verb ("calls it fair" over "called the deal fair").
     */
    @Test
    void anUnnamedDistrictsDeckNounIsTheHolderWhoEchoesItsVerb() {
        AnnotatedDocument doc = extract("Ashby teachers ratify pay deal\n\n"
                + "Union says raise is modest; district calls it fair" + BYLINE
                + "Ashby teachers voted on Monday to accept a three-year contract.\n\n"
                + "The union's president, Mirela Sandoval, said the raise was modest but welcome.\n\n"
                + "Superintendent Halvor Brecken called the deal \"fair to pupils and to taxpayers.\"\n");
        assertSpeaker(doc, "it fair", "Halvor Brecken");
    }

    /**
     * Round 56: a deck opening with a body's kind ("Developer") is the body below whose name ends in a word of its stem
     * ("Kestwood Developments"); one person of the noun ("one ranger") is no name.
     */
    @Test
    void aDeckNounOpeningItsDeckIsTheBodyWhoseNameCarriesItsStem() {
        AnnotatedDocument doc = extract("Council lets cinema come down\n\n"
                + "Developer vows to keep the marquee; last owner says she had no choice" + BYLINE
                + "Ashby council voted 6-3 to remove the Regent Cinema from the heritage list.\n\n"
                + "Kestwood Developments has said it will keep the cinema's marquee and build flats behind it.\n");
        assertSpeaker(doc, "to keep the marquee", "Kestwood Developments");
    }

    /** Round 57: each deck statement of one noun gets the owner the text names for it, read from the text once. */
    @Test
    void everyDeckStatementOfOneNounIsItsNamedOwner() {
        AnnotatedDocument doc = extract("Harbour limits night dredging\n\n"
                + "Port votes 5-2; marina says rules will cost 40 berths; marina says work will stop" + BYLINE
                + "The Selvik port board voted on Thursday to stop dredging after 10 p.m.\n\n"
                + "The marina's owner, Brattvik Moorings, said in a statement that the rules would cost about 40 berths and "
                + "that work on the new pontoon would stop.\n");
        assertSpeaker(doc, "rules will cost 40 berths", "Brattvik Moorings");
        assertSpeaker(doc, "work will stop", "Brattvik Moorings");
    }

    /** Round 57: two decks of one kind's noun over one body below: the second reads what the first found. */
    @Test
    void everyDeckOfOneKindsNounIsTheBodyBelowItFoundOnce() {
        AnnotatedDocument doc = extract("Mill to become flats\n\n"
                + "Builder vows to keep the chimney; builder says the loom hall will be a gym" + BYLINE
                + "Tovdal council approved the plans for the old wool mill on Monday.\n\n"
                + "Harrow Builders has said it will keep the mill's chimney and turn the loom hall into a gym.\n");
        assertSpeaker(doc, "to keep the chimney", "Harrow Builders");
        assertSpeaker(doc, "the loom hall will be a gym", "Harrow Builders");
    }

    /**
     * Round 58: a deck's noun is whoever the story's top quotes for the body ({@link
     * ResolutionWindows#HEADLINE_ECHO_STATEMENTS} statements below it), not a holder of its office quoted further down.
     */
    @Test
    void aDecksNounReadsOnlyTheStorysTopForTheBodysVoice() {
        assertSpeaker(extract(districtStory(ResolutionWindows.HEADLINE_ECHO_STATEMENTS - 2)), "mergers cannot wait", "Noor Havik");
        assertSpeaker(extract(districtStory(ResolutionWindows.HEADLINE_ECHO_STATEMENTS + 2)), "mergers cannot wait",
                "Brenholm Area School District");
    }

    /**
     * Round 59: a page of stories whose decks each open with a noun of their own ("Wharf says", "Kiln says", "Ferryman
     * says", "Brewer says"): each deck reads the owners, the titled people and the bodies below from indexes built once
     * per text (a search of the text or of every statement below per noun was quadratic on such a page), and each finds
     * its own.
     */
    @Test
    void eachDeckOfAPageWithANounOfItsOwnFindsItsOwnVoice() {
        AnnotatedDocument doc = extract("Harbour raises berth fees\n\nWharf says fees will rise by a third" + BYLINE
                + "The Selvik harbour board voted on Monday to raise berth fees.\n\n"
                + "The wharf's owner, Brattvik Moorings, said the fees would rise by a third.\n\n"
                + "Kiln to close for winter\n\nKiln says fires will stay out until March\n\n"
                + "The kiln's operator, Ostra Ceramics, said the fires would stay out until March.\n\n"
                + "Ferry cuts night crossings\n\nFerryman says the last boat leaves at nine\n\n"
                + "Chief ferryman Tor Lundvik said the last boat would leave at nine from next week.\n\n"
                + "Brewer vows to keep the old kettles\n\n"
                + "Kettleby Brewers has said it will keep the copper kettles in the tap room.\n");
        assertSpeaker(doc, "fees will rise by a third", "Brattvik Moorings");
        assertSpeaker(doc, "fires will stay out until March", "Ostra Ceramics");
        assertSpeaker(doc, "the last boat leaves at nine", "Tor Lundvik");
        assertSpeaker(doc, "to keep the old kettles", "Kettleby Brewers");
    }

    /** A district's deck over {@code parents} parents' statements, then its superintendent's. */
    private static String districtStory(int parents) {
        StringBuilder text = new StringBuilder("Brenholm trustees close two rural schools\n\n"
                + "Families plead for Aldby school; district says mergers cannot wait" + BYLINE
                + "The Brenholm Area School District board voted 5-2 on Thursday to close Aldby and Kettle Run schools "
                + "in June.\n\n");
        for (int i = 0; i < parents; i++) {
            text.append("Parent Eira Solberg said the bus ride to Kettle Run would take ").append(i + 20).append(" minutes.\n\n");
        }
        return text.append("Superintendent Noor Havik told trustees the district had lost 600 pupils in four years.\n").toString();
    }
}
