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

    /**
     * Kin named in apposition by a pronoun ("her son, Erik Storm") are "Her son" after, the pronoun standing for the
     * nearest person named in full of its sex ("Colleagues" opening a sentence is no one).
     */
    @Test
    void aFamilyDescriptionIsTheKinNamedInApposition() {
        String obituary = """
                Retired ferry captain dies at 81

                TOLVIK — Anna Storm, who for 30 years captained the night ferry to Vik, died on Sunday. She was 81.

                Her death was confirmed by her son, Erik Storm, who said she had been ill since the summer.

                Storm joined the ferry company in 1968. Colleagues said she never missed a crossing.

                Her son said she kept her captain's cap on the kitchen wall until the end.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, obituary);
        assertEquals("Erik Storm", statement(doc, "she kept her captain's cap on the kitchen wall until the end").speaker);
    }

    /**
     * Kin named in apposition by the possessor's name ("Berg's daughter, Liv Berg-Aas") are "His daughter" paragraphs
     * later; "his" is not the plant named after a preposition ("at the Nordvik Tool and Die plant").
     */
    @Test
    void aFamilyDescriptionsPronounIsNoNameAfterAPreposition() {
        String story = """
                Retired welder hurt as harbour ramp collapses

                TOLVIK — Tor Berg, 77, was hurt when the ramp at Vik collapsed in May. Berg's daughter, Liv Berg-Aas, \
                said the family had warned the harbour office twice.

                Harbour director Nils Rud said the ramp had passed its last inspection in March and that the harbour \
                office had found no crack in its steel frame. "We check every ramp twice a year, and this one was \
                sound," Rud said.

                Engineers hired by the town council said the collapse was caused by a hinge that had rusted from the \
                inside, where no inspector could have seen it. The council will replace all four ramps at Vik before \
                the summer ferries start, its chairwoman, Eva Lunde, said on Friday.

                The ferry company said it would run a smaller boat from the fishing pier until the new ramp is in \
                place, and that passengers with cars should use the crossing at Sandnes.

                Berg spent 40 years at the Nordvik Tool and Die plant. His daughter said he still walks to the harbour \
                every morning.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Liv Berg-Aas", statement(doc, "he still walks to the harbour every morning").speaker);
    }

    /**
     * A hard-wrapped page breaks the line right after the apposition's comma ("Its attorney, " at a line's end): the
     * apposition still introduces the lawyer, as the pattern's end of input before a closing line break allows.
     */
    @Test
    void anAppositionWrappedAfterItsCommaStillIntroducesTheRole() {
        String story = """
                The buyer, Kestrel Partners, wants the court to end the city's lease on the site. Its attorney,\s
                Marta Vinge, told the court the lease had expired in 2019.

                The city's lawyer, Jon Aas, said the lease ran to 2030.

                Kestrel's lawyer said the company would build homes there.
                """;
        AnnotatedDocument doc = Pipeline.through(ResolutionStage.class, story);
        assertEquals("Marta Vinge", statement(doc, "the company would build homes there").speaker);
    }
}
