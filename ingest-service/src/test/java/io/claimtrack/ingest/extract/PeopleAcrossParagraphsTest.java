package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Two or three people of the same sex across paragraphs: "she" is the one the text turned to last. */
class PeopleAcrossParagraphsTest {

    @Test
    void aPossessiveAndANounBeforeANameIntroduceTheSubject() {
        AnnotatedDocument doc = extract("""
                The harbour story

                "The pier is not safe," said Anna Holm. She argues that the fund should pay for a new one.

                Her colleague Mette Lindqvist, a deckhand who started the same year as Holm, is less sure. She said she \
                understood the decision.
                """);
        assertSpeaker(doc, "she understood the decision", "Mette Lindqvist");
    }

    @Test
    void aNameAfterAPrepositionInThePossessivePhraseIsItsObject() {
        AnnotatedDocument doc = extract("""
                The harbour story

                Holm has invited Matt Dusk, the president of the Harbour Trust, to testify. The senator has spoken about \
                the pilots in a manner that is unusual for a port official. His appointment of James Zorn, the president \
                of the Pilots Institute, to the drafting committee suggests that he wants the port to take a gentler \
                approach to the unions.
                """);
        assertSpeaker(doc, "the port to take a gentler approach to the unions", "The senator");
    }

    @Test
    void aSubjectInThePerfectIsNoPassive() {
        AnnotatedDocument doc = extract("""
                The harbour story

                "The pier is not safe," said Anna Holm. A spokeswoman for the port said the pier was safe.

                Back in the control room, Holm has started packing up the office. She said she had piloted 2,000 ferries.
                """);
        assertSpeaker(doc, "she had piloted 2,000 ferries", "Anna Holm");
    }

    @Test
    void someoneIntroducedBeforeASubheadIsWhomThePronounUnderItMeans() {
        AnnotatedDocument doc = extract("""
                The last ferry to Kelm

                Anna Holm has piloted the Kelm ferry for 20 years. "The crossing is our road," said Anna Holm. Holm \
                knows every rock. Holm will retire when the route closes, and Holm has not decided what comes next.

                Eva Lund, who speaks for the port board, said the route lost money. Critics say that is not the whole \
                story.

                One of them is Kari Dahl, who crossed to the hospital in Nordby in March. Dahl, 34, lives on the island.

                An hour by road

                "Without the ferry I don't know that my son would be here," she said.
                """);
        assertSpeaker(doc, "\"Without the ferry I don't know that my son would be here,\"", "Kari Dahl");
    }
}
