package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Issue 10, thirty-ninth round: a transcript's turns labelled by an initial glued to the surname ("O.Brandvik:"). */
class InitialledTurnsTest {

    @Test
    void anInitialGluedToTheSurnameLabelsATurn() {
        AnnotatedDocument doc = extract("""
                Meeting with Governor of the Kessby Region Maren Ostrowe-Bakare

                Osvald Brandvik-Amadi had a working meeting with Governor of the Kessby Region Maren Ostrowe-Bakare.

                O.Brandvik-Amadi: Mrs Ostrowe-Bakare, let us start with the roads. Last spring the bridges were closed for weeks.

                M.Ostrowe-Bakare: Mr President, this year we have repaired nine bridges, and all of them are open.

                O.Brandvik-Amadi: Please report to me when the last one is finished.
                """);
        assertSpeaker(doc, "let us start with the roads. Last spring the bridges were closed for weeks", "O.Brandvik-Amadi");
        assertSpeaker(doc, "this year we have repaired nine bridges, and all of them are open", "M.Ostrowe-Bakare");
    }
}
