package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-eighth round: a verb that reports an instruction through the infinitive after its object
 * ("instructed X to ...") keeps it when the object's name stands in apposition between them.
 */
class ApposedObjectTest {

    @Test
    void anInstructionToANamedOfficialIsARequest() {
        AnnotatedDocument doc = extract("""
                The Governor of Velm Province, Rosa Keltner, instructed the regional education minister, Aarne Solberg, \
                to draw up a plan for the rural schools by 1 May.
                """);
        assertEquals("Rosa Keltner",
                statement(doc, "the regional education minister, Aarne Solberg, to draw up a plan for the rural schools by 1 May").speaker);
    }

    @Test
    void anApposedNameWithoutAnInfinitiveIsNoInstruction() {
        AnnotatedDocument doc = extract("The Governor instructed the regional education minister, Aarne Solberg, in the morning.");
        assertEquals(0, doc.attributions.size());
    }

    @Test
    void anInstructionToATitleWhoseFieldsHaveCommasIsARequest() {
        AnnotatedDocument doc = extract("The Prefect instructed the Office of Water, Forests and Fisheries to publish the survey by June.");
        assertEquals("Prefect",
                statement(doc, "the Office of Water, Forests and Fisheries to publish the survey by June").speaker);
    }

    @Test
    void aTitleWhoseFieldsHaveCommasWithoutAnInfinitiveIsNoInstruction() {
        AnnotatedDocument doc = extract("The Prefect instructed the Office of Water, Forests and Fisheries in writing.");
        assertEquals(0, doc.attributions.size());
    }
}
