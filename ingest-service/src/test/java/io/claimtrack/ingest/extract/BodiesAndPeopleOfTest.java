package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Armed groups and chambers are bodies; a person "of" a body is named without it (issue 10, seventeenth round). */
class BodiesAndPeopleOfTest {

    @Test
    void armedGroupsAndChambersAreOrganisations() {
        AnnotatedDocument doc = extract("""
                The Red Banner Brigade said it would leave the port by Sunday.

                The Ostland Liberation Front said the ceasefire had failed.

                The Kestrel Chamber of Shipping said the tolls were too high.
                """);
        assertEquals(SpeakerKind.ORGANIZATION, Pipeline.statement(doc, "it would leave the port by Sunday").kind);
        assertEquals(SpeakerKind.ORGANIZATION, Pipeline.statement(doc, "the ceasefire had failed").kind);
        assertSpeaker(doc, "the tolls were too high", "Kestrel Chamber of Shipping");
    }

    @Test
    void aPersonOfABodyIsNamedWithoutIt() {
        AnnotatedDocument doc = extract("""
                Greta Marsh of the Ostland Chamber of Shipping said the tolls were too high.

                “The ferry will be late,” said Mr. Dahlberg of the Kestrel Sailing Club.

                Pastor Anton Lunde of Harbour Street Baptist Church said the bells would ring.
                """);
        assertSpeaker(doc, "the tolls were too high", "Greta Marsh");
        assertSpeaker(doc, "“The ferry will be late,”", "Mr. Dahlberg");
        assertSpeaker(doc, "the bells would ring", "Anton Lunde");
    }

    @Test
    void twoPeopleOrALongTitleStayWhole() {
        AnnotatedDocument doc = extract("""
                Greta Marsh of Ostland and Anton Lunde of Kestrel said the tolls were too high.

                Lee County Supervisor of Elections Greta Dahlberg said the polls would open late.
                """);
        assertEquals(SpeakerKind.GROUP, Pipeline.statement(doc, "the tolls were too high").kind);
        // The office's holder is named after it, not the place before "of".
        String speaker = Pipeline.statement(doc, "the polls would open late").speaker;
        assertTrue(speaker.endsWith("Greta Dahlberg"), speaker);
    }
}
