package io.claimtrack.ingest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DefinedTermsTest {

    private static final String DECLARATION = """
            Joint Declaration of the Kingdom of Norlund and the Republic of Estmar

            The Kingdom of Norlund and the Republic of Estmar, hereinafter referred to as the Sides,

            guided by the Treaty of Good Neighbourliness of 2004,

            declare the following:

            1. The Sides reaffirm their commitment to free navigation in the Amber Strait.

            2. They call for the early reopening of the Vell ferry line.

            3. The Estmari Side supports the candidacy of Norlund for the chair of the Coastal Council.
            """;

    @Test
    void aDeclarationsDefinedTermSpeaksForTheStatesItsPreambleNames() {
        AnnotatedDocument doc = Pipeline.extract(DECLARATION);

        assertEquals("The Kingdom of Norlund and the Republic of Estmar", Pipeline.speakerOf(doc, "their commitment"));
        assertEquals("The Kingdom of Norlund and the Republic of Estmar", Pipeline.speakerOf(doc, "the early reopening"));
        assertEquals("the Republic of Estmar", Pipeline.speakerOf(doc, "the candidacy of Norlund"));
    }

    @Test
    void aBracketedDefinitionNamesTheTwoGovernmentsAfterBetween() {
        DefinedTerms terms = DefinedTerms.of("""
                The Agreement between the Government of Norlund and the Government of Estmar (hereinafter - the \
                Parties) entered into force in May. Both Parties stressed that the quotas would not change.
                """);

        assertEquals("the Government of Norlund and the Government of Estmar", terms.speakerFor("Both Parties"));
        assertEquals("the Government of Estmar", terms.speakerFor("The Estmari Party"));
        assertNull(terms.speakerFor("The Parties to the conflict"));
    }

    @Test
    void aTermDefinedForOneBodyOrANationalityOfNeitherIsLeftAsWritten() {
        DefinedTerms one = DefinedTerms.of("Harbor Freight Lines Ltd (hereinafter “the Company”) said on Monday that it would appeal.");
        DefinedTerms two = DefinedTerms.of("Norlund and Estmar, hereinafter the Sides, met in Vell.");

        assertNull(one.speakerFor("the Company"));
        assertNull(two.speakerFor("The Dravian Side"));
        assertEquals("Norlund and Estmar", two.speakerFor("the Sides"));
    }
}
