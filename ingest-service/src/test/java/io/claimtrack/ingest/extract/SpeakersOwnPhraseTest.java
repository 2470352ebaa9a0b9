package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * "Greta Holloway-Penn, who baked at Stojkovic's for 15 years, said ... 'She knew what you wanted,' she said": a name in
 * the last speaker's own sentence outside what is said describes the speaker, and is no one the pronoun turns to.
 */
class SpeakersOwnPhraseTest {

    @Test
    void aNameInTheSpeakersRelativeClauseIsNoTurn() {
        AnnotatedDocument doc = extract("""
                Maria Stojkovic died on Tuesday in Linden Cove, surrounded by her grandchildren. She was 91. Her son Anton said she had been ill for a year.

                Greta Holloway-Penn, who worked as a baker at Stojkovic's for 15 years, said her old employer could remember every order. "She knew what you wanted before you came in," she said. "And she was never wrong."
                """);
        assertSpeaker(doc, "\"She knew what you wanted before you came in,\"", "Greta Holloway-Penn");
        assertSpeaker(doc, "\"And she was never wrong.\"", "Greta Holloway-Penn");
    }

    @Test
    void aWomanTheNextSentenceTurnsToStillTakesThePronoun() {
        AnnotatedDocument doc = extract("""
                Maria Stojkovic died on Tuesday in Linden Cove. She was 91.

                Greta Holloway-Penn, who worked as a baker at Stojkovic's for 15 years, said the shop would stay open. Ines Marchetti, a regular since 1980, was less sure. "Nobody bakes like that anymore," she said.
                """);
        assertSpeaker(doc, "\"Nobody bakes like that anymore,\"", "Ines Marchetti");
    }
}
