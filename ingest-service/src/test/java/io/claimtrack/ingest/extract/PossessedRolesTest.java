package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Whose lawyer: "Vestby's lawyer" is the person an apposition introduced as "Its attorney, X" or "Her lawyer, X",
 * the pronoun standing for Vestby (issue 10, class 1).
 */
class PossessedRolesTest {

    private static final String HEARING = """
            Judge hears two cases over harbour land

            TOLVIK — Two cases over the old ferry terminal came before the district court on Monday.

            The buyer, Kestrel Partners, wants the court to end the city's lease on the site. Its attorney, Marta \
            Vinge, told the court the lease had expired in 2019.

            The city's lawyer, Jon Aas, said the lease ran to 2030.

            In the second case, Ingrid Lunde, a former harbour clerk, admitted taking $80,000 in fees. Her lawyer, \
            Knut Bakke, had asked for a fine and probation.

            Judge Eva Holm said she would rule on both cases next week. Lunde's lawyer said she would appeal any \
            prison term.

            Council member Per Dahl said the terminal should become a park. Nils Rud, who runs the ferry company, \
            told reporters he wanted the land for a new car deck. Rud said the city had promised it to him in 2015.

            Kestrel's lawyer said the company would build homes there.
            """;

    private static String speakerOf(String content) {
        return statement(Pipeline.through(ResolutionStage.class, HEARING), content).speaker;
    }

    /** The lawyer whom "Her lawyer" introduced, not the city's lawyer who spoke last. */
    @Test
    void aPossessiveDescriptionIsTheRoleIntroducedForItsPossessor() {
        assertEquals("Knut Bakke", speakerOf("she would appeal any prison term"));
    }

    /** "Its attorney": the firm's lawyer, far down the story, past other speakers. */
    @Test
    void aBodysPossessiveDescriptionIsWhomItsIntroduced() {
        assertEquals("Marta Vinge", speakerOf("the company would build homes there"));
    }

    /** "Partners" ends a firm's name, as "Holdings" does. */
    @Test
    void aNameEndingInPartnersIsAFirm() {
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, "Kestrel Partners said on Monday that it would appeal.");
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "it would appeal").kind);
    }
}
