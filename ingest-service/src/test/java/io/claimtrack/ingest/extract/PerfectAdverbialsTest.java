package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** An adverbial between a perfect auxiliary and its cue: "has since said", "has in the past described". */
class PerfectAdverbialsTest {

    @Test
    void theSubjectIsFoundAcrossTheAdverbial() {
        assertMentions("""
                Councillor Holm has since said the levy would go.
                Mayor Vik has nevertheless called the vote a mistake.
                The harbour board has in the past described the pier as unsafe.
                Pilots have in particular noted the cost of the new timetable.
                She’s since said the ferry will keep running.
                """,
                "Councillor Holm | the levy would go | said | indirect",
                "Mayor Vik | the vote a mistake | called | indirect",
                "The harbour board | the pier as unsafe | described | indirect",
                "Pilots | the cost of the new timetable | noted | indirect",
                "She | the ferry will keep running | said | indirect");
    }

    @Test
    void sinceOutsideTheVerbGroupIsATime() {
        assertMentions("Since Monday, Councillor Holm said the levy would go.",
                "Councillor Holm | the levy would go | said | indirect");
    }
}
