package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** "Harwick's pivot Tomas Vik, who ..., watched": a name's possessive and a noun before a subject describe it as a title does. */
class PossessorDescriptionTest {

    @Test
    void aPronounAfterANewManIntroducedWithHisClubsPossessiveIsHis() {
        AnnotatedDocument doc = extract("""
                Harwick won the handball cup final 31-30 on Sunday.

                The losing side's sporting director, Olaf Brenn, said the club would not protest. "We lost to a good \
                team," he said.

                Harwick's pivot Tomas Vik, who broke his wrist in the semifinal, watched from the bench. "I cried when \
                we scored," he admitted.
                """);

        assertSpeaker(doc, "\"We lost to a good team,\"", "Olaf Brenn");
        assertSpeaker(doc, "\"I cried when we scored,\"", "Tomas Vik");
    }
}
