package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "X released a letter that says Y": the one who put the medium out speaks through its relative clause. */
class PublishedMediumTest {

    @Test
    void theOneWhoPutTheMediumOutSpeaks() {
        assertMentions("""
                The harbour board released a letter from its lawyer on Friday that says the quay is safe.
                Lund is running a new 30-second ad that says the ferry fares are too high.
                """,
                "The harbour board | the quay is safe | says | indirect",
                "Lund | the ferry fares are too high | says | indirect");
    }

    @Test
    void aShortMediumInThePlural() {
        assertMentions("The Brandt campaign ran two ads that say the ferry fares are too high.",
                "The Brandt campaign | the ferry fares are too high | say | indirect");
    }

    @Test
    void aMediumSomeoneOnlyAttackedIsNotTheirs() {
        List<String> found = mentions(attribute("Lund criticized a letter that says the port is unsafe."));
        assertTrue(found.stream().noneMatch(m -> m.contains("| says |")), found.toString());
    }

    /** Round 61: who starts a petition speaks through it; calls someone started receiving stay the calls'. */
    @Test
    void whoStartsAPetitionSpeaksThroughIt() {
        assertMentions("""
                Fenna Kowalczyk-Rao has started a petition asking the county to reopen the library.
                Harlan Osei-Brandt started an online petition calling on the council to keep the pool open.
                Residents of Dunmore started receiving calls saying their water would be shut off.
                """,
                "Fenna Kowalczyk-Rao | the county to reopen the library | asking | indirect",
                "Harlan Osei-Brandt | the council to keep the pool open | calling on | indirect",
                "calls | their water would be shut off | saying | indirect");
    }
}
