package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "show" and "find" report a finding when a document heads their subject, however long the subject, or when they
 * close their sentence: "A survey of ... released on Tuesday showed Y", "Y, a study by the council found."
 */
class FindingVerbsTest {

    @Test
    void aDocumentFarBeforeTheVerbHeadsItsSubject() {
        assertMentions("""
                A survey of island residents released on Tuesday by the harbour council showed Holm with a ten-point lead over Vik.
                An analysis by the port board of ferry logs going back to 1990 showed the crossings with the most passengers ran late.
                """,
                "A survey | Holm with a ten-point lead over Vik | showed | indirect",
                "An analysis | the crossings with the most passengers ran late | showed | indirect");
    }

    @Test
    void anExaminingBodysFindingIsItsReport() {
        assertMentions("""
                Inspectorate finds safety breaches at 12 Harlby building sites
                The harbour auditor found gaps in the ferry budget.
                """,
                "Inspectorate | safety breaches at 12 Harlby building sites | finds | indirect",
                "The harbour auditor | gaps in the ferry budget | found | indirect");
    }

    @Test
    void aFindingVerbClosingItsSentenceTakesTheClauseBeforeIt() {
        assertMentions("""
                Ferry crossings fell by a third last year, the port board found.
                Most of the money came from pilots who no longer fly, a study by the harbour council found.
                """,
                "the port board | Ferry crossings fell by a third last year | found | indirect",
                "a study by the harbour council | Most of the money came from pilots who no longer fly | found | indirect");
    }

    @Test
    void aFindingVerbClosingItsClauseWithItsDayOrAnotherClauseTakesTheClauseBeforeIt() {
        assertMentions("""
                The Harbour Party won a majority in Sunday's vote, official results showed Monday, ending ten years of rule.
                The Harbour Party led the count, partial results showed, as ballots from the islands came in.
                """,
                "official results | The Harbour Party won a majority in Sunday's vote | showed | indirect",
                "partial results | The Harbour Party led the count | showed | indirect");
        // "show" with a comma after it is the noun.
        assertMentions("Ola Lund, the host of a radio show, said the pier was unsafe.",
                "Ola Lund | the pier was unsafe | said | indirect");
    }

    @Test
    void anInfinitiveBetweenTheDocumentAndTheVerbHasAnotherSubject() {
        assertEquals(List.of(), Pipeline.cues("In the letter, the council went on to push the pilots to help find a berth for the old ferry."));
        assertEquals(List.of(), Pipeline.cues("The divers found the wreck."));
    }

    @Test
    void documentsInThePluralReportAFindingToo() {
        assertMentions("""
                The reports show the harbour fund made a major change in its ferry plans after the vote.
                More than half of the money arrived in May alone, new fundraising reports show.
                Leaked emails showed port staff favouring the larger pier.
                """,
                "The reports | the harbour fund made a major change in its ferry plans after the vote | show | indirect",
                "new fundraising reports | More than half of the money arrived in May alone | show | indirect",
                "Leaked emails | port staff favouring the larger pier | showed | indirect");
    }

    /**
     * Issue 10, thirty-sixth round (set S's list of misses, class M1): results are a document, whose participle after
     * it ("results published in April") leaves it the subject, and an early count ("early results", "weekly figures")
     * is no adverb cutting its phrase; a headline's "X, early results show" too.
     */
    @Test
    void resultsWithWhatFollowsThemAndEarlyResultsReportAFinding() {
        assertMentions("""
                The vaccine cut infections by a third in a small trial, results published in April showed.
                The Harbour Party took the port for the first time, early results showed.
                """,
                "results | The vaccine cut infections by a third in a small trial | showed | indirect",
                "early results | The Harbour Party took the port for the first time | showed | indirect");
        Pipeline.assertSpeaker(Pipeline.extract("""
                Harbour Party takes the port, early results show

                KERRIN, May 4 (Nordwire) - The Harbour Party won the port for the first time on Sunday.
                """), "Harbour Party takes the port", "early results");
    }

    /** "Tuesday's results", "Monday night's poll": a time owns them in name only, no maker speaks through them. */
    @Test
    void aTimesResultsSpeakAsThemselves() {
        AnnotatedDocument doc = Pipeline.extract("""
                Tuesday's results showed that the Harbour Party won the port.
                Monday night's poll showed that the ferry plan was popular.
                The council's survey showed that the pier was unsafe.
                """);
        Pipeline.assertSpeaker(doc, "the Harbour Party won the port", "Tuesday's results");
        Pipeline.assertSpeaker(doc, "the ferry plan was popular", "Monday night's poll");
        Pipeline.assertSpeaker(doc, "the pier was unsafe", "council");
    }
}
