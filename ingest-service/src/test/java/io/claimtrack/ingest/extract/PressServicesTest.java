package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A press service speaks as the body it names, by acronym, name or "of", and a bare "the press service" after it too. */
class PressServicesTest {

    @Test
    void anAcronymsPressServiceIsTheBodyTheAcronymSpellsOut() {
        AnnotatedDocument doc = extract("""
                Tarvish rowers may race under own flag again - WRF press service

                KELMAR, May 2. /TASS/. The Executive Board of the World Rowing Federation (WRF) has lifted its ban on Tarvish crews, the WRF press service told TASS on Friday.

                "The board voted unanimously," the press service said.

                Tarvish Rowing Union head Ilya Borzenko said the crews were ready.

                The federation will publish the new rules in June, the press service added.
                """);
        assertSpeaker(doc, "Tarvish rowers may race under own flag again", "World Rowing Federation");
        assertSpeaker(doc, "The Executive Board of the World Rowing Federation (WRF) has lifted its ban on Tarvish crews",
                "World Rowing Federation");
        assertSpeaker(doc, "\"The board voted unanimously,\"", "World Rowing Federation");
        assertSpeaker(doc, "The federation will publish the new rules in June", "World Rowing Federation");
    }

    /** Each acronym is read against the names' tails indexed once: two acronyms, and one that no name spells. */
    @Test
    void eachAcronymIsTheTailOfTheNameItsInitialsSpell() {
        AnnotatedDocument doc = extract("""
                The Assembly of the Northern Ferry Union voted on Monday to raise fares, its chair said.

                The Board of the Coastal Pilots Guild said pilots were ready.

                Fares will rise in March, the NFU press service said.

                Pilots are ready for the winter, the CPG press service said.

                Nothing has changed, the QXV press service said.
                """);
        assertSpeaker(doc, "Fares will rise in March", "Northern Ferry Union");
        assertSpeaker(doc, "Pilots are ready for the winter", "Coastal Pilots Guild");
        assertSpeaker(doc, "Nothing has changed", "QXV");
    }

    @Test
    void aPressOfficeOfANamedBodyIsThatBody() {
        AnnotatedDocument doc = extract("""
                PELMA, June 3. The level of the Vostok reservoir has fallen by two metres, the press office of the Water Agency of Kelvaria told reporters.

                "The supply is safe," the press office said.
                """);
        assertSpeaker(doc, "The level of the Vostok reservoir has fallen by two metres", "Water Agency of Kelvaria");
        assertSpeaker(doc, "\"The supply is safe,\"", "Water Agency of Kelvaria");
    }

    @Test
    void aBarePressServiceWithNoOwnerBeforeItIsLeftAlone() {
        AnnotatedDocument doc = extract("""
                ORVAL, May 9. The ferry to Lisk will resume on Monday, the press service said.
                """);
        assertSpeaker(doc, "The ferry to Lisk will resume on Monday", "the press service");
    }
}
