package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 46: "“Q,” Halloran told a news conference in the capital, Kelso, urging ...": a gathering told (a
 * news conference, a briefing) and a place named in apposition after where it was told end the cue's listener, so the
 * participle after them is the cue's speaker's, not a subject inside the quotation.
 */
class ToldAGatheringTest {

    private static List<String> participle(String told) {
        return statements(extract("Mayor Edna Halloran spoke on Tuesday.\n\n“Keep off the bridge. The river will crest tonight,” Halloran "
                + told + ", urging drivers to stay home.")).stream().filter(s -> s.contains("| urging |")).toList();
    }

    @Test
    void aNewsConferenceIsTheListener() {
        assertEquals(List.of("Edna Halloran | drivers to stay home | urging | indirect"), participle("told a news conference"));
        assertEquals(List.of("Edna Halloran | drivers to stay home | urging | indirect"), participle("told the briefing"));
    }

    @Test
    void aPlaceNamedAfterWhereItWasTold() {
        assertEquals(List.of("Edna Halloran | drivers to stay home | urging | indirect"),
                participle("told a news conference in the capital, Kelso"));
    }

    @Test
    void aListenerBeforeWhatWasToldStaysOut() {
        assertEquals(List.of("Edna Halloran | the pumps were working | told | indirect"),
                statements(extract("Mayor Edna Halloran told a news conference the pumps were working.")));
    }
}
