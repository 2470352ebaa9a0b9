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

    @Test
    void anAgeWhoseOwnPronounIsOfTheOtherSexIsTheManTheStoryIsAboutNotTheWomanJustNamed() {
        AnnotatedDocument doc = extract("""
                The comeback

                Former mayor Olav Brekke wants his old job back. "The city needs a steady hand," Brekke said. Brekke \
                left office in 2019. Brekke has not picked a running mate. Brekke said he would announce his plans in May.

                Anna Holm, who was Brekke's finance chief for six years, has not decided whom to support. "I respect \
                him," Holm said. "I'm just not sure I'd vote for him."

                The 63-year-old says he feels better than he did in office. He walks every morning, he said, and has \
                given up cigars.
                """);
        assertSpeaker(doc, "he feels better than he did in office", "Olav Brekke");
        assertSpeaker(doc, "He walks every morning and has given up cigars", "Olav Brekke");
    }

    /**
     * Round 56: "Dr. Linde, the premier said on Monday that ..." addresses Dr. Linde, no second comma closing the
     * description; the premier is not she. "Dr. Linde, the premier, said" describes her.
     */
    @Test
    void aNameAddressedBeforeADescriptionIsNotWhomItDescribes() {
        AnnotatedDocument doc = extract("""
                Standing Committee on Health

                Witnesses: Dr. Ines Linde, President, Nurses' Union

                Mr. Paul Achebe-Ross: Dr. Linde, the premier said on Monday that the plan was funded. Is it?

                Dr. Ines Linde: No. The plan has no money.
                """);
        assertSpeaker(doc, "the plan was funded", "the premier");
        AnnotatedDocument described = extract("""
                The harbour story

                Premier Ilse Varga opened the pier on Monday. Varga, the premier, said the pier was safe.
                """);
        assertSpeaker(described, "the pier was safe", "Ilse Varga");
    }
}
