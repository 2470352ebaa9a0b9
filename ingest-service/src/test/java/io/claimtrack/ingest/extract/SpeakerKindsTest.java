package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What kind of speaker a description names: a role word that also heads bodies' names, a title acronym (issue 10). */
class SpeakerKindsTest {

    @Test
    void aGuardAfterARoleWordIsAPerson() {
        AnnotatedDocument doc = Pipeline.extract("""
                Veteran guard says Pelicans 'finally found our legs'

                HARBOURTON — Ivo Marsh scored 31 points and the Harbourton Pelicans beat the Salt Creek Otters 104-99 on Friday.

                "We finally found our legs," Marsh said. "Nobody panicked in the fourth."

                The rookie guard said the team would rest on Sunday.
                """);
        assertEquals(SpeakerKind.PERSON, statement(doc, "Pelicans 'finally found our legs'").kind);
        assertEquals("Ivo Marsh", statement(doc, "Pelicans 'finally found our legs'").speaker);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the team would rest on Sunday").kind);
    }

    @Test
    void othersOpeningASentenceIsAGroupNoNameForALaterPronoun() {
        AnnotatedDocument doc = Pipeline.extract("""
                Pell says the bakery will close on Friday.

                Some of Pell's regulars plan to drive to Hartwell. Others say they will stop buying bread altogether.

                Nina Ortiz, who runs the laundromat next door, worries about the street.

                Pell's final week will be busy, he says.
                """);
        assertEquals(SpeakerKind.GROUP, statement(doc, "they will stop buying bread altogether").kind);
        assertEquals("Pell", statement(doc, "Pell's final week will be busy").speaker);
    }

    @Test
    void aCoastGuardIsStillABody() {
        AnnotatedDocument doc = Pipeline.extract("""
                The Ostland National Guard said 300 soldiers would help clear the roads.

                The Ostland coast guard said it had towed two fishing boats to port.
                """);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "300 soldiers would help clear the roads").kind);
        assertEquals("Ostland National Guard", statement(doc, "300 soldiers would help clear the roads").speaker);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "it had towed two fishing boats to port").kind);
    }

    @Test
    void aWireHeadlinesTitleAcronymIsAPersonsOffice() {
        AnnotatedDocument doc = Pipeline.extract("""
                Ostland to keep Vesterby ferry running through winter — deputy FM

                HARBOURTON, December 2. /NORPRESS/. Ostland will keep the ferry to Vesterby running through the winter, \
                Ostlandic Deputy Foreign Minister Ivo Lunde told NORPRESS on Tuesday.
                """);
        assertEquals(SpeakerKind.PERSON, statement(doc, "Ostland to keep Vesterby ferry running through winter").kind);
        assertEquals("Ivo Lunde", statement(doc, "Ostland to keep Vesterby ferry running through winter").speaker);
        assertEquals("Tove Marsh", statement(Pipeline.extract("""
                Vesterby wants written guarantees for its fishing fleet — PM

                VESTERBY, December 2. /NORPRESS/. Vesterby will not sign the fishing accord without written guarantees, \
                Vesterbian Prime Minister Tove Marsh said on Tuesday.
                """), "Vesterby wants written guarantees for its fishing fleet").speaker);
    }

    @Test
    void aNameABodysNounOrTheArticleIntroducesIsABodyNoLaterHe() {
        AnnotatedDocument doc = Pipeline.extract("""
                Town weighs housing plan

                Tomas Reyes-Holt, who owns the lot next door, said the town needs homes more than it needs shops. Rents in the district rose 9 per cent last year, according to the Westbury Housing Registry.

                "I like the old shops," he said. "But a town cannot stand still."

                Senator Owen Marsh has spent the autumn on the road. His campaign has spent $4 million on radio ads, according to the ad-tracking firm Spotwatch, most of it attacking his rival.

                "She has never run anything," the senator said.
                """);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "Rents in the district rose 9 per cent last year").kind);
        assertEquals("Westbury Housing Registry", statement(doc, "Rents in the district rose 9 per cent last year").speaker);
        assertEquals("Spotwatch", statement(doc, "His campaign has spent $4 million on radio ads").speaker);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "His campaign has spent $4 million on radio ads").kind);
        assertEquals("Tomas Reyes-Holt", statement(doc, "\"I like the old shops,\"").speaker);
        assertEquals("Owen Marsh", statement(doc, "\"She has never run anything,\"").speaker);
    }

    @Test
    void aPersonAfterTheArticleOrAnAgencysTitleStaysAPerson() {
        AnnotatedDocument doc = Pipeline.extract("""
                The Rev. Ada Brekke said the shelter would stay open.

                According to Head of the country's intelligence agency Ivo Lunde, the border stayed quiet.
                """);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the shelter would stay open").kind);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the border stayed quiet").kind);
        assertEquals("Ivo Lunde", statement(doc, "the border stayed quiet").speaker);
    }

    /** Round 49: a role whose "of" names a body's description ("the director of the agency") is a person. */
    @Test
    void aRoleOfABodyIsAPerson() {
        AnnotatedDocument doc = Pipeline.extract("""
                The Harwick Ferry Agency cut its timetable on Monday. The director of the agency said the roof had been \
                mended. The spokesman of the ferry agency said the crossings would resume. The board of the agency said it \
                would meet.
                """);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the roof had been mended").kind);
        assertEquals(SpeakerKind.PERSON, statement(doc, "the crossings would resume").kind);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "it would meet").kind);
    }

    /** Round 53: a hospital or a clinic is a body; a saint's name before it is no possessor ("St. Ilda's Hospital"). */
    @Test
    void aSaintsHospitalIsABody() {
        AnnotatedDocument doc = Pipeline.extract("""
                Midwives are leaving the maternity unit in Corrabay. St. Ilda's Hospital said in a statement that it had \
                hired nine midwives since March. Marta's Clinic said it would lend two more.
                """);
        assertEquals("St. Ilda's Hospital", statement(doc, "it had hired nine midwives since March").speaker);
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, "it had hired nine midwives since March").kind);
        assertEquals("Marta's Clinic", statement(doc, "it would lend two more").speaker);
    }
    /**
     * Round 60, bprest: a carrier ranked by size in its market is a business, the one the next paragraph names; a mail
     * carrier is a person however the text ranks her.
     */
    @Test
    void aCarrierRankedBySizeIsABusinessAMailCarrierAPerson() {
        AnnotatedDocument doc = Pipeline.extract("""
                Rail signals failed after a cable fire

                MERLOW, Ostravia (AP) — A cable fire cut the signals on the main line for most of Wednesday, the \
                country's largest carrier said, stranding thousands of commuters.

                Brenlow Communications said the fire had started in a junction box.

                The cable fire also slowed the post, the town's oldest mail carrier said.
                """);
        String lede = "A cable fire cut the signals on the main line for most of Wednesday stranding thousands of commuters";
        assertEquals(SpeakerKind.ORGANIZATION, statement(doc, lede).kind);
        assertEquals("Brenlow Communications", statement(doc, lede).speaker);
        assertEquals(SpeakerKind.PERSON, statement(doc, "The cable fire also slowed the post").kind);
    }
}
