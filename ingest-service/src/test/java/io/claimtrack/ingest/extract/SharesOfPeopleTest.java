package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A share of people speaks through "saying" or a "who" clause right after it, as poll reports write (issue 9). */
class SharesOfPeopleTest {

    @Test
    void aShareBeforeSayingSpeaks() {
        assertMentions("""
                Berg came in second, with 22 percent saying they would not vote for him.
                The storm has left 62 percent of pilots saying the quay is unsafe.
                """,
                "22 percent | they would not vote for him | saying | indirect",
                "62 percent of pilots | the quay is unsafe | saying | indirect");
    }

    @Test
    void aShareBeforeWhoSaidIsTheAntecedent() {
        assertMentions("Some 46 percent of pilots said yes, compared with 23 percent who said the old quay was safer.",
                "Some 46 percent of pilots | yes | said | indirect",
                "23 percent | the old quay was safer | said | indirect");
    }

    @Test
    void aShareWordWithoutItsOfIsNoSpeaker() {
        // "Minority Leader Ola Lund", "the majority leader": a share word that takes no group with "of".
        assertMentions("""
                Harbour Minority Leader Ola Lund, who called on Berg to resign, was not there.
                It was the council's majority leader who said the quay would close.
                """,
                "Harbour Minority Leader Ola Lund | Berg to resign | called on | indirect",
                "the council's majority leader | the quay would close | said | indirect");
    }

    /** Round 51: the figure of a share in an apposition after it ("about a third, 34 percent, say") is no aside of a person. */
    @Test
    void aShareWithItsFigureInAnAppositionSpeaks() {
        assertMentions("""
                Among renters in the valley, about a third, 34 percent, say the levy should stay.
                Roughly half, or 51 percent, said the ferry ran too rarely.
                """,
                "about a third | the levy should stay | say | indirect",
                "Roughly half | the ferry ran too rarely | said | indirect");
    }
}
