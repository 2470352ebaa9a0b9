package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quotation after a colon that ends a clause whose subject is a speaker and whose verb is no cue. */
class ColonQuoteStageTest {

    @Test
    void speakerClauseEndingInAColonGivesTheQuotation() {
        assertEquals(List.of(
                "Ola Vik | “If he loses, it is the end of his career.” | went | direct",
                "Kari Lund | “Whichever pier I am on at the moment.” | demurred | direct",
                "The mayor | “Let us finish the pier in November.” | gestured | direct"),
                mentions(attribute("""
                        But Ola Vik went even further: “If he loses, it is the end of his career.”
                        Asked which pier was her favourite, Kari Lund demurred: “Whichever pier I am on at the moment.”
                        The mayor gestured at the crowd, then leaned in and boomed: “Let us finish the pier in November.”
                        """)));
    }

    @Test
    void quotedParagraphUnderTheClause() {
        assertEquals(List.of("The port authority | “Our thoughts are with the crews. The pier reopens on Monday.” | issued | direct"),
                mentions(attribute("""
                        The port authority issued the following statement:

                        “Our thoughts are with the crews. The pier reopens on Monday.”
                        """)));
    }

    @Test
    void noSpeakerSubjectLeavesTheQuotation() {
        assertEquals(List.of(), mentions(attribute("""
                The stakes are clear: “The pier must be fixed before winter.”
                It all comes down to one phrase: “Fix the pier.”
                The problem for the mayor is simple: “Nobody trusts the pier.”
                From the report: “The pier is unsafe.”
                She was upset, so I changed my answer: “Of course I trust the pier.”
                """)));
    }

    /** Round 58: a note a participle put up bears its words as a sign does; a note that is a document still speaks. */
    @Test
    void aNoteTapedUpReadsNoStatement() {
        assertEquals(List.of(), mentions(attribute("""
                The Copper Pot closes on Friday. A note taped to the till reads: “Thanks for forty years, Dunmore.”
                """)));
    }

    @Test
    void aSpeakerAloneBeforeTheColonInADigestLine() {
        assertEquals(List.of(
                "Ada Berg | “The ferry polls closed too early to see the late swing.” | : | direct",
                "Berg | “Late deciders broke for the harbour party.” | : | direct",
                "Tor Vik and Eva Lund | “Turnout in the islands was the highest since 1990.” | : | direct",
                "Kari Holm | “We will keep the pier open.” | : | direct",
                "Ola Brandt | “We will close it.” | : | direct"),
                mentions(attribute("""
                        FERRY POLLS NOT WRONG, JUST EARLY - Ada Berg: “The ferry polls closed too early to see the late swing.”

                        Why the swing came late -More from Berg: “Late deciders broke for the harbour party.”

                        Island turnout sets a record - Tor Vik and Eva Lund: “Turnout in the islands was the highest since 1990.”

                        The two candidates gave their closing lines. Kari Holm: “We will keep the pier open.” Ola Brandt: “We will close it.”
                        """)));
    }

    @Test
    void aVerbOfSayingBeforeTheSpeakerIsTheCue() {
        assertEquals(List.of("Brandt | “We will close the pier.” | Stated | direct"),
                mentions(attribute("""
                        Ola Brandt spoke on the radio on Monday.

                        Stated Brandt: “We will close the pier.”
                        """)));
    }

    @Test
    void aTopicOrALinkLabelBeforeTheColonIsNoSpeaker() {
        assertEquals(List.of(), mentions(attribute("""
                The ferries ran late all week - The bottom line: “Not good enough.”
                The result: “Closed until May.”
                Island news - WATCH: “The pier at dawn.”
                Harbour works - the ferry: “Closed until May.”
                """)));
    }
}
