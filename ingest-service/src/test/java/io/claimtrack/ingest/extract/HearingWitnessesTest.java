package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, fortieth round: a committee's hearing summary lists its witnesses as "the <title> of <body>, Name" and its
 * chair as "chaired by Name"; "The chief inspector said" and "the Chair said" below are those people (set AB).
 */
class HearingWitnessesTest {

    @Test
    void aWitnessListedWithTheBodyItServesIsItsTitle() {
        AnnotatedDocument doc = extract("""
                Hearing on ferry safety

                The Committee heard evidence from the head of the Ferry Authority, Linnea Sorvald-Mensah, and the chief \
                inspector of the Marine Accident Board, Thomas Quigley-Ardent.

                Ms Sorvald-Mensah said the fleet was old.

                The chief inspector said his board had found three faults.
                """);
        assertSpeaker(doc, "the fleet was old", "Linnea Sorvald-Mensah");
        assertSpeaker(doc, "his board had found three faults", "Thomas Quigley-Ardent");
    }

    @Test
    void theTitleOfAnotherBodyIsNoWitnessOfThisOne() {
        AnnotatedDocument doc = extract("""
                Hearing on ferry safety

                The Committee heard evidence from the head of the Ferry Authority, Linnea Sorvald-Mensah, and from officials                 of the Marine Board.

                Ms Sorvald-Mensah said the fleet was old.

                The head of the Marine Board said his inspectors had found three faults.
                """);
        assertSpeaker(doc, "his inspectors had found three faults", "The head of the Marine Board");
    }

    @Test
    void aBodyChairedBySomeoneHasThemAsTheChair() {
        AnnotatedDocument doc = extract("""
                Panel reviews tram delays

                The review panel, chaired by former judge Annika Solberg-Reyes, met transport officials on Monday.

                The chair said the panel would publish its findings in March.
                """);
        assertSpeaker(doc, "the panel would publish its findings in March", "Annika Solberg-Reyes");
    }

    @Test
    void someoneWhoChairedAnotherBodyIsNoChairHere() {
        AnnotatedDocument doc = extract("""
                Panel reviews tram delays

                The review panel met on Monday. Its members include Annika Solberg-Reyes, who chaired the city's audit board \
                until 2027.

                The chair said the panel would publish its findings in March.
                """);
        assertSpeaker(doc, "the panel would publish its findings in March", "The chair");
    }
}
