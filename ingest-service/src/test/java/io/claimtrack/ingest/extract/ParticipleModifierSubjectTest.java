package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A subject whose head a participle phrase or an "about" phrase modifies, the participle a cue word or irregular. */
class ParticipleModifierSubjectTest {

    @Test
    void aCueParticipleAfterTheHeadModifiesIt() {
        assertMentions("A notice posted on the marina's website said the slipway would shut in June.",
                "A notice | the slipway would shut in June | said | indirect");
    }

    @Test
    void anIrregularParticipleOrAnAboutPhraseModifiesTheHead() {
        assertMentions("""
                A draft seen by the Ledger says the levy will double next year.
                A complaint about the night shift says the pumps run until dawn.
                """,
                "A draft | the levy will double next year | says | indirect",
                "A complaint | the pumps run until dawn | says | indirect");
    }

    @Test
    void aDescribedSubjectWithACueParticipleTakesTheNameInApposition() {
        assertEquals(List.of("Mia Sund | the classes were too big | said | indirect"),
                statements(extract("A teacher backing the strike, Mia Sund, said the classes were too big.")));
    }

    @Test
    void theNameInAppositionStopsBeforeWhereThePersonIsFrom() {
        assertEquals(List.of("Ivo Brandt | the vote was close | said | indirect"),
                statements(extract("One pastor backing the plan, Ivo Brandt of Grace Chapel in Ely, said the vote was close.")));
        assertEquals(List.of("Ivo Brandt | the vote was close | said | indirect"),
                statements(extract("One pastor supporting the plan, Ivo Brandt of Grace Chapel in Ely, said the vote was close.")));
        // A body's name keeps its "of".
        assertEquals(List.of("Friends of the Earth | the levy was fair | said | indirect"),
                statements(extract("A member of the board, Friends of the Earth, said the levy was fair.")));
    }

    @Test
    void whoPostedTheDocumentIsItsMaker() {
        assertEquals(List.of("Harbour FC | the pitch would reopen | said | indirect"),
                statements(extract("A statement posted by Harbour FC said the pitch would reopen.")));
    }

    @Test
    void aNameBeforeAPastFormIsTheSubjectOfAClauseOfItsOwn() {
        // "reported" is the sentence's verb: the police report what the neighbours said.
        assertMentions("Police reported on Monday neighbours said the dog barked.",
                "Police | neighbours said the dog barked | reported | indirect");
        assertMentions("The coastguard posted on its website that the beacon had failed.",
                "The coastguard | the beacon had failed | posted | indirect");
    }

    /** Round 51: any participle between a document and its agent modifies the document, "sent" or "written". */
    @Test
    void aParticipleBeforeADocumentsAgentModifiesIt() {
        AnnotatedDocument doc = extract("""
                A letter sent by the Dockworkers Guild says the cranes will stand idle on Friday.
                A memo written by the Tollby Water Board says the reservoir is half full.
                """);
        assertSpeaker(doc, "the cranes will stand idle on Friday", "Dockworkers Guild");
        assertSpeaker(doc, "the reservoir is half full", "Tollby Water Board");
    }

    /** Round 51: a web address's period ("Ferrylines.com") ends neither the subject nor its phrase. */
    @Test
    void aWebAddressInsideTheSubjectKeepsItWhole() {
        assertMentions("""
                A notice posted on the website Ferrylines.com said sailings are cancelled until May.
                The website Ferrylines.com reported that the Tollby route would reopen.
                """,
                "A notice | sailings are cancelled until May | said | indirect",
                "The website Ferrylines.com | the Tollby route would reopen | reported | indirect");
    }
}
