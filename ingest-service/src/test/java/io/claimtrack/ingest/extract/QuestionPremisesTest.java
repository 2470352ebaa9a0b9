package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-fifth round: a description in a briefing's question ("the Finance Minister said on Monday ...?") is
 * not a person only the answers name; one the text names before the question ends is.
 */
class QuestionPremisesTest {

    @Test
    void aMinisterInAQuestionIsNotOneNamedInTheAnswer() {
        assertSpeaker(extract("""
                Press conference of President Aro Lind and Chancellor Beka Strom

                Question: Chancellor, the Finance Minister said on Monday that taxes will rise. Will they?

                Chancellor Strom: No. Finance Minister Olaf Brandt and I discussed this, and taxes will not rise this year.
                """), "taxes will rise", "the Finance Minister");
    }

    @Test
    void aMinisterNamedBeforeTheQuestionEndsIsThatMinister() {
        assertSpeaker(extract("""
                Press conference of President Aro Lind and Finance Minister Olaf Brandt

                Question: Minister, the Finance Minister said on Monday that taxes will rise. Will they?

                Olaf Brandt: No. Taxes will not rise this year.
                """), "taxes will rise", "Olaf Brandt");
    }
}
