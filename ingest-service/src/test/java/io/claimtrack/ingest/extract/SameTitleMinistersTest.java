package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, twenty-fifth round: a wire story about two countries' ministers of the same office calls them by the
 * country's possessive ("Norland's trade minister") and as each other's counterparts ("his Estmarkian counterpart").
 */
class SameTitleMinistersTest {

    private static final String NAMED = """

            The exchange came a day before the two men were due to meet in Harrow for talks on the ore trade.

            "We will not be bullied," Norlandic Trade Minister Jon Berg told reporters in Harrow.

            Estmarkian Trade Minister Lars Vik said in Tessen that the duties broke the customs treaty.

            Norlandic Defence Minister Ola Dahl said on Tuesday that the navy would escort the ore ships. His Estmarkian \
            counterpart, Per Moe, responded that no escort was needed.
            """;

    /** A country's possessive names whose office it is, as "the" does: the one person given it with that place. */
    @Test
    void aCountrysPossessiveTitleIsTheOnePersonGivenThatOfficeThere() {
        AnnotatedDocument doc = extract("HARROW, May 3 (Wire) - Norland's trade minister said on Monday that Estmark was "
                + "dumping steel on its market.\n" + NAMED);
        assertSpeaker(doc, "Estmark was dumping steel on its market", "Jon Berg");
    }

    /**
     * "his Estmarkian counterpart" after Norland's trade minister is Estmark's trade minister, not the person the story
     * later introduces as "His Estmarkian counterpart" of the defence minister.
     */
    @Test
    void aCounterpartHoldsThePossessorsOfficeForItsOwnCountry() {
        AnnotatedDocument doc = extract("HARROW, May 3 (Wire) - Norland's trade minister said on Monday that Estmark was "
                + "dumping steel on its market, while his Estmarkian counterpart said the new duties were illegal.\n" + NAMED);
        assertSpeaker(doc, "the new duties were illegal", "Lars Vik");
    }

    /**
     * "His Estmarkian counterpart, Per Moe," after Norland's defence minister holds that office for Estmark, so "the
     * Estmarkian defence minister" is Moe, and "His Norlandic counterpart" after Moe's statement is Dahl again.
     */
    @Test
    void aCounterpartNamedInAppositionHoldsTheOfficeOfThePersonTitledBefore() {
        AnnotatedDocument doc = extract("HARROW, May 3 (Wire) - Norland accused Estmark of dumping steel.\n" + NAMED + """

                In Tessen, the Estmarkian defence minister told parliament that Norlandic jets had crossed the border twice.

                His Norlandic counterpart said the jets had flown only over the sea.
                """);
        assertSpeaker(doc, "Norlandic jets had crossed the border twice", "Per Moe");
        assertSpeaker(doc, "the jets had flown only over the sea", "Ola Dahl");
    }

    /** "with her Ostrian counterpart Emil Brandt" a paragraph below Vestria's energy minister: "The Ostrian minister" is Brandt. */
    @Test
    void aCounterpartNamedAfterTheTitledPersonsParagraphHoldsTheirOffice() {
        AnnotatedDocument doc = extract("""
                KESSEL, May 3 (Wire) - Vestrian Energy Minister Karin Holt on Monday called for a new pipeline agreement.

                Speaking at a news conference with her Ostrian counterpart Emil Brandt in Kessel, Holt said the talks had \
                been useful.

                For his part, Brandt said Ostria would pay the transit fees. The Ostrian minister noted that the pipeline \
                would serve both countries for decades.
                """);
        assertSpeaker(doc, "the pipeline would serve both countries for decades", "Emil Brandt");
    }

    /** "The Norlandic minister rejected that account. He said": a title with whose office it is turns "he" to its holder. */
    @Test
    void aPronounAfterASentenceOpenedByACountrysTitleIsItsHolder() {
        AnnotatedDocument doc = extract("""
                HARROW, May 3 (Wire) - "We will not be bullied," Norlandic Trade Minister Jon Berg told reporters in Harrow.

                Estmarkian Trade Minister Lars Vik said in Tessen that the duties broke the customs treaty.

                The Norlandic minister rejected that account. He said the duties had been approved by parliament.
                """);
        assertSpeaker(doc, "the duties had been approved by parliament", "Jon Berg");
    }

    /**
     * "and that Estmark would ask the court ... “...,” he said": a one-word name whose people's adjective the text uses
     * ("Estmarkian ships") is a place, no "he"; the pronoun is the minister who spoke before.
     */
    @Test
    void aPlaceWhosePeoplesAdjectiveTheTextUsesIsNoHe() {
        AnnotatedDocument doc = extract("""
                TESSEN, May 3 (Wire) - Estmarkian Trade Minister Lars Vik said the duties were illegal. Estmarkian ships \
                stayed in port on Monday.

                The Estmarkian minister said nothing had changed and that Estmark would ask the court to rule on the duties.

                "Nothing I heard today changes that," he said.
                """);
        assertSpeaker(doc, "\"Nothing I heard today changes that,\"", "Lars Vik");
    }
}
