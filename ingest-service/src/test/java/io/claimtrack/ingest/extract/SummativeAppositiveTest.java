package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** The narrator's name for what was said, after it, is no part of it. */
class SummativeAppositiveTest {

    @Test
    void aNounPhraseNamingWhatWasSaidEndsTheContent() {
        assertMentions("""
                Holm said the ferry toll was “a tax on islanders,” a line that drew cheers from the pier.
                Berg said the council would sell the quay by March, a move that would leave the fishermen without berths.
                The harbour board said fares would rise by a tenth, remarks that pilots read as a warning.
                The board's vice chair, Ola Vik, said late on Monday that the board could “wait a year,” remarks that pilots read as a sign the toll would stay.
                Lund said the new pier would cost $4 million -- a figure drawn from the council's own survey.
                """,
                "Holm | the ferry toll was “a tax on islanders,” | said | mixed",
                "Berg | the council would sell the quay by March | said | indirect",
                "The harbour board | fares would rise by a tenth | said | indirect",
                "The board's vice chair, Ola Vik | the board could “wait a year,” | said | mixed",
                "Lund | the new pier would cost $4 million | said | indirect");
    }

    @Test
    void anAppositiveOfAPersonOrAThingAListItemOrASubjectStays() {
        assertMentions("""
                Vik said the boat was built by Ola Lund, a carpenter who retired in May.
                Holm said the toll was a burden, a cost that falls on islanders.
                Berg said that before the vote, requests were made for a recount.
                Lund said the council had approved a new quay, a promise of state funding, and a second ferry.
                """,
                "Vik | the boat was built by Ola Lund, a carpenter who retired in May | said | indirect",
                "Holm | the toll was a burden, a cost that falls on islanders | said | indirect",
                "Berg | before the vote, requests were made for a recount | said | indirect",
                "Lund | the council had approved a new quay, a promise of state funding, and a second ferry | said | indirect");
    }

    /** Round 49: "publish, before the levy comes into force, an assessment of ...": the verb's object, after its aside. */
    @Test
    void aNounAfterAClauseAsideIsTheVerbsObject() {
        assertMentions("""
                The Panel recommends that the Ministry publish, before the levy comes into force, an assessment of its effect on crews, and that it consider a lower rate.
                """,
                "The Panel | the Ministry publish, before the levy comes into force, an assessment of its effect on crews, and that it consider a lower rate | recommends | indirect");
    }
}
