package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** The sides of a meeting the opening names: a chaired dialogue, consultations. */
class MeetingSidesTest {

    @Test
    void theSidesOfAJointStatementOnAChairedDialogueAreItsTwoMinistersNotTheDialoguesName() {
        AnnotatedDocument doc = extract("""
                Joint Statement on the First Round of the Velm-Oskar Strategic Dialogue

                On 12 March, the Minister of Foreign Affairs of the Republic of Velmar, Ines Kastrup, and the Minister of \
                Foreign Affairs of the Kingdom of Oskaria, Tomas Hedlund, co-chaired the first round of the Velm-Oskar \
                Strategic Dialogue in Kelm.

                The Velmaric side reiterated its position that the river dispute must be settled through negotiations. \
                The Oskarian side agreed to convene the joint water commission in April.

                The sides agreed to hold the next round of the dialogue in Oskaria in the autumn.
                """);

        assertSpeaker(doc, "its position that the river dispute must be settled through negotiations", "Ines Kastrup");
        assertSpeaker(doc, "to convene the joint water commission in April", "Tomas Hedlund");
        assertSpeaker(doc, "to hold the next round of the dialogue in Oskaria in the autumn", "Ines Kastrup and Tomas Hedlund");
    }

    @Test
    void thePartiesOfConsultationsAreTheTwoWhoHeldThem() {
        AnnotatedDocument doc = extract("""
                Deputy Minister Runa Falk holds consultations with Deputy Minister of Ostria

                On 4 March, Deputy Minister of Foreign Affairs Runa Falk held consultations in Kelm with Deputy Minister of \
                Foreign Affairs of Ostria Karl Wendt.

                The parties agreed to continue the dialogue on visa issues at the level of experts.
                """);

        assertSpeaker(doc, "to continue the dialogue on visa issues at the level of experts", "Runa Falk and Karl Wendt");
    }
}
