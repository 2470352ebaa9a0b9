package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The word that makes a speaker a person, a company or an office, and the clause a second verb goes with (issue 10,
 * nineteenth round).
 */
class SpeakerHeadsTest {

    @Test
    void aCompanyNameEndsInACompanyWord() {
        AnnotatedDocument doc = extract("""
                Talvik Holdings bought the old ferry quay on Monday.

                Talvik said the deal would close in May.
                """);
        assertSpeaker(doc, "the deal would close in May", "Talvik Holdings");
        assertEquals(SpeakerKind.ORGANIZATION, Pipeline.statement(doc, "the deal would close in May").kind);
    }

    @Test
    void anOfficeTitleIsAPersonWhateverBodyItServes() {
        AnnotatedDocument doc = extract("""
                The Chairman of Talvik Holdings said the deal was done.
                """);
        assertEquals(SpeakerKind.PERSON, Pipeline.statement(doc, "the deal was done").kind);
    }

    @Test
    void anAppositionWithoutItsClosingComma() {
        AnnotatedDocument doc = extract("""
                Sen. Greta Marsh (D-Ost.), a supporter of the harbour plan told reporters the vote would pass.
                """);
        assertSpeaker(doc, "the vote would pass", "Greta Marsh");
    }

    @Test
    void aSourceSpeakingToAnOutlet() {
        AnnotatedDocument doc = extract("""
                Another port source speaking to Harbour Radio said, “The quay is failing.”
                """);
        assertEquals("Another port source", Pipeline.statement(doc, "“The quay is failing.”").mention.text());
    }

    @Test
    void aSecondVerbAfterAFewQuotedWords() {
        AnnotatedDocument doc = extract("""
                The anger over the tolls grew on Wednesday when Mayor Ivo Lunde lamented the “broken” budget and criticized the harbour board for its fees.
                """);
        assertSpeaker(doc, "the harbour board for its fees", "Ivo Lunde");
    }

    @Test
    void aSecondVerbAfterAPhraseBetweenTheClauseSubjectAndItsVerb() {
        AnnotatedDocument doc = extract("""
                The anger over the tolls grew on Wednesday when Mayor Ivo Lunde of Ostland lamented the budget and criticized the harbour board for its fees.

                The rejection of the plan was complete when Holm in her opening speech called the quay a ruin and promised to rebuild it.
                """);
        assertSpeaker(doc, "the harbour board for its fees", "Ivo Lunde");
        assertSpeaker(doc, "to rebuild it", "Holm");
    }

    @Test
    void aSecondVerbAfterABracketWithACueOfItsOwn() {
        AnnotatedDocument doc = extract("""
                The rejection of the plan was complete when Holm called the quay a ruin (though she praised the crews) and promised to rebuild it.
                """);
        assertSpeaker(doc, "to rebuild it", "Holm");
    }

    @Test
    void aCompanyNamedInApposition() {
        AnnotatedDocument doc = extract("""
                The company, Northline Freight, said the line would reopen on Monday.

                Twelve cars left the tracks, according to the railroad, Northline Freight.
                """);
        assertSpeaker(doc, "the line would reopen on Monday", "Northline Freight");
        assertSpeaker(doc, "Twelve cars left the tracks", "Northline Freight");
    }

    @Test
    void anOfficeFieldGluedToItsHoldersName() {
        AnnotatedDocument doc = extract("""
                Former secretary of State Ivo Lunde said the treaty was dead.

                Lunde said more talks would follow.
                """);
        assertSpeaker(doc, "the treaty was dead", "Ivo Lunde");
    }

    /** Named once: "State" and two words after it are the office's field and its holder's name. */
    @Test
    void anOfficeFieldBeforeAHolderNamedOnce() {
        assertSpeaker(extract("Former secretary of State Ivo Lunde said the treaty was dead."), "the treaty was dead",
                "Ivo Lunde");
    }
}
