package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Issue 10: the writer's own "I" in a column is the person its byline names; without a byline it stays "I". */
class WriterVoiceTest {

    @Test
    void aColumnistsIIsTheBylinesName() {
        AnnotatedDocument doc = extract("""
                Why the pier must stay

                By Jane Fulton

                Mayor Tom Reed says the old pier is unsafe. The pier can be repaired for far less than a new one \
                would cost.

                If, as I've suggested, the pier draws visitors, the council will keep it. We believe the council \
                will listen.
                """);

        assertSpeaker(doc, "the old pier is unsafe", "Tom Reed");
        assertSpeaker(doc, "the pier draws visitors, the council will keep it", "Jane Fulton");
        assertSpeaker(doc, "the council will listen", "We");
    }

    @Test
    void withoutABylineTheWritersIStays() {
        AnnotatedDocument doc = extract("""
                Why the pier must stay

                Mayor Tom Reed says the old pier is unsafe.

                If, as I've suggested, the pier draws visitors, the council will keep it.
                """);

        assertSpeaker(doc, "the pier draws visitors, the council will keep it", "I");
    }

    @Test
    void aBylineInCapitalsOrWithADeskIsTheName() {
        assertEquals("Ann-Marie O'Neill", WriterVoice.byline(Pipeline.through(StructureStage.class, """
                Ferry fares to rise

                By ANN-MARIE O'NEILL, Staff Writer

                The ferry company said fares would rise in May.
                """)));
        // "By the end of the week" opens a sentence, not a byline.
        assertNull(WriterVoice.byline(Pipeline.through(StructureStage.class, """
                Ferry fares to rise

                By the end of the week, the ferry company said, fares would rise.
                """)));
    }

    /**
     * "We" in the narration of a statement or briefing is the body or person its title says it is by: a ministry,
     * or a spokeswoman named with her title; a column's "we" without such a title stays "We" (above).
     */
    @Test
    void aStatementsWeIsTheBodyItsTitleSaysItIsBy() {
        AnnotatedDocument statement = extract("""
                Statement of the Ministry of Trade of the Republic of Norland on the new steel duties

                Harrow, 3 May 2026

                The Ministry of Trade of the Republic of Norland regrets the decision of the Estmarkian government.

                We urge the Estmarkian side to return to the talks without conditions.
                """);
        assertSpeaker(statement, "the Estmarkian side to return to the talks without conditions",
                "Ministry of Trade of the Republic of Norland");
        AnnotatedDocument briefing = extract("""
                Briefing by Foreign Ministry Spokeswoman Ingrid Solberg, Harrow, May 3, 2026

                On the ore talks

                We expect the talks to resume next week in Tessen.
                """);
        assertSpeaker(briefing, "the talks to resume next week in Tessen", "Ingrid Solberg");
    }
}
