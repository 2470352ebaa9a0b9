package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A body's description capitalised as a headline's first word ("Company blames ...") is the body the story names (issue 10). */
class HeadlineBodyWordTest {

    @Test
    void aDecksCompanyIsTheBusinessTheHeadlineNames() {
        AnnotatedDocument doc = extract("""
                Harbour Ferries to cut winter sailings to the islands

                Company blames fuel costs; riders say they were never asked

                Harbour Ferries Ltd. will run two sailings a day instead of five from November, the company said on Monday.
                """);
        assertSpeaker(doc, "fuel costs", "Harbour Ferries Ltd");
    }

    @Test
    void aTitleCaseClausesUnionIsTheLocalTheStoryNames() {
        AnnotatedDocument doc = extract("""
                Harbour Ferries Cuts Winter Sailings; Union Says Crews Were Never Asked

                Harbour Ferries Ltd. will run two sailings a day instead of five from November, the company said on Monday.

                Deckhands belong to Harbour and Dock Workers Local 212, which said it would file a grievance.
                """);
        assertSpeaker(doc, "Crews Were Never Asked", "Harbour and Dock Workers Local 212");
    }

    /**
     * "Union condemns closure" over a story naming one local: the headline's capitalised word is no other union; a
     * related story's "Union says" under it is found within its teaser, as it is.
     */
    @Test
    void aDecksUnionIsTheLocalThoughTheHeadlineReadsItAsAName() {
        AnnotatedDocument doc = extract("""
                Brackwater Tools to close Fenmoor plant, cutting 300 jobs

                Union condemns closure as 'a disgrace'; mayor says town will fight

                By Ola Birk

                Brackwater Tools Inc. will close its plant in Fenmoor next year, the company said Tuesday.

                Allied Toolmakers Local 552, which represents the plant's workers, condemned the closure as "a disgrace" \
                to a town that had kept the plant open. Local president Hana Voss said the union would seek talks.

                Related stories

                Union says it warned of layoffs in a 2025 letter
                """);
        assertSpeaker(doc, "closure as 'a disgrace'", "Allied Toolmakers Local 552");
        assertSpeaker(doc, "it warned of layoffs in a 2025 letter", "Union");
    }

    /**
     * A wire's deck bullets ("* Regulator cites ...", "* Company says ...") are the regulator and the business its
     * story names, and the lede's "the agency" the agency named a paragraph below, not the deck's capitalised word.
     */
    @Test
    void aWiresDeckBulletsAreTheBodiesItsStoryNames() {
        AnnotatedDocument doc = extract("""
                UPDATE 1-Ostrelian regulator halts trial of Corvell heart drug, regulator says

                * Regulator cites "unexpected" kidney readings in nine patients

                * Company says halt is precautionary, shares fall 8%

                By Mara Lindqvist

                VELMAR, May 3 (Orbis) - Ostrelia's drugs regulator has ordered Corvell Pharma to halt a trial of its heart \
                drug after nine patients showed unusual kidney readings, the agency said on Tuesday.

                The National Drugs Agency said in a statement that none of the patients had needed treatment.

                Corvell Pharma said the halt was "a precautionary step". Shares in Corvell Pharma fell 8%.
                """);
        assertSpeaker(doc, "UPDATE 1-Ostrelian regulator halts trial of Corvell heart drug", "National Drugs Agency");
        assertSpeaker(doc, "\"unexpected\" kidney readings in nine patients", "National Drugs Agency");
        assertSpeaker(doc, "halt is precautionary, shares fall 8%", "Corvell Pharma");
        assertSpeaker(doc, "Ostrelia's drugs regulator has ordered Corvell Pharma to halt a trial of its heart drug after nine patients "
                + "showed unusual kidney readings", "National Drugs Agency");
    }

    /** "shares of Brennick Telecom slid ... The company said": what trades is a business, nearer than a bank named before. */
    @Test
    void aBodyWhoseSharesTradeIsTheCompany() {
        AnnotatedDocument doc = extract("""
                Markets steady as investors wait for rate decision

                "It is a waiting game," said Ona Petrakis, a strategist at Fallbrook Bank in Velmar.

                Elsewhere, shares of Brennick Telecom slid 5% after the carrier cut its dividend. The company said the \
                savings would go towards paying down debt.
                """);
        assertSpeaker(doc, "the savings would go towards paying down debt", "Brennick Telecom");
    }

    /** A press service speaks as its body: "the operator's press service" is the operator the text names. */
    @Test
    void aDescribedBodysPressServiceIsThatBody() {
        AnnotatedDocument doc = extract("""
                Velmar ferry fares to rise in June

                The head of the state ferry operator Arkmarine, Ivo Lunde-Baptiste, told Orbis that fares would rise by 8%.

                Arkmarine orders three ice-class tankers

                The company expects to receive the vessels by 2029, the operator's press service told Orbis.
                """);
        assertSpeaker(doc, "The company expects to receive the vessels by 2029", "Arkmarine");
    }
}
