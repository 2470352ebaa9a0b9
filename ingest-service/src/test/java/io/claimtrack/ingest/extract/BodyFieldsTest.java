package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, thirty-ninth round (lead): the fields a body's "on" lists ("Commission on Trade, Scientific and Cultural
 * Cooperation") name no one, so a communiqué's two heads of delegation stay the only people of its opening and its
 * "Co-Chairs" and sides are theirs; a name set off after a committee's name is still a name.
 */
class BodyFieldsTest {

    @Test
    void theFieldsOfACommissionNameNoOne() {
        AnnotatedDocument doc = extract("""
                Joint Communiqué of the Fourth Session of the Ostravian-Teldmark Commission on Trade, Scientific and \
                Cultural Cooperation

                1. The fourth session of the Ostravian-Teldmark Commission on Trade, Scientific and Cultural Cooperation \
                was held in Rallin on 3-4 June 2030. The Ostravian delegation was headed by the Minister of Economy of the \
                Republic of Ostravia, Velimira Brannock-Oduya, and the Teldmark delegation by the Minister of Trade of the \
                Kingdom of Teldmark, Aurek Sandholm-Ibe.

                2. The Co-Chairs noted that trade between the two countries had doubled since 2025.

                3. The Teldmark side proposed to open a trade office in Rallin.
                """);
        assertSpeaker(doc, "trade between the two countries had doubled since 2025", "Velimira Brannock-Oduya and Aurek Sandholm-Ibe");
        assertSpeaker(doc, "to open a trade office in Rallin", "Aurek Sandholm-Ibe");
    }

    @Test
    void aNameSetOffAfterACommitteeIsStillAName() {
        AnnotatedDocument doc = extract("""
                The chair of the Committee on Ethics, Ivo Lundqvist-Barre, said the vote was fair.
                """);
        assertSpeaker(doc, "the vote was fair", "Ivo Lundqvist-Barre");
    }
}
