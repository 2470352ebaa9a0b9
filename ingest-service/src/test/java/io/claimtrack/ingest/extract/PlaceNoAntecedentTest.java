package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A place is never the person a "he" or "she" stands for. */
class PlaceNoAntecedentTest {

    @Test
    void aNameOfTwoWordsAfterInIsWhereNotWho() {
        // "Port" is also a man's first name.
        AnnotatedDocument doc = extract("""
                Ferry fares to rise

                The council raised fares on Monday.

                Boat owners were critical. Per Lund, who runs a ferry company in Port Alder with about 40 boats, said \
                his costs had risen as well. "The council is blaming the people who kept sailing," he said.
                """);
        assertSpeaker(doc, "\"The council is blaming the people who kept sailing,\"", "Per Lund");
    }

    /** "in" and the place joined by a no-break space, as scraped pages join them: still where, not who. */
    @Test
    void aNameAfterInAndANoBreakSpaceIsWhereNotWho() {
        AnnotatedDocument doc = extract("""
                Ferry fares to rise

                The council raised fares on Monday.

                Boat owners were critical. Eirik Tangen, who runs a ferry company in\u00a0Port Selby with about 30 boats, \
                said his costs had risen as well. "The council is blaming the people who kept sailing," he said.
                """);
        assertSpeaker(doc, "\"The council is blaming the people who kept sailing,\"", "Eirik Tangen");
    }

    @Test
    void aOneWordNameTheTextPutsAfterInIsNoOnesHe() {
        // "Ostrava believes" reads as a person's statement; the same word after "in" says it is a place.
        AnnotatedDocument doc = extract("""
                Talks in Kessel

                Deputy Foreign Minister Anton Berg met his Norvian counterpart Lars Dahl on Tuesday. "The talks were \
                useful," Berg told reporters after the meeting.

                In his words, Ostrava "values" Kessel's role as a mediator, but believes that any new deal must include \
                "binding" guarantees for its ships. He added that the Norvian side had offered "several ideas," which \
                would be studied in Ostrava.
                """);
        assertSpeaker(doc, "the Norvian side had offered \"several ideas,\" which would be studied in Ostrava", "Anton Berg");
    }
}
