package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * "the head of Ostrian diplomacy": a wire's description of a minister by the field after its "of", here the
 * foreign minister's, who may be named before a quotation of someone else (issue 10).
 */
class HeadOfAFieldTest {

    private static final String STORY = """
            Ostria will send rescuers to Velmar, minister says

            LUNDE, May 4. /NORTHWIRE/. Ostria will send rescue teams to flooded Velmar, Ostrian Foreign Minister \
            Karl Brenner said on Monday. Defence Minister Eva Lind said two army helicopters were ready.

            "Our teams will be there by tonight," the head of Ostrian diplomacy said at a news conference.
            """;

    @Test
    void theHeadOfAFieldIsTheMinisterOfIt() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, STORY);
        assertEquals("Karl Brenner", statement(doc, "\"Our teams will be there by tonight,\"").speaker);
    }
}
