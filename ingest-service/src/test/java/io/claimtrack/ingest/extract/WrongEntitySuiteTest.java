package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 10's wrong-entity and description classes on invented stories, through the whole extractor: words
 * that only open a sentence, honorifics of the other gender, headlines taken for names, descriptions of
 * another office. With {@link ResolutionSuiteTest} and {@link QuotationSuiteTest}, one story per class.
 */
class WrongEntitySuiteTest {

    /**
     * Class 3: an honorific's gender picks among the people who share a surname: "Mr. Holm" is Anders, never
     * Kari; "Mrs. Holm" is Kari, also when a third Holm shows no gender.
     */
    @Test
    void anHonorificPicksThePersonOfItsGenderAmongASurnamesBearers() {
        AnnotatedDocument doc = extract("""
                Harbour plan splits the council

                Kari Holm and Anders Holm both came to the meeting on Monday, with their son Petter Holm.

                Mr. Holm said the plan was too costly. Mrs. Holm said it was fair.

                "We need the pier," Mr. Holm said.
                """);

        assertSpeaker(doc, "the plan was too costly", "Anders Holm");
        assertSpeaker(doc, "it was fair", "Kari Holm");
        assertSpeaker(doc, "\"We need the pier,\"", "Anders Holm");
    }

    /**
     * Class 3: a word capitalised only because it opens a sentence, a bracket or a quotation ("Even", "Having",
     * "Did") is no part of a name, a contraction ("I've") is no name, and "The Latest:" or "CLARIFICATION:"
     * labels a page, not a speaker.
     */
    @Test
    void wordsThatOnlyOpenASentenceOrLabelAPageAreNoSpeakers() {
        AnnotatedDocument doc = extract("""
                The Latest: Ferry strike closes the harbour

                CLARIFICATION: An earlier version misstated the date of the strike.

                Even Norway, a close partner of the port, said it was worried about the strike.

                Everything Dahl says is checked twice, the editor said. If, as I've suggested, the strike ends \
                soon, the fares will fall. (Having said that, there are some engineers who argue that the pier \
                should be closed.)

                As one lawyer put it, ''Did Dahl read the contract?'' Mayor Ivar Dahl said the contract was fair.
                """);

        // "I've" is no name; the writer's "I" may speak; "Did" is no name, the lawyer of the as-clause speaks.
        assertEquals(List.of("Norway, a close partner of the port", "the editor", "Dahl", "I", "some engineers", "one lawyer",
                "Mayor Ivar Dahl"),
                doc.attributions.stream().map(a -> a.mentionText()).toList());
        assertSpeaker(doc, "it was worried about the strike", "Norway");
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "it was worried about the strike").kind);
        assertSpeaker(doc, "is checked twice", "Ivar Dahl");
        assertSpeaker(doc, "the contract was fair", "Ivar Dahl");
    }

    /**
     * Class 3: a surname that is also a first name ("Gordon") is not expanded to a title-case headline that
     * opens with it, but to the person the lede names.
     */
    @Test
    void aHeadlineThatOpensWithASurnameIsNoOnesFullName() {
        AnnotatedDocument doc = extract("""
                Railing Against the Council, Gordon Vows To Sell Ferries Used By Tourists

                Harbour chief Ellen Gordon is against the new fares.

                Gordon on Tuesday said the ferries would be sold.
                """);

        assertSpeaker(doc, "the ferries would be sold", "Ellen Gordon");
    }

    /**
     * Class 1: a bare description of one office ("the striker") does not rename the last speaker when the text
     * gave that speaker another office ("Coach Anna Berg"); a description of wide use ("the diplomat") still
     * renames the last speaker, whatever their title.
     */
    @Test
    void aBareDescriptionDoesNotRenameSomeoneOfAnotherOffice() {
        AnnotatedDocument doc = extract("""
                Tigers stay top

                Coach Anna Berg said the team was in form.

                The striker said she wanted to win the cup.

                Kremlin aide Yury Ushakov said the talks were useful.

                The diplomat said a meeting was possible.
                """);

        assertSpeaker(doc, "she wanted to win the cup", "The striker");
        assertSpeaker(doc, "a meeting was possible", "Yury Ushakov");
    }
}
