package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A speaker and cue between commas inside one clause: the statement is the clause around them. */
class ParentheticalTest {

    @Test
    void anInvertedCueOrAnAccordingToInsideTheClause() {
        assertMentions("""
                The trouble with the ferry, says one harbour pilot, is that nobody dredges the channel.
                At the heart of the dispute, according to Anna Holm, was a vote on the fares.
                """,
                "one harbour pilot | The trouble with the ferry, says one harbour pilot, is that nobody dredges the channel | says | indirect",
                "Anna Holm | At the heart of the dispute, according to Anna Holm, was a vote on the fares | according to | indirect");
    }

    @Test
    void theInterruptingSpeakerAndCueAreNoPartOfWhatWasSaidThoughTheSpanRunsOverThem() {
        String text = """
                The new timetable, the harbour master said, reached the pilots on Friday.

                The toll, one ferry captain argues, has driven the ferries away.

                The toll, says Ola Berg, a pilot at the harbour, has driven the ferries away.
                """;
        AnnotatedDocument doc = Pipeline.through(InterruptingCue.class, text);
        assertEquals(List.of("the harbour master | The new timetable reached the pilots on Friday | said | indirect",
                "one ferry captain | The toll has driven the ferries away | argues | indirect",
                "Ola Berg | The toll has driven the ferries away | says | indirect"), Pipeline.mentions(doc));
        Attribution first = doc.attributions.get(0);
        assertEquals("The new timetable, the harbour master said, reached the pilots on Friday",
                text.substring(first.contentStart, first.contentEnd));
        assertEquals(", the harbour master said, ", text.substring(first.gapStart, first.gapEnd));
    }

    @Test
    void theClauseGoesOnPastTheSourcesOwnWordsAndApposition() {
        // The first comma after the source's noun ("close", "Berg") is not yet the aside's end.
        assertMentions("""
                One of the steps, according to a person close to the board, is to close the north pier.
                The paradox of the port, says Ola Berg, historian at the harbour museum, is that it was never busy.
                The ferry sank in May, according to the board, and the pier closed.
                """,
                "a person close | One of the steps, according to a person close to the board, is to close the north pier | according to | indirect",
                "Ola Berg | The paradox of the port, says Ola Berg, historian at the harbour museum, is that it was never busy | says | indirect",
                "the board | The ferry sank in May | according to | indirect");
    }

    @Test
    void aQuotationBeforeOrAfterTheAsideIsPartOfTheOneClause() {
        assertMentions("""
                “Only the pilots,” Holm said, would notice the silt in the channel.
                The new pier, Holm said, “is a perfect example” of what the port can do.
                """,
                "Holm | “Only the pilots,” Holm said, would notice the silt in the channel | said | mixed",
                "Holm | The new pier, Holm said, “is a perfect example” of what the port can do | said | mixed");
    }

    @Test
    void wireCopysDoubledApostrophesOpenTheQuotationAfterTheAsideToo() {
        assertMentions("""
                The old ferry shed, Holm said, ''is a fine example'' of what the harbour can do.
                On Monday, Holm said, ''we will open the shed again.''
                """,
                "Holm | The old ferry shed, Holm said, ''is a fine example'' of what the harbour can do | said | mixed",
                "Holm | ''we will open the shed again.'' | said | direct");
    }

    @Test
    void anAdverbialAParticipleOrASecondQuotationAfterTheAsideIsNoContinuation() {
        assertMentions("""
                The fares are too high, says one commuter, in a letter to the council.
                “The fares are too high,” Holm said, adding that nobody had asked the commuters.
                “The fares are too high,” Holm said, “and nobody asked us.”
                On Tuesday, Holm said, “The fares are too high.”
                """,
                "one commuter | The fares are too high | says | indirect",
                "Holm | “The fares are too high,” | said | direct",
                "Holm | nobody had asked the commuters | adding | indirect",
                "Holm | “The fares are too high,” | said | direct",
                "Holm | “and nobody asked us.” | said | direct",
                "Holm | “The fares are too high.” | said | direct");
    }

    @Test
    void anAppositionOrAnAdverbialAfterTheSpeakerIsNoContinuation() {
        assertMentions("""
                “The fares are too high,” said Anna Holm, a commuter who rides the ferry daily.
                “The fares are too high,” Holm said, on her first day as a councillor.
                As the ferry left, the captain said, “we will be late.”
                """,
                "Anna Holm | “The fares are too high,” | said | direct",
                "Holm | “The fares are too high,” | said | direct",
                "the captain | “we will be late.” | said | direct");
    }

    @Test
    void narrationBeforeAColonOrADashIsNotTheQuotedSpeakersStatement() {
        assertMentions("""
                Holm saw the vote differently: “The council was bullied into it,” she said.
                Neither pilot liked the plan - “a waste of money,” Brandt said - but both voted for it.
                The plan was “a betrayal,” Brandt said.
                """,
                "she | “The council was bullied into it,” | said | direct",
                "Brandt | “a waste of money,” | said | direct",
                "Brandt | The plan was “a betrayal,” | said | mixed");
    }

    @Test
    void aLeadInVerbEndsBeforeTheQuotationThatHasItsOwnCue() {
        assertMentions("""
                The mayor praised the new pier - “a gift to the harbour,” she said - and cut the ribbon.
                Holm warned that the channel was shallow: “It will silt up by May,” she said.
                """,
                "The mayor | the new pier | praised | indirect",
                "she | “a gift to the harbour,” | said | direct",
                "Holm | the channel was shallow | warned | indirect",
                "she | “It will silt up by May,” | said | direct");
    }
}
