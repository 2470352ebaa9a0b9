package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GivenNameTest {

    @Test
    void theNameASpeakerGaveNamesTheDescription() {
        AnnotatedDocument doc = attribute("""
                A driver from the port town, Harlby, who gave only his first name, Anselm, said the road had flooded at dawn.
                Her cousin, who gave his name only as Teodor, said the bridge was closed.
                A woman who gave her name only as Brit, 70, said the water reached the steps.
                A man identified only as Ferris told the court he had seen the van.
                """);

        assertEquals("Anselm", statement(doc, "the road had flooded at dawn").mention.name());
        assertEquals("Teodor", statement(doc, "the bridge was closed").mention.name());
        assertEquals("Brit", statement(doc, "the water reached the steps").mention.name());
        assertEquals("Ferris", statement(doc, "he had seen the van").mention.name());
    }

    @Test
    void aSpeakerWhoGaveNoNameKeepsTheDescription() {
        AnnotatedDocument doc = attribute("""
                A guard who declined to give his name said the gate was shut.
                """);

        assertEquals("", statement(doc, "the gate was shut").mention.name());
    }

    /** Round 61: the speaker set after the cue gives the name in a relative clause that ends the sentence. */
    @Test
    void theNameGivenAfterTheCueIsTheSpeakers() {
        AnnotatedDocument doc = extract("""
                Not all farmers back the strike. Some have sold their milk to the co-op in Ravne.

                "I have a contract," said one, who gave only his first name, Bogdan. "The fees are high, but the strike \
                is worse for us."
                """);
        assertSpeaker(doc, "\"I have a contract,\"", "Bogdan");
        assertSpeaker(doc, "\"The fees are high, but the strike is worse for us.\"", "Bogdan");
    }
}
