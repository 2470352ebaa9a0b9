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
    void aNationalityOfNeitherPartyIsLeftAsWritten() {
        DefinedTerms two = DefinedTerms.of("Norlund and Estmar, hereinafter the Sides, met in Vell.");

        assertNull(two.speakerFor("The Dravian Side"));
        assertEquals("Norlund and Estmar", two.speakerFor("the Sides"));
    }

    /** Round 60: a ruling's bracketed term for one body ("(hereinafter "the applicant")") speaks for that body. */
    @Test
    void aBracketedTermForOneBodySpeaksForTheBodyBeforeIt() {
        DefinedTerms one = DefinedTerms.of("Harbor Freight Lines Ltd (hereinafter “the Company”) said on Monday that it would appeal.");
        DefinedTerms dated = DefinedTerms.of("""
                1. On 4 March 2041, Glasswick Freight Ltd. (hereinafter "the operator") applied for a renewal.
                """);

        assertEquals("Harbor Freight Lines Ltd", one.speakerFor("the Company"));
        assertEquals("Glasswick Freight Ltd.", dated.speakerFor("The operator"));
        assertNull(dated.speakerFor("the regulator"));
    }

    private static final String RULING = """
            RENT TRIBUNAL OF THE DISTRICT OF MARL

            Ruling No. 41/2040 on the appeal of the Tenants' Union of Marl

            1. On 2 February 2040, the Tenants' Union of Marl (hereinafter "the applicant") lodged an appeal against the \
            rent order of the Marl Housing Office (hereinafter "the Office").

            2. The applicant submits that the rent rise was unlawful because no hearing was held.

            3. According to the applicant, the Office ignored three written objections.

            4. The Office denies that any objection was received.
            """;

    @Test
    void aRulingsPartiesSpeakUnderTheTermsItDefines() {
        AnnotatedDocument doc = Pipeline.extract(RULING);

        assertEquals("Tenants' Union of Marl", Pipeline.speakerOf(doc, "the rent rise was unlawful"));
        assertEquals("Tenants' Union of Marl", Pipeline.speakerOf(doc, "the Office ignored three written objections"));
        assertEquals("Marl Housing Office", Pipeline.speakerOf(doc, "any objection was received"));
    }
}
