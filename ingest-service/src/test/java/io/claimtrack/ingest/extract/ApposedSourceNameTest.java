package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 43: "According to the ROLE, NAME, CONTENT": the name set off after the fronted source's description is
 * the speaker, and no part of what was said.
 */
class ApposedSourceNameTest {

    @Test
    void theNameAfterTheDescriptionSpeaks() {
        assertOnlyStatement("According to the chief engineer of the city water board, Halvard Pemberley, the new mains will last half a century.",
                "the new mains will last half a century", "Halvard Pemberley");
    }

    @Test
    void aPersonDescriptionTakesItsNameToo() {
        assertOnlyStatement("According to the head nurse, Ilona Varga-Steen, the ward will reopen in June.",
                "the ward will reopen in June", "Ilona Varga-Steen");
    }

    @Test
    void oneCapitalisedWordOpensTheClause() {
        // A place, not a name: the clause after the source opens with it.
        assertOnlyStatement("According to the board, Lowgate, like its neighbours, will pay for the works.",
                "Lowgate, like its neighbours, will pay for the works", "the board");
    }

    @Test
    void aNamedSourceKeepsItsClause() {
        assertOnlyStatement("According to Ilona Varga-Steen, Ward Seven will reopen in June.",
                "Ward Seven will reopen in June", "Ilona Varga-Steen");
    }

    @Test
    void aNameWithItsOwnAppositionIsTheClausesSubject() {
        assertEquals(List.of("Petra Kolvane, a former treasurer, moved the funds in March"),
                contents(extract("According to the auditor, Petra Kolvane, a former treasurer, moved the funds in March.")));
    }

    /** Round 53: a rank or title written before the apposed name ("Captain") belongs to the name. */
    @Test
    void aRankBeforeTheApposedNameBelongsToIt() {
        assertOnlyStatement("According to the lifeboat commander, Captain Orrin Falk, the tide had fallen faster than the charts showed.",
                "the tide had fallen faster than the charts showed", "Orrin Falk");
    }
}
