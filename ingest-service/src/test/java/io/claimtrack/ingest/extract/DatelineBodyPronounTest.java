package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "VESTRA CITY, April 14 (Nordwire) - Holmfjord Resources cut its forecast ... it said": the body a wire story's
 * first sentence opens with comes after its dateline; the dateline's place ("City" makes it read as a body) is no
 * one's name for "it".
 */
class DatelineBodyPronounTest {

    @Test
    void itAfterAWireDatelineIsNotTheDatelinesPlace() {
        AnnotatedDocument doc = extract("""
                UPDATE 2-Vestra miner Holmfjord cuts output forecast

                (Adds comments from minister; updates shares)

                By Lena Ostrom

                VESTRA CITY, April 14 (Nordwire) - Holmfjord Resources cut its annual copper output forecast by 12% on \
                Tuesday after regulators shut a dam at its Lyngen mine.

                The company now expects to produce 310,000 tonnes of copper this year, it said in a statement.
                """);
        // "Resources" ends a company's name (lexicon/organizations.txt), so "it" is the company, not "VESTRA CITY".
        assertEquals("Holmfjord Resources", statement(doc, "The company now expects to produce 310,000 tonnes of copper this year").speaker);
    }
}
