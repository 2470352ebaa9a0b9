package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round (lead): a capitalised title whose field joins two words with "and" ("Minister of Trade
 * and Shipping of the Republic of Ostravia") still hands its holder's name to the readout when the first name is on no
 * list: the two words after the place its last "of" names are the holder's.
 */
class JoinedTitleHoldersTest {

    @Test
    void theHolderOfATitleJoinedByAndIsNamedAfterItsPlace() {
        AnnotatedDocument doc = extract("""
                On 14 March, Minister of Trade and Shipping of the Republic of Ostravia Velimira Brannock-Oduya held talks \
                with Minister of Economy of the Kingdom of Teldmark Aurek Sandholm-Ibe, who is in Ostravia on a working visit.

                The Ostravian side proposed to open a second ferry line between the two ports.

                The Teldmarkian side said that its shipyards were ready to build the ferries.
                """);
        assertSpeaker(doc, "to open a second ferry line between the two ports", "Velimira Brannock-Oduya");
        assertSpeaker(doc, "its shipyards were ready to build the ferries", "Aurek Sandholm-Ibe");
    }

    @Test
    void aJoinedTitleWithNoOneAfterItsPlaceNamesNoOne() {
        AnnotatedDocument doc = extract("""
                The Minister of Trade and Shipping of Ostravia Province said the ferry tender would open in May.
                """);
        assertEquals("", statement(doc, "the ferry tender would open in May").mention.name());
    }
}
