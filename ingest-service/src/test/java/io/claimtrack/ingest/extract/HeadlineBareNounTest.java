package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 42: a headline or deck line opening with a bare common noun ("Insurer says ...", "Union says ..."),
 * capitalised only as its line's first word, is a description, not a name: its speaker is the one whose statements
 * below repeat its words.
 */
class HeadlineBareNounTest {

    private static final String INSURER = """
            Brackwater Mutual doubles its storm reserve

            Insurer says premiums will keep rising along the coast

            Brackwater Mutual set aside $90 million for storm claims in the second quarter, twice as much as a year earlier.

            """;

    @Test
    void aBusinessNounIsTheExecutiveWhoseWordsItSumsUp() {
        AnnotatedDocument doc = extract(INSURER
                + "Chief executive Rosalind Tervaskoski said she expected premiums to keep rising along the coast for at least two more years.\n");
        assertSpeaker(doc, "premiums will keep rising along the coast", "Rosalind Tervaskoski");
    }

    @Test
    void aBareNounNoStatementEchoesKeepsItsReading() {
        AnnotatedDocument doc = extract(INSURER + "Chief executive Rosalind Tervaskoski said the board would meet in Corbridge next month.\n");
        assertSpeaker(doc, "premiums will keep rising along the coast", "Insurer");
    }

    @Test
    void aBareNounWhoseQuotationAPersonRepeatsIsThatPerson() {
        AnnotatedDocument doc = extract("""
                Ferry crews vote to strike

                Union says crews "have run out of patience"

                Deckhands and engineers of the Orrin Sound Ferry Workers Union voted on Sunday to authorise a strike, the union said.

                "We have asked for a contract for two years, and our crews have run out of patience," said Odalys Brennick-Tam, the union's president.
                """);
        assertSpeaker(doc, "crews \"have run out of patience\"", "Odalys Brennick-Tam");
    }
}
