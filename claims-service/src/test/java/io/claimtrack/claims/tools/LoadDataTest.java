package io.claimtrack.claims.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Date;
import java.util.HashSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The load tool's queries find what its fill wrote only if both derive the same names from the same numbers. */
class LoadDataTest {

    @Test
    void everyNumberHasItsOwnWordAndEverySpeakerItsOwnName() {
        assertEquals(3000, new HashSet<>(LoadData.VOCABULARY).size());
        assertEquals(10_000, IntStream.range(0, 10_000).mapToObj(LoadData::speakerName).distinct().count());
        assertEquals("ba", LoadData.word(0));
        assertEquals(LoadData.word(1042), LoadData.VOCABULARY.get(1042));
    }

    @Test
    void idsDaysAndOutletsAreFixedWidthAndRoundTrip() {
        assertEquals("sp_load_00042", LoadData.speakerId(42));
        assertEquals("cl_load_0000042", LoadData.claimId(42));
        assertEquals("doc_load_0000042", LoadData.documentId(42));
        assertEquals("2024-01-31", LoadData.day(30));
        assertEquals(30, LoadData.dayOf(Date.from(LoadData.EPOCH.plusSeconds(30 * 86_400 + 5))));
        assertEquals("Ukrinform", LoadData.outletName("ukrinform"));
        assertEquals("unknown", LoadData.outletName("unknown"));
    }
}
