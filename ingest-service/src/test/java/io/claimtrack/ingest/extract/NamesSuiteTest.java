package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10's names and descriptions on invented stories, through the whole extractor: role synonyms, names
 * that are not what a longer capitalised run says, and descriptions linked to the person they describe.
 * With {@link ResolutionSuiteTest} and {@link WrongEntitySuiteTest}, one story per class.
 */
class NamesSuiteTest {

    /**
     * Class 1: a description may use another word for the title the text gave the name: "the forward" for a
     * striker, "the coach" for a manager, "the prosecutor" for a district attorney.
     */
    @Test
    void aDescriptionMayUseASynonymOfTheTitle() {
        AnnotatedDocument doc = extract("""
                Rovers win the derby

                Striker Tom Ekberg scored twice on Saturday.

                The forward said the team had played well.

                Manager Ann Lind was pleased. The coach said the result was deserved.

                District Attorney Maria Costa filed charges against the club's former owner in March.

                The prosecutor said the evidence was strong.
                """);

        assertSpeaker(doc, "the team had played well", "Tom Ekberg");
        assertSpeaker(doc, "the result was deserved", "Ann Lind");
        assertSpeaker(doc, "the evidence was strong", "Maria Costa");
        assertEquals("District Attorney", statement(doc, "the evidence was strong").role);
    }

    /** Class 5: a country is named in full; "Mexico" is not the "Mexico City" the text also names. */
    @Test
    void aCountryIsNotExpandedToALongerPlaceName() {
        AnnotatedDocument doc = extract("""
                Trade talks resume

                Mexico said on Monday that it wanted a new deal. The talks will be held in Mexico City next month.

                Mexico said it would not accept new tariffs.
                """);

        assertSpeaker(doc, "it would not accept new tariffs", "Mexico");
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "it would not accept new tariffs").kind);
    }

    /**
     * Class 5: a word capitalised only because it opens the headline ("Hold") or a sentence ("Neither") is no
     * part of the name after it; a first word the text never drops stays ("Anna Maria Berg").
     */
    @Test
    void aWordThatOpensAHeadlineIsNoPartOfTheNameAfterIt() {
        AnnotatedDocument doc = extract("""
                Hold Melania Trump to her word, readers write

                Melania Trump gave the speech on Monday.

                Everything Trump says is checked, one reader wrote.

                Neither Petter Holm nor his staff came to the meeting. Holm said the harbour fees were too high.

                Anna Maria Berg chairs the board. Berg said the fees would stay.
                """);

        assertSpeaker(doc, "is checked", "Melania Trump");
        assertSpeaker(doc, "the harbour fees were too high", "Petter Holm");
        assertSpeaker(doc, "the fees would stay", "Anna Maria Berg");
    }
}
