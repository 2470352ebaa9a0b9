package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A possessive pronoun heading a role set off after a name is someone else's, so it shows nothing of that name's
 * gender; one heading the person's own features does (issue 10).
 */
class OwnedAppositionGenderTest {

    @Test
    void aRoleOwnedByAnotherShowsNoGender() {
        AnnotatedDocument doc = extract("""
                Ilze Rudzite said the inspectors had met four times. She said the new rules were working.

                Aigars Pelnis, her deputy, reported that the inspectors had checked 60 kiosks. In his words, 12 of them \
                were sold expired goods.
                """);
        assertSpeaker(doc, "12 of them were sold expired goods", "Aigars Pelnis");
    }

    @Test
    void theOwnFeatureShowsTheGender() {
        AnnotatedDocument doc = extract("""
                Aigars Pelnis said the inspectors had checked 60 kiosks. He said most had complied.

                Ilze Rudzite, her voice low, said the fines had not been paid. In her words, the rules had no teeth.
                """);
        assertSpeaker(doc, "the rules had no teeth", "Ilze Rudzite");
    }
}
