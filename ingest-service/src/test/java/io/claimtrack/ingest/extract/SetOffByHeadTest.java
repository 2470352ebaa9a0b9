package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, round 40: a description the story later sets off with a name by its head alone is that person: "the survey's
 * chief author" below "The author, Petra Vlasic,"; "A water quality inspector warned" above "Ines Tormo, the inspector who
 * filed that report,". Not a description whose own words make another office ("the deputy director"), nor an
 * indefinite one set off before it is said.
 */
class SetOffByHeadTest {

    @Test
    void aGradedDescriptionIsThePersonSetOffWithItsHead() {
        AnnotatedDocument doc = extract("""
                Bikes on the ferry will cost more. The survey's chief author said ridership had fallen by a fifth since 2019.

                The ferry board meets again in June.

                The author, Petra Vlasic, a planner at Dunmore College, said fares were not the only cause.
                """);
        assertSpeaker(doc, "ridership had fallen by a fifth since 2019", "Petra Vlasic");
    }

    @Test
    void anIndefiniteDescriptionIsThePersonSetOffLaterWithItsHead() {
        AnnotatedDocument doc = extract("""
                The pool closed in May, the city said.

                Lifeguards said the water had turned cloudy in April.

                A water quality inspector warned in a report that the chlorine pumps were failing.

                The city says the pumps were replaced in July.

                Ines Tormo, the inspector who filed that report, retired in August. She said nobody had called her back.
                """);
        assertSpeaker(doc, "the chlorine pumps were failing", "Ines Tormo");
    }

    @Test
    void anotherOfficeOrAnEarlierNameIsNotTheDescription() {
        AnnotatedDocument doc = extract("""
                The director, Hugo Marsh, opened the new wing on Friday.

                Ada Kemp, the inspector who signed the permit, toured it with him.

                The deputy director said the wing would take its first patients in March.

                Later, an inspector said the fire doors still had to be checked.
                """);
        assertSpeaker(doc, "the wing would take its first patients in March", "The deputy director");
        assertSpeaker(doc, "the fire doors still had to be checked", "an inspector");
    }
}
