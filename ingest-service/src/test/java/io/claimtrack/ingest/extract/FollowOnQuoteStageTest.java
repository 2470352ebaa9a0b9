package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations without a cue that continue the previous speaker. */
class FollowOnQuoteStageTest {

    @Test
    void followOnQuoteContinuesThePreviousSpeaker() {
        AnnotatedDocument doc = attribute("\"We have reached a fair deal,\" Holm told reporters. \"Nobody lost face.\"");

        Attribution first = statement(doc, "\"We have reached a fair deal,\"");
        Attribution next = statement(doc, "\"Nobody lost face.\"");
        assertEquals(Attribution.Source.FOLLOW_ON, next.source);
        assertSame(first, next.antecedent);
        assertEquals(StatementType.DIRECT, next.type);
    }

    @Test
    void aHeadlineThatIsOnlyAQuotationIsTheSpeakersWhoseWordsItRepeats() {
        AnnotatedDocument doc = Pipeline.extract("""
                ‘I still hear the sirens’

                Harlby’s new fire chief, Ada Lindqvist, grew up two streets from the station.

                “I still hear the sirens, every night,” Lindqvist says.
                """);

        assertEquals("Ada Lindqvist", statement(doc, "‘I still hear the sirens’").speaker);
    }

    @Test
    void aHeadlineQuotationTheStoryDoesNotRepeatIsNoStatement() {
        AnnotatedDocument doc = Pipeline.extract("""
                ‘Not in my town’

                Harlby’s new fire chief, Ada Lindqvist, grew up two streets from the station.

                “I still hear the sirens, every night,” Lindqvist says.
                """);

        assertEquals(List.of("“I still hear the sirens, every night,”"), Pipeline.contents(doc));
    }

    @Test
    void quotationResumedAfterTheCueContinuesTheSpeaker() {
        AnnotatedDocument doc = attribute("\"It launched a thousand trips,\" said Murphy, a consultant, \"and it still matters.\"");

        Attribution resumed = statement(doc, "\"and it still matters.\"");
        assertEquals(Attribution.Source.FOLLOW_ON, resumed.source);
        assertEquals("Murphy", resumed.antecedent.mention.text());
    }

    @Test
    void quotationResumedAfterButOrAndContinuesTheSpeaker() {
        AnnotatedDocument doc = attribute("""
                "I like Berg," Holm said, but "on ferries Berg has a record of bad calls."

                Vik "got a free pass," Lund said, and still "sat in on the board's meeting."

                "The pier is safe," Ola Berg said, and the crowd cheered "Berg! Berg!"
                """);

        assertEquals("Holm", statement(doc, "\"on ferries Berg has a record of bad calls.\"").antecedent.mention.text());
        assertEquals("Lund", statement(doc, "\"sat in on the board's meeting.\"").antecedent.mention.text());
        assertEquals(List.of("\"I like Berg,\"", "\"on ferries Berg has a record of bad calls.\"",
                "Vik \"got a free pass,\"", "\"sat in on the board's meeting.\"", "\"The pier is safe,\""),
                Pipeline.contents(doc));
    }

    @Test
    void quotationResumedAfterAParticipleContinuesTheSpeaker() {
        AnnotatedDocument doc = attribute("""
                “Every time you say that,” Holm said, referring to the fare rise, “you hand the critics a stick.”
                """);

        assertEquals(List.of("“Every time you say that,”", "the fare rise", "“you hand the critics a stick.”"),
                Pipeline.contents(doc));
        assertEquals("Holm", statement(doc, "“you hand the critics a stick.”").antecedent.mention.text());
    }

    @Test
    void quotationWithItsOwnUncoveredAttributionIsNoFollowOn() {
        assertMentions("""
                "We did not discuss it," Peskov told reporters.
                «Мы не обсуждали это», сказал Песков.
                """,
                "Peskov | \"We did not discuss it,\" | told | direct");
    }

    @Test
    void personWhoBecomesTheSubjectTakesTheNextQuotation() {
        AnnotatedDocument doc = attribute("\u201cWe have reached a fair deal,\u201d Holm said. Smith was blunt. \u201cNobody won.\u201d");

        Attribution next = statement(doc, "\u201cNobody won.\u201d");
        assertEquals(Attribution.Source.FOLLOW_ON, next.source);
        assertEquals("Smith", next.mention.text());
    }

    @Test
    void sentenceWithAnotherSubjectKeepsTheSpeaker() {
        AnnotatedDocument doc = attribute("\u201cWe have reached a fair deal,\u201d Holm said. The hall was silent. \u201cNobody won.\u201d");

        Attribution next = statement(doc, "\u201cNobody won.\u201d");
        assertEquals(Attribution.Source.FOLLOW_ON, next.source);
        assertEquals("Holm", next.antecedent.mention.text());
    }

    @Test
    void aQuotedTermTheSentenceGoesOnAfterIsNoFollowOn() {
        assertMentions("""
                "The pier is unsafe," Holm said.

                "Harbour toll" (the fee on each ferry) is new this year. "Top secret" is the highest grade.
                """,
                "Holm | \"The pier is unsafe,\" | said | direct");
    }

    @Test
    void aStatementReportedInsideAnotherDoesNotTakeTheNextQuotation() {
        AnnotatedDocument doc = attribute("""
                Harbour master Ola Berg said in an interview that the council had instructed his office to close the quay.

                "Nobody wanted this. The pier is simply not safe any more."
                """);
        assertEquals("Harbour master Ola Berg", statement(doc, "\"Nobody wanted this. The pier is simply not safe any more.\"").antecedent.mention.text());
    }
    @Test
    void quotedParagraphsUnderAnExcerptsLineAreThatSpeakersWithoutTheirTopicLabels() {
        AnnotatedDocument doc = Pipeline.extract("""
                The Minister of Trade, Hon. Pelle Varga-Osei, opened the session at noon.

                Excerpts from the Minister's address:

                On ports: "We have waited nine years for the new quay. It opens in May."

                On tariffs: "I have spoken to our neighbours twice this winter."

                The session closed at four.
                """);

        assertEquals(List.of("\"We have waited nine years for the new quay. It opens in May.\"",
                "\"I have spoken to our neighbours twice this winter.\""), Pipeline.contents(doc));
        Attribution first = statement(doc, "\"We have waited nine years for the new quay. It opens in May.\"");
        assertEquals("the Minister", first.mention.text());
        assertEquals("", first.cue);
        assertEquals(StatementType.DIRECT, first.type);
        assertTrue(statement(doc, "\"I have spoken to our neighbours twice this winter.\"").speaker.endsWith("Pelle Varga-Osei"));
    }

    /** Round 60: a line saying the excerpts follow, and each topic label on a line of its own over its quotation. */
    @Test
    void excerptsSaidToFollowUnderTopicLinesAreTheSpeakers() {
        AnnotatedDocument doc = Pipeline.extract("""
                Governor Ada Pirelli-Stone opened the legislative session on Monday with her annual address.

                Excerpts from the governor's remarks follow.

                On water:
                "Every reservoir in the north is below half. We will ration before we borrow."

                On schools:
                "No district will lose a teacher this year."
                """);
        assertEquals(List.of("\"Every reservoir in the north is below half. We will ration before we borrow.\"",
                "\"No district will lose a teacher this year.\""), Pipeline.contents(doc));
        assertEquals("Ada Pirelli-Stone", statement(doc, "\"No district will lose a teacher this year.\"").speaker);
    }

    /** Round 61: "Excerpts from the speech ... follow." with no owner: the one the sentence before says gave it. */
    @Test
    void excerptsOfASpeechNamedBeforeAreItsGivers() {
        AnnotatedDocument doc = Pipeline.extract("""
                Premier Osric Vallance-Ume gave his budget speech on Thursday at the Grain Exchange in Tarnby.

                Excerpts from the speech, as prepared for delivery, follow.

                On roads:
                "Every bridge on the river road will be rebuilt by spring."

                On grain:
                "The levy goes in June."
                """);
        assertEquals(List.of("\"Every bridge on the river road will be rebuilt by spring.\"", "\"The levy goes in June.\""),
                Pipeline.contents(doc));
        assertEquals("Osric Vallance-Ume", statement(doc, "\"The levy goes in June.\"").speaker);
    }

    @Test
    void excerptsOfASpeechNoOneGaveNameNoOne() {
        AnnotatedDocument doc = Pipeline.extract("""
                The flood closed the grain road on Thursday.

                Excerpts from the speech follow.

                On roads:
                "Every bridge on the river road will be rebuilt by spring."
                """);
        assertTrue(Pipeline.contents(doc).isEmpty());
    }

    @Test
    void aTopicLabelledQuotationWithNoExcerptsLineNamesNoOne() {
        AnnotatedDocument doc = Pipeline.extract("""
                The ferry timetable changes on Monday.

                On ports: "We have waited nine years for the new quay."
                """);

        assertTrue(Pipeline.contents(doc).isEmpty());
    }
}
