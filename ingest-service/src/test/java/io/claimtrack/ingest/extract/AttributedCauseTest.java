package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * "attributed the delay to a shortage of pilots" gives a view of a cause, as "blamed the delay on" does; a passive
 * ("was attributed to the mayor") or the verb without an object before "to" is no statement.
 */
class AttributedCauseTest {

    @Test
    void aCauseGivenAfterTheObjectIsAView() {
        assertMentions("""
                The harbour office attributed the delay partly to a shortage of pilots.

                Mayor Ines Varga attributes the drop in burglaries to the new street lights.
                """,
                "The harbour office | the delay partly to a shortage of pilots | attributed | indirect",
                "Mayor Ines Varga | the drop in burglaries to the new street lights | attributes | indirect");
    }

    @Test
    void aPassiveOrNoObjectIsNoView() {
        assertMentions("""
                The remark was attributed to the mayor.

                The sketch is attributed to a pupil of the old master.

                The ferry board has not yet attributed any blame.
                """);
    }
}
