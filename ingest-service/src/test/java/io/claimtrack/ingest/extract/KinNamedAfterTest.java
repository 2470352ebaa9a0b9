package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A possessive kin word ("Her mother told the court") speaks as the person the next statement names for the first time,
 * in its paragraph or the next, when the kin word's sex fits and the name comes with no other role.
 */
class KinNamedAfterTest {

    private static final String TRIAL = """
            Mother of crash victim testifies

            By Rune Skallgrim
            Staff Writer

            The trial of a delivery driver accused of causing a fatal crash on Route 9 entered its second week on Tuesday.

            Prosecutor Dagny Orlow said the driver had been awake for 20 hours.

            Her mother told the court Tuesday that Ilse had never liked driving at night. "She called me from the gas station at midnight," Marta Fenwicke said.

            Defence lawyer Bruno Kallweit said the road was poorly lit.
            """;

    @Test
    void theKinIsThePersonNamedAsTheyNextSpeak() {
        assertSpeaker(extract(TRIAL), "Ilse had never liked driving at night", "Marta Fenwicke");
        AnnotatedDocument father = extract(TRIAL.replace("Her mother told the court Tuesday that Ilse had",
                "His father testified Tuesday that Jonas had").replace("She called", "He called")
                .replace("\" Marta Fenwicke said.", "\"\n\n\"I told him to wait until morning,\" Osgar Fenwicke said."));
        assertSpeaker(father, "Jonas had never liked driving at night", "Osgar Fenwicke");
        assertSpeaker(father, "\"He called me from the gas station at midnight,\"", "Osgar Fenwicke");
    }

    @Test
    void aNameOfTheOtherSexOrWithAnotherRoleOrNamedBeforeIsNotTheKin() {
        assertSpeaker(extract(TRIAL.replace("Marta Fenwicke", "Peter Fenwicke")), "Ilse had never liked driving at night", "Her mother");
        assertSpeaker(extract(TRIAL.replace("Marta Fenwicke said", "said Marta Fenwicke, a dispatcher at the depot")),
                "Ilse had never liked driving at night", "Her mother");
        assertSpeaker(extract(TRIAL.replace("Prosecutor Dagny Orlow said", "Marta Fenwicke, a nurse, said")),
                "Ilse had never liked driving at night", "Her mother");
    }

    private static final String INQUEST = """
            Inquest hears of broken streetlights

            Tomas Bergqvist was walking home from his evening class on Linden Parade when the van struck him, his \
            mother told the inquest on Monday.

            "He always took the lit side of the road," Alma Bergqvist said. "That night there was no lit side."
            """;

    /** Kin share a family name: the surname given before with another first name is no person named already. */
    @Test
    void theKinMayShareTheFamilyNameOfThePersonNamedBefore() {
        assertSpeaker(extract(INQUEST), "Tomas Bergqvist was walking home from his evening class on Linden Parade when the van struck him",
                "Alma Bergqvist");
    }

    /** The bare surname, or the very name given before, is the person the story named already, no kin. */
    @Test
    void theSurnameAloneOrTheSameNameIsThePersonNamedBefore() {
        String content = "Tomas Bergqvist was walking home from his evening class on Linden Parade when the van struck him";
        assertSpeaker(extract(INQUEST.replace("Alma Bergqvist said", "Bergqvist said")), content, "his mother");
        assertSpeaker(extract(INQUEST.replace("Alma Bergqvist said", "Tomas Bergqvist said")), content, "his mother");
    }

    /**
     * Round 55: "Her husband" after a couple named "FIRST and FIRST SURNAME" is the member whose first name is not the
     * woman's, with the shared surname, and the "he" after him follows; "His wife" the woman.
     */
    @Test
    void aSpouseOfACoupleNamedTogetherIsTheOtherMember() {
        AnnotatedDocument doc = extract("""
                Marta and Ivo Kestrel-Baines opened the shop in 2031. "We built every shelf," Marta Kestrel-Baines said. \
                Her husband said the rent had doubled. "We cannot stay," he said.
                """);
        assertSpeaker(doc, "the rent had doubled", "Ivo Kestrel-Baines");
        assertSpeaker(doc, "\"We cannot stay,\"", "Ivo Kestrel-Baines");
        AnnotatedDocument wife = extract("""
                Peter and Ingrid Halvorsen-Mbeki run the ferry café. Peter Halvorsen-Mbeki said trade was slow. His wife \
                said the winter had been the hardest yet.
                """);
        assertSpeaker(wife, "the winter had been the hardest yet", "Ingrid Halvorsen-Mbeki");
    }
}
