package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Occupations local news names people by ("a union steward", "the pharmacist", "Trustee Ana Brill") are people: a "he"
 * or "she" after one of them may be that person, not the last speaker named before.
 */
class OccupationSpeakersTest {

    @Test
    void heAfterAnUnnamedStewardIsTheSteward() {
        AnnotatedDocument doc = extract("""
                The local's president, Dario Penn, wrote that the union backed the plan in principle.

                A union steward who asked not to be named said drivers liked the straighter routes. "We just want \
                it to be drivable," he said.
                """);
        assertSpeaker(doc, "\"We just want it to be drivable,\"", "A union steward");
    }

    @Test
    void sheAfterAnUnnamedTechnicianIsTheTechnician() {
        AnnotatedDocument doc = extract("""
                Lab director Olga Brenn said the checks were never stopped.

                A technician who left the lab in May said the checks stopped in March. "We skipped them for weeks," \
                she said.
                """);
        assertSpeaker(doc, "\"We skipped them for weeks,\"", "A technician");
    }

    /** Round 61: "Town Planner" is a title ("Town" is also on the lists of given names); her "she" is hers. */
    @Test
    void sheAfterATownPlannerIsThePlanner() {
        AnnotatedDocument doc = extract("""
                Nadia Forsberg-Ekwueme said the couple had run the rink for 30 years.

                Town Planner Rosalind Okoro-Vance said the sale still needs a permit. The board will take up the \
                request in May, she said.
                """);
        assertSpeaker(doc, "the sale still needs a permit", "Rosalind Okoro-Vance");
        assertSpeaker(doc, "The board will take up the request in May", "Rosalind Okoro-Vance");
    }
}
