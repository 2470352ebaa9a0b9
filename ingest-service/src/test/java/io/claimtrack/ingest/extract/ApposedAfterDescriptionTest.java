package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A long description and the name apposed to it: the name speaks, for every verb of the sentence (set AE, A5). */
class ApposedAfterDescriptionTest {

    private static final String OPENING = "Joint commission on trade closes its third session\n\n"
            + "The head of the Quellmar delegation, Minister of Transport Ottar Finnbo, opened the session. "
            + "The Rasenland delegation was headed by the Minister of Economy of Rasenland, Mireille Aubertin.\n\n";

    @Test
    void theApposedNameSpeaksForTheSecondVerbToo() {
        AnnotatedDocument doc = extract(OPENING + "The head of the Quellmar delegation to the working group on schools, "
                + "Director of the Tarrow Academy Hesper Valloway, reported that 30 teachers had trained abroad and "
                + "proposed a joint exchange of pupils.\n");
        assertSpeaker(doc, "30 teachers had trained abroad", "Hesper Valloway");
        assertSpeaker(doc, "a joint exchange of pupils", "Hesper Valloway");
        assertTrue(Pipeline.statement(doc, "a joint exchange of pupils").mention.text().endsWith("Hesper Valloway"));
    }

    @Test
    void theApposedNameSpeaksForAParticipleAfterTheSecondVerb() {
        AnnotatedDocument doc = extract(OPENING + "The head of the Quellmar delegation to the working group on ports, "
                + "Director of the Harbour Board Ansgar Wielecki, reported that two cranes had been repaired and "
                + "proposed a shared pilot service, stressing that the tides left little room for delay.\n");
        assertSpeaker(doc, "a shared pilot service", "Ansgar Wielecki");
        assertSpeaker(doc, "the tides left little room for delay", "Ansgar Wielecki");
    }

    @Test
    void aCommitteeNameThatListsWithCommasComesBeforeTheApposedName() {
        AnnotatedDocument doc = extract(OPENING + "Ottar Finnbo said the talks were useful.\n\n"
                + "The chair of the Committee on Water, Forests and Fisheries, deputy Annika Lothbrand (Greens), informed "
                + "the deputies that the committee backed the plan.\n");
        assertSpeaker(doc, "the committee backed the plan", "Annika Lothbrand");
    }

    @Test
    void aSecondVerbWithoutAnApposedNameKeepsItsSubject() {
        AnnotatedDocument doc = extract(OPENING + "Mireille Aubertin reported that the border posts had merged and "
                + "proposed a joint customs office.\n");
        assertSpeaker(doc, "a joint customs office", "Mireille Aubertin");
    }

    @Test
    void aNameInsideTheClauseAfterTheDescriptionIsNoApposition() {
        AnnotatedDocument doc = extract(OPENING + "Mireille Aubertin said the talks were useful.\n\n"
                + "The chair of the session told the deputies that Ottar Finnbo, a former engineer, had drafted the plan.\n");
        assertNotEquals("Ottar Finnbo", Pipeline.statement(doc, "Ottar Finnbo, a former engineer, had drafted the plan").speaker);
    }
}
