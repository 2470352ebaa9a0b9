package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, fortieth round: a readout's place and date ("KESSBY, 14 May." or "KESSBY, May 14.") is a sentence of its own
 * before the lede; the lede, where a host receives the guest, is the sentence after it. Round 55 (olderres2): so is a
 * date written day first, with its year ("KESSBY, 14 May 2031.").
 */
class DatelineLedeTest {

    @Test
    void theGuestIsNamedInTheSentenceAfterThePlaceAndDate() {
        AnnotatedDocument doc = extract("""
                Ministers of Fisheries meet in Kessby

                KESSBY, May 14. Minister of Fisheries of the Republic of Vellmark Ansgar Dunmore-Pike received the Minister \
                of Maritime Affairs of the Kingdom of Ostria, Odile Brannock-Lee.

                The guest said that Ostria would reopen its northern fishing grounds to Vellmarkian boats in autumn.
                """);
        assertSpeaker(doc, "Ostria would reopen its northern fishing grounds to Vellmarkian boats in autumn", "Odile Brannock-Lee");
    }

    @Test
    void aSentenceThatGoesOnAfterItsDateIsTheLede() {
        AnnotatedDocument doc = extract("""
                Ferry strike ends

                KESSBY, May 14 saw the last ferry strike of the season end at noon.

                Minister of Transport Ansgar Dunmore-Pike received union leader Odile Brannock-Lee on Friday.
                """);
        assertEquals("KESSBY, May 14 saw the last ferry strike of the season end at noon.",
                doc.text.substring(doc.lede().start(), doc.lede().end()));
    }

    @Test
    void aDateWrittenDayFirstWithItsYearStandsBeforeTheLede() {
        AnnotatedDocument doc = extract("""
                On the talks in Torby

                TORBY, 3 May 2031.

                Minister of Transport of the Kingdom of Dunmark Marten Hollgrave held talks today with Minister of \
                Transport of the Republic of Ravelia Selma Okrand, who is in Dunmark on a working visit.

                The guest said that Ravelia would open a second ferry line to Torby in the spring.
                """);
        assertSpeaker(doc, "Ravelia would open a second ferry line to Torby in the spring", "Selma Okrand");
    }
}
