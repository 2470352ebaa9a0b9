package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A participle's clause that opens the sentence, however long and with a quotation in it, is no subject (issue 10). */
class ParticipleOpeningTest {

    private static List<Token> tokens(String text) {
        return Pipeline.through(SentenceStage.class, text).tokens;
    }

    @Test
    void aQuotationInsideTheClauseDoesNotEndIt() {
        List<Token> t = tokens("Speaking Sunday on Radio Molde's “Morning Desk,” Brandt admitted the quay was late.");
        assertEquals("Brandt", t.get(OpeningAdverbials.subjectStart(t, 0, t.size())).text());
    }

    @Test
    void aLongClauseWithARelativeClauseEndsAtItsComma() {
        assertMentions("Adopting the findings of a hearing officer who studied the complaint last month, the port board"
                        + " met on Friday and ordered that the quay be reopened.",
                "the port board | the quay be reopened | ordered | indirect");
    }

    @Test
    void aSurnameInIngIsNoParticiple() {
        assertMentions("Kelling reminisced about her years in Molde, and said the town had changed.",
                "Kelling | the town had changed | said | indirect");
    }

    @Test
    void aParticipleInEdPuttingAQuestionRunsToItsCommaPastTheQuestionsVerbs() {
        // The second verb's speaker is the subject after the clause, not a name inside the question.
        assertMentions("Asked on Monday whether Mr. Lund would hold a cabinet post, Mrs. Berg shook her head and said, ''No.''",
                "Mrs. Berg | ''No.'' | said | direct");
        List<Token> t = tokens("Asked on Monday whether Mr. Lund would hold a cabinet post, Mrs. Berg shook her head.");
        assertEquals("Mrs", t.get(OpeningAdverbials.subjectStart(t, 0, t.size())).text().replace(".", ""));
    }

    @Test
    void theObjectOfAPerceivingParticipleSaysWhatItsBareVerbIntroduces() {
        // "Watching X talk": X talks, and what X said ends at the clause's comma; "Leading pilots say" stays whole.
        assertMentions("Hearing Lund say that the quay was unsafe, Berg laughed.",
                "Lund | the quay was unsafe | say | indirect");
        assertMentions("Leading pilots say the quay is unsafe.",
                "Leading pilots | the quay is unsafe | say | indirect");
    }

    @Test
    void aDocumentOpeningWithAParticipleOfSayingIsRead() {
        // The participle is the document's first token, alone or after an adverb: no token stands before it.
        assertMentions("Citing the storm, Mayor Ines Falk said the fair was off.",
                "Mayor Ines Falk | the fair was off | said | indirect");
        assertMentions("Repeatedly citing the storm, Mayor Ines Falk said the fair was off.",
                "Mayor Ines Falk | the fair was off | said | indirect");
    }

    @Test
    void aGerundSubjectWithAVerbOfItsOwnStays() {
        List<Token> t = tokens("Keeping the quay closed for many more months has hurt the fishing fleet and the ferries, officials said.");
        assertEquals(0, OpeningAdverbials.subjectStart(t, 0, t.size()));
    }
}
