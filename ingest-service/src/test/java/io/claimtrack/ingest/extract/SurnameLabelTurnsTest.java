package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, forty-fifth round: in a meeting transcript whose opening names the people in full, a bare surname heading
 * several turns ("Brandt:") is that person's label; a one-word label that heads one paragraph only, as in a list of
 * teams or candidates ("Harbour Gulls: at home to Selby"), is no turn.
 */
class SurnameLabelTurnsTest {

    @Test
    void surnamesHeadingSeveralTurnsAreTheirPeople() {
        AnnotatedDocument doc = extract("""
                Meeting with the Mayor of Kellhaven

                Prime Minister Ilona Brandt met the Mayor of Kellhaven, Tobias Renner, to discuss the new tram depot.

                Brandt: Good morning. Where are we with the depot?

                Renner: Good morning, Prime Minister. The walls are up and the roof will be finished before the frost.

                Brandt: And the trams themselves?

                Renner: The first six arrive in March, and the drivers start their training in February.

                Brandt: Keep me informed about the training, I want the line running on time.
                """);
        assertSpeaker(doc, "Good morning, Prime Minister. The walls are up and the roof will be finished before the frost", "Tobias Renner");
        assertSpeaker(doc, "The first six arrive in March, and the drivers start their training in February", "Tobias Renner");
        assertSpeaker(doc, "Keep me informed about the training, I want the line running on time", "Ilona Brandt");
    }

    @Test
    void aOneWordLabelHeadingOneParagraphIsNoTurn() {
        AnnotatedDocument doc = extract("""
                The week ahead in the coastal league

                Coach Anna Gulls of Selby and coach Per Falk of Ostby both want a win before the break.

                Gulls: At home to Selby on Tuesday.

                Falk: Away at Ostby on Friday.
                """);
        assertTrue(doc.attributions.stream().noneMatch(a -> a.speaker.endsWith("Gulls") && Pipeline.content(doc, a).startsWith("At home")
                || a.speaker.endsWith("Falk")), "a list's one-word items taken as turns");
    }
}
