package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A bare description renames the last named speaker only when its head is an office or occupation ("the
 * diplomat"); "the crowd", "the heckler", "the book" are someone or something else. A "he" or "she" takes an
 * unnamed description as its antecedent only when the description names a person.
 */
class ThingDescriptionTest {

    @Test
    void theCrowdIsNotTheLastSpeaker() {
        AnnotatedDocument doc = extract("""
                Kari Dahl said the pier would stay open.

                The crowd chanted, "Keep it open."
                """);
        assertSpeaker(doc, "the pier would stay open", "Kari Dahl");
        assertSpeaker(doc, "\"Keep it open.\"", "The crowd");
    }

    @Test
    void theHecklerIsNotTheLastSpeaker() {
        AnnotatedDocument doc = extract("""
                "We will finish the bridge," Tomas Berg said as the heckler yelled, "Never!"
                """);
        assertSpeaker(doc, "\"We will finish the bridge,\"", "Tomas Berg");
        assertSpeaker(doc, "\"Never!\"", "the heckler");
    }

    @Test
    void anOfficeStillRenamesTheLastSpeaker() {
        AnnotatedDocument doc = extract("""
                Tomas Berg said the harbour needed dredging.

                The senator added that the money was ready.
                """);
        assertSpeaker(doc, "the money was ready", "Tomas Berg");
    }

    @Test
    void heSkipsTheBookForThePersonBeforeIt() {
        AnnotatedDocument doc = extract("""
                Ivar Lund said the base had been safe.

                The book accuses Lund of ignoring warnings. He said that is a distortion.
                """);
        assertSpeaker(doc, "Lund of ignoring warnings", "The book");
        assertSpeaker(doc, "that is a distortion", "Ivar Lund");
    }

    @Test
    void sheStillTakesAnUnnamedResident() {
        // "resident" is no office, but "residents" name a group of speakers: a person.
        AnnotatedDocument doc = extract("""
                Tomas Berg said the bridge would be finished.

                The resident said the ferry was too slow. She said the bus was late.
                """);
        assertSpeaker(doc, "the bus was late", "The resident");
    }

    /** Issue 10, round 49: "the aquarium" is the body, not its director ("aquarium director Ivan Petrakis"). */
    @Test
    void thePlaceARoleIsHeldAtIsNoHolderOfTheRole() {
        AnnotatedDocument doc = extract("""
                Aquarium to send its last dolphin to a sea refuge

                Marlo, the Port Hesper Aquarium's last dolphin, will leave next month for a sea refuge, aquarium \
                director Ivan Petrakis said on Monday.

                "We have thought about this for a long time," Petrakis said.

                The transfer will cost about $250,000, according to the aquarium.
                """);
        assertSpeaker(doc, "The transfer will cost about $250,000", "Port Hesper Aquarium");
    }

    /** A role's head before its complement ("chief epidemiologist of the Ministry of Health") is still the role's. */
    @Test
    void theHeadOfARoleWithAComplementStillHoldsIt() {
        AnnotatedDocument doc = extract("""
                The chief epidemiologist of the Ministry of Health, Dr. Ana Lopes, said at today's briefing that new \
                cases were falling. "We are seeing fewer patients," Dr. Lopes said.

                The chief epidemiologist urged residents to drink only boiled water.
                """);
        assertSpeaker(doc, "residents to drink only boiled water", "Ana Lopes");
    }
}
