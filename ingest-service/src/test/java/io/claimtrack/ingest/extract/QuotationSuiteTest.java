package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 10's classes about whom a bare quotation or an "it" belongs to, on invented stories through the whole
 * extractor: the body the text turned to, the person a narrative sentence is about, a quotation's own
 * trailing cue.
 */
class QuotationSuiteTest {

    /**
     * Class 2: "it" is the organisation or document a sentence since the last statement opened with, named
     * ("Nordwagen AG") or only described ("The ministry of transport", "The ad"); what "shows" is no body.
     */
    @Test
    void itIsTheBodyOrDocumentTheTextTurnedTo() {
        AnnotatedDocument doc = extract("""
                Ferry strike ends

                The ministry of transport issued new rules on Monday. It said the ferries would run again from Friday.

                Nordwagen AG reported a loss for the quarter. It said the ferries cost too much.

                The union released an advert on Tuesday. The ad names the mayor. It also mentions the fares.

                The harbour authority published a video of the pier. It shows the ramp was broken.
                """);

        assertSpeaker(doc, "the ferries would run again from Friday", "The ministry");
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "the ferries would run again from Friday").kind);
        assertSpeaker(doc, "the ferries cost too much", "Nordwagen AG");
        assertSpeaker(doc, "the fares", "The ad");
        assertEquals(SpeakerKind.DOCUMENT, statement(doc, "the fares").kind);
        assertNotEquals("The harbour authority", statement(doc, "the ramp was broken").speaker);
    }

    /**
     * Class 2: an "it" opening a relative clause (", which it has said") is the body its own sentence opens with, not
     * the body named in between; a document opening the sentence is what "which" stands for.
     */
    @Test
    void itInARelativeClauseIsTheBodyItsSentenceOpensWith() {
        AnnotatedDocument doc = extract("""
                Brindlecove Games cuts jobs

                Brindlecove Games Ltd. said on Tuesday it would close its Oslo office.

                The Tabletop Makers Union, which speaks for 90 of the staff, called the cuts "a betrayal."

                The company is also finishing a puzzle game, Lanternfold, which it has said will go on sale in October.
                """);

        assertSpeaker(doc, "will go on sale in October", "Brindlecove Games Ltd");
    }

    /**
     * Class 2: narrative about another person between two quotations hands the next bare quotation to that
     * person, and a pronoun after an opening phrase finds the subject the text turned to ("In a statement on
     * Tuesday, Sen. Ola Berg was ... Though he called ...").
     */
    @Test
    void aQuotationAfterNarrativeAboutAnotherPersonIsTheirs() {
        AnnotatedDocument doc = extract("""
                Port strike enters second week

                "At the end of the day, we need to keep the port open," Mayor Eva Holm said on the radio.

                On "Harbour Hour," Sen. Ola Berg, who lost the primary to Holm, named the long wait as one of the \
                reasons for the strike. "The younger workers are sick and tired of waiting."

                "We will not give up," Holm said.

                In a statement issued on Tuesday, Council leader Nils Dahl was more careful. Though he called the \
                strike "a disgrace," Dahl kept his comments to the future.
                """);

        assertSpeaker(doc, "\"At the end of the day, we need to keep the port open,\"", "Eva Holm");
        assertSpeaker(doc, "\"The younger workers are sick and tired of waiting.\"", "Ola Berg");
        assertSpeaker(doc, "\"We will not give up,\"", "Eva Holm");
        assertEquals("Nils Dahl", doc.attributions.get(doc.attributions.size() - 1).speaker);
    }

    /**
     * Class 2 and 4: a quotation whose own cue follows after its question or exclamation mark, or whose speaker
     * is "my father", is that speaker's, not a follow-on of the speaker before; a sentence that goes on after
     * its verb is no such cue.
     */
    @Test
    void aQuotationKeepsItsOwnTrailingCue() {
        AnnotatedDocument doc = extract("""
                Bank chiefs grilled

                “Every time you say that,” Nils Dahl said, “you give ammunition to the people who want to break up \
                the bank.”

                “Why isn’t this proof that the bank is too big to manage?” Sen. Ola Berg demanded.

                “We live in a harbour town,” my father often said.

                “Is the harbour safe?” He offered no proof that the harbour had changed.
                """);

        assertSpeaker(doc, "“Why isn’t this proof that the bank is too big to manage?”", "Ola Berg");
        assertEquals("demanded", statement(doc, "“Why isn’t this proof that the bank is too big to manage?”").cue);
        Attribution father = statement(doc, "“We live in a harbour town,”");
        assertEquals("my father", father.speaker);
        assertEquals("said", father.cue);
        assertNotEquals("offered", statement(doc, "“Is the harbour safe?”").cue);
    }
}
