package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    /**
     * Round 47 (set AN's an08): a question's premise may open with a time written without its comma ("On Thursday the
     * minister said"); the time opens the question's sentence after its label, and is no part of the speaker.
     */
    @Test
    void aPremiseOpeningWithATimeAfterTheLabelIsReported() {
        AnnotatedDocument doc = extract("""
                Answer of the Spokesperson of the Ministry of Foreign Affairs of Ostland, Mira Kovel, to a media question

                Question: On Thursday the Minister of Transport of Belmar, Otto Fenning, said that the Tarn bridge would close to lorries next year. How does Ostland view this?

                Answer: We learned of the plan from the press. The bridge carries half of our exports to the south.

                Question: Last week the Belmar rail company said that it would cut the night trains. Is Ostland worried?

                Answer: We will raise the night trains with our neighbours in May.
                """);
        assertSpeaker(doc, "the Tarn bridge would close to lorries next year", "Otto Fenning");
        assertEquals("the Belmar rail company", Pipeline.statement(doc, "it would cut the night trains").mention.text());
    }

    /**
     * Round 56, lead: every "QUESTION (NAME, Outlet):" turn, not only the first, is the asker's: what the asker tells of
     * their own ("It never did.", "A question for the Mayor, and then for the Governor.") is nobody's statement, while
     * a premise naming its speaker stays that speaker's.
     */
    @Test
    void laterLabelledQuestionsGiveNothingToQuestion() {
        AnnotatedDocument doc = extract("""
                Joint press conference of Governor Ada Rostvik and Mayor Milo Tessaro

                MODERATOR: Good afternoon. We will take three questions.

                QUESTION (Hanne Lie, Nordpost): The harbour board said on Monday that the dredging was late. Is there a delay?

                GOVERNOR ROSTVIK: There is no delay.

                QUESTION (Ola Berg, Sundposten): Governor, your predecessor, Knut Aasen, said in 2031 that the bridge would open in 2035. It never did. Why should voters trust you?

                GOVERNOR ROSTVIK: The bridge is funded and it will open on time.

                QUESTION (Eva Moe, RTC): A question for the Mayor, and then for the Governor. Will you visit the shipyard?

                MAYOR TESSARO: I will visit it tomorrow.
                """);

        assertSpeaker(doc, "the bridge would open in 2035", "Knut Aasen");
        for (Attribution a : doc.attributions) {
            assertFalse(a.speaker.equalsIgnoreCase("question"), "a statement given to the label: " + a.content(doc.text));
        }
    }
}
