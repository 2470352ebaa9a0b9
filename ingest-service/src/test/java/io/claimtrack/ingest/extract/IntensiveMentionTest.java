package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** An intensive pronoun after a name ("Holm himself") only stresses it: the speaker is the name. */
class IntensiveMentionTest {

    @Test
    void himselfAfterASurnameIsTheNamedPerson() {
        AnnotatedDocument doc = extract("""
                Mayor Piet Holm met the council on Monday.

                Holm himself said the pier would stay open.
                """);
        assertSpeaker(doc, "the pier would stay open", "Piet Holm");
    }

    @Test
    void itselfAfterABodyIsTheBody() {
        AnnotatedDocument doc = extract("""
                Nordwagen AG builds buses in Kiel.

                Nordwagen itself said the plant would close.
                """);
        assertSpeaker(doc, "the plant would close", "Nordwagen AG");
    }
}
