package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Quillfeather Kettleworks will close its Dunmere foundry, the company said": a name the lede itself calls "the
 * company", though no word of its own says so, is the company its story's later "the company" and its deck's bare
 * "Company" stand for, paragraphs down.
 */
class CompanyCalledTest {

    private static final String FOUNDRY = """
            Quillfeather Kettleworks to shut Dunmere foundry

            Company cites weak orders; union calls move 'a betrayal'

            Quillfeather Kettleworks will close its Dunmere foundry in June, the company said Wednesday, ending 140 jobs.

            In a letter to staff, chief executive Howard Pennick-Asare wrote that orders had fallen for three years.

            "We looked at every other option," he wrote.

            The company said the foundry's furnaces would need $20 million in repairs.
            """;

    @Test
    void theCompanyTheLedeCallsItIsTheCompanyBelowAndInTheDeck() {
        AnnotatedDocument doc = extract(FOUNDRY);
        assertSpeaker(doc, "the foundry's furnaces would need $20 million in repairs", "Quillfeather Kettleworks");
        assertSpeaker(doc, "weak orders", "Quillfeather Kettleworks");
    }

    @Test
    void aLedeThatCallsNoNameTheCompanyLeavesItAsItStands() {
        AnnotatedDocument doc = extract(FOUNDRY.replace("Quillfeather Kettleworks will close its Dunmere foundry in June, the company",
                "The Dunmere foundry will close in June, the company"));
        assertSpeaker(doc, "the foundry's furnaces would need $20 million in repairs", "The company");
    }
}
