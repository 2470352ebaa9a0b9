package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A description that speaks inside someone's statement ("Lund said ... because the governor told reporters"), or
 * whose own statement holds the name ("With Mr. Lund's help, ..., the ambassador wrote"), is someone else.
 */
class SpeakerInsideStatementTest {

    @Test
    void aDescriptionInsideTheNamedSpeakersStatementIsSomeoneElse() {
        AnnotatedDocument doc = extract("""
                The harbour vote is set for June.

                Ivar Lund said he was unlikely to meet Tomas Berg because the governor told reporters that the plan was “reckless and wrong.”
                """);
        assertSpeaker(doc, "he was unlikely to meet Tomas Berg because the governor told reporters that the plan was “reckless and wrong.”",
                "Ivar Lund");
        assertSpeaker(doc, "the plan was “reckless and wrong.”", "the governor");
    }

    @Test
    void aNameInTheDescriptionsOwnStatementIsTalkedAbout() {
        AnnotatedDocument doc = extract("""
                The harbour board's report described the port's finances in detail.

                With Mr. Lund's help, the harbour was "turning from a ruin into a working port," the ambassador wrote in a cable.
                """);
        assertSpeaker(doc, "With Mr. Lund's help, the harbour was \"turning from a ruin into a working port,\"", "the ambassador");
    }
}
