package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A lawsuit's, complaint's or petition's words speak for those the text names as filing it ("filed ... by Petra and Jonas
 * Halvik"), as does the unnamed description of them as the ones who sued; a filing whose filers the text does not name
 * with it, or names as three or more, keeps its mention.
 */
class FilingsTest {

    private static final String HEATING = """
            Tenants sue Birchmoor landlord over broken heating

            Suit says the owner ignored repeated repair requests

            By Hana Veldt
            Staff Writer

            Two tenants who have lived in a Birchmoor tower since 2019 have sued the building's owner, saying the heat failed for most of January.

            The lawsuit, filed Thursday in Orrin County District Court by Petra and Jonas Halvik, alleges that the owner, Greyline Holdings, knew the boiler was failing in November.

            Their apartment reached 9 degrees on Jan. 12, the complaint says.

            A spokesman for Greyline Holdings, Carl Wendt, said the company had replaced the boiler in February.

            According to the filing, the owner had been fined twice before.
            """;

    @Test
    void aDebtorsCourtFilingSpeaksForTheBodyThatFiledForBankruptcy() {
        AnnotatedDocument doc = extract("""
                Pellmore Toys Inc., the 80-year-old toy chain, filed for Chapter 11 bankruptcy protection in Ohio.

                The company listed debts of $40 million, according to a court filing late Monday.

                Its biggest creditors include a plush maker in Dayton, the filing shows.
                """);
        assertSpeaker(doc, "The company listed debts of $40 million", "Pellmore Toys Inc");
        assertSpeaker(doc, "Its biggest creditors include a plush maker in Dayton", "Pellmore Toys Inc");
    }

    @Test
    void aFilingAndTheOnesWhoSuedSpeakAsTheFilersNamedWithIt() {
        AnnotatedDocument doc = extract(HEATING);
        assertSpeaker(doc, "the owner ignored repeated repair requests", "Petra Halvik and Jonas Halvik");
        assertSpeaker(doc, "the heat failed for most of January", "Petra Halvik and Jonas Halvik");
        assertSpeaker(doc, "the owner, Greyline Holdings, knew the boiler was failing in November", "Petra Halvik and Jonas Halvik");
        assertSpeaker(doc, "Their apartment reached 9 degrees on Jan. 12", "Petra Halvik and Jonas Halvik");
        assertSpeaker(doc, "the owner had been fined twice before", "Petra Halvik and Jonas Halvik");
        assertSpeaker(doc, "the company had replaced the boiler in February", "Carl Wendt");
    }

    @Test
    void aFilingWithoutNamedFilersOrWithThreeKeepsItsMention() {
        AnnotatedDocument unnamed = extract(HEATING.replace(", filed Thursday in Orrin County District Court by Petra and Jonas Halvik,", ""));
        assertSpeaker(unnamed, "the owner, Greyline Holdings, knew the boiler was failing in November", "The lawsuit");
        assertSpeaker(unnamed, "the heat failed for most of January", "Two tenants");
        AnnotatedDocument three = extract(HEATING.replace("by Petra and Jonas Halvik", "by Petra and Jonas Halvik and Maud Ferrand-Lusk"));
        assertSpeaker(three, "Their apartment reached 9 degrees on Jan. 12", "the complaint");
    }

    @Test
    void aLawsuitWithItsCourtSetOffSpeaksAsItselfOrItsFilers() {
        String text = """
                Two growers want the county to pay for a flooded orchard.

                The lawsuit, filed Friday in Kessel County Superior Court, alleges that the county let a culvert silt up for three years.

                The petition, filed last week in Kessel County Superior Court, argues that the drainage fee was never spent.

                Their lawyer wore a grey suit to the hearing and said little.
                """;
        AnnotatedDocument unnamed = extract(text);
        assertSpeaker(unnamed, "the county let a culvert silt up for three years", "The lawsuit");
        assertSpeaker(unnamed, "the drainage fee was never spent", "The petition");
        AnnotatedDocument named = extract(text + "\nThe suit was brought by Odile Marchetti and Bram Vos, who farm 40 acres on Culvert Road.\n");
        assertSpeaker(named, "the county let a culvert silt up for three years", "Odile Marchetti and Bram Vos");
    }

    @Test
    void aFilingByOneBodyIsThatBodys() {
        AnnotatedDocument doc = extract(HEATING.replace("by Petra and Jonas Halvik", "by the Birchmoor Tenants Association"));
        assertSpeaker(doc, "Their apartment reached 9 degrees on Jan. 12", "Birchmoor Tenants Association");
    }

    /** The verb is read in any case, as the pattern reads it; a verb of no filing ("signed") names no filers. */
    @Test
    void theFilingsVerbIsReadInAnyCase() {
        String text = """
                Quarry neighbours go to court

                The petition, Lodged on Tuesday by Ivo and Mara Stenholt, says the blasting cracked their well.
                """;
        assertSpeaker(extract(text), "the blasting cracked their well", "Ivo Stenholt and Mara Stenholt");
        assertSpeaker(extract(text.replace("Lodged", "signed")), "the blasting cracked their well", "The petition");
    }

    private static final String INDICTMENT = """
            Office of the Regional Prosecutor of Norland

            Press release

            Kelm, 2 June 2031 - The Regional Prosecutor's Office has filed an indictment with the Kelm County Court against \
            Arvid Stolt, a former harbour master, on charges of fraud.

            According to the indictment, Mr Stolt sold fuel from the harbour depot for his own profit between 2027 and 2029.

            The indictment alleges that the sales were recorded as spillage.

            The prosecution has asked that the court hear 12 witnesses.
            """;

    /** An indictment a named body filed speaks as that body, and so does "the prosecution". */
    @Test
    void anIndictmentAndTheProsecutionSpeakAsTheBodyThatFiledIt() {
        AnnotatedDocument doc = extract(INDICTMENT);
        assertSpeaker(doc, "Mr Stolt sold fuel from the harbour depot for his own profit between 2027 and 2029",
                "Regional Prosecutor's Office");
        assertSpeaker(doc, "the sales were recorded as spillage", "Regional Prosecutor's Office");
        assertSpeaker(doc, "the court hear 12 witnesses", "Regional Prosecutor's Office");
    }

    /** Prosecutors not named as a body leave the indictment its own mention. */
    @Test
    void anIndictmentFiledByUnnamedProsecutorsKeepsItsMention() {
        AnnotatedDocument doc = extract(INDICTMENT.replace("The Regional Prosecutor's Office has", "Prosecutors have"));
        assertSpeaker(doc, "the sales were recorded as spillage", "The indictment");
    }
}
