package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A description as speaker after the sentence that turned to someone: "Varga was blunt. “Q,” the 29-year-old said." */
class DescriptionAfterSubjectTest {

    @Test
    void anAgeDescribesTheSurnameJustNamedNotAWordOfTheQuotation() {
        AnnotatedDocument doc = extract("""
                The harbour story

                Lena Varga, a midfielder, joined the Gulls in May.

                Varga scored twice on Sunday. "Honestly? I'm exhausted," the 29-year-old said.
                """);
        assertSpeaker(doc, "\"Honestly? I'm exhausted,\"", "Lena Varga");
    }

    @Test
    void aOneOfficeDescriptionIsNotASpeakerTheTextTitledWithAnotherOffice() {
        AnnotatedDocument doc = extract("""
                The harbour story

                Gulls coach Rafael Moreno said his team had lost its focus. "We let them back in," Moreno said.

                Ivan Petrak, who has scored nine goals this season, was more blunt. "We gave it away," the striker said.
                """);
        assertSpeaker(doc, "\"We gave it away,\"", "Ivan Petrak");
    }
}
