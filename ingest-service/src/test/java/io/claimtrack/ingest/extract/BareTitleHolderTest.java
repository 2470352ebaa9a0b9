package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "the mayor" a dozen paragraphs below "Mayor NAME" is that mayor when the story gives the title to no one else and
 * named her before it ({@link TitledNames#titledOnly}).
 */
class BareTitleHolderTest {

    private static final String FILLER = "The hall was full, and the vote ran past eleven o'clock after a long list of "
            + "speakers from both sides of the river who had waited since seven to be heard.\n\n";

    private static String story(String opening) {
        return story(opening, "the mayor");
    }

    private static String story(String opening, String title) {
        return "Council backs new depot\n\n" + opening + "\n\n" + FILLER.repeat(12)
                + "Asked whether the neighbours could still stop the depot, " + title + " said the vote was final.\n";
    }

    @Test
    void theStorysOnlyMayorSpeaksFarBelow() {
        assertSpeaker(extract(story("Mayor Ilsa Brandvold-Oyo, who had backed the Northgate site for two years, opened the meeting.")),
                "the vote was final", "Ilsa Brandvold-Oyo");
    }

    /** A former mayor holds the office no longer: "the mayor" is the one who does. */
    @Test
    void aFormerMayorLeavesTheMayorToTheSittingOne() {
        assertSpeaker(extract(story("Mayor Ilsa Brandvold-Oyo opened the meeting, and former mayor Dag Lundqvist-Amoah spoke against the site.")),
                "the vote was final", "Ilsa Brandvold-Oyo");
    }

    /** "Vice President" is another office than "the president"; "Gov." is "the governor" written short. */
    @Test
    void theTitleIsMatchedAsAnOfficeNotByItsLastWord() {
        assertSpeaker(extract(story("President Oskar Threlkeld-Ibe and Vice President Mara Quenby toured the site.", "the president")),
                "the vote was final", "Oskar Threlkeld-Ibe");
        assertSpeaker(extract(story("Gov. Lorna Vasquez-Tiller signed the order on Tuesday.", "the governor")),
                "the vote was final", "Lorna Vasquez-Tiller");
    }

    /** "the chief" is the police chief when no one else is a chief; two ministers leave "the minister" unresolved. */
    @Test
    void aTitlesHeadWordIsItsOnlyHolderAndTwoHoldersNeither() {
        assertSpeaker(extract(story("Police Chief Ansgar Moberly-Quist briefed the council.", "the chief")),
                "the vote was final", "Ansgar Moberly-Quist");
        assertSpeaker(extract(story("Finance Minister Kofi Aldenbrook and Transport Minister Petra Ulvang-Rice toured the site.",
                "the minister")), "the vote was final", "the minister");
    }

    /** A holder named only below the description, or "the new chief" after the old one, is no one the reader has met. */
    @Test
    void aHolderNamedOnlyLaterOrANewHolderLeavesTheDescription() {
        String later = "Council backs new depot\n\nAsked whether the neighbours could still stop the depot, the mayor said the vote "
                + "was final.\n\n" + FILLER.repeat(12) + "Mayor Ilsa Brandvold-Oyo left before the end.\n";
        assertSpeaker(extract(later), "the vote was final", "the mayor");
        assertSpeaker(extract(story("Chief Ansgar Moberly-Quist retired in May after nine years.", "the new chief")),
                "the vote was final", "the new chief");
    }

    /** Issue 10, round 49: the speaker's own "he" says the chief officer is not the chief inspector the report names, Ingrid Solheim. */
    @Test
    void theSpeakersOwnPronounOfTheOtherGenderIsNotTheTitlesHolder() {
        AnnotatedDocument doc = extract("""
                Interim report: grounding of the cargo ship Meren Bay

                The ship ran aground on a sandbank near Torvik while entering the port.

                The chief officer told investigators that he had not seen the buoy before the ship turned.

                The Board's Chief Inspector of Marine Casualties, Ingrid Solheim, said:

                "The crew did what they could. Our final report will explain why the radar failed."
                """);
        assertSpeaker(doc, "he had not seen the buoy before the ship turned", "The chief officer");
    }

    /** "Her lawyer told the court she ...": the "she" is the client's, and the lawyer named later still speaks. */
    @Test
    void aPossessedDescriptionsPronounIsThePossessors() {
        AnnotatedDocument doc = extract("""
                Former club treasurer jailed for fraud

                A former treasurer of the Millbrook Rowing Club, Anna Lenz-Ortiz, was sentenced Monday to a year in jail.

                She pleaded guilty in May. Her lawyer told the court she has no money left to repay.

                The lawyer, Pavel Dunmore, said outside court that his client was "deeply sorry."
                """);
        assertSpeaker(doc, "she has no money left to repay", "Pavel Dunmore");
    }
}
