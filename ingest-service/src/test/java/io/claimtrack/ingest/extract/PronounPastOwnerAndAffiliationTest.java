package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * Issue 10, forty-first round: "he" or "she" after a person the sentence before introduces with a description owned by a
 * body's name ("Brisk Sealink's chief executive, Anna Holm,"), after a capitalised plural ("Unions appointed a negotiator,
 * Ida Lund,"), or names with an affiliation set off by commas ("Peter Vane, of the Tarn Valley Trust, led")
 * ({@code SubjectShape.introduction}, {@link SubjectAsides}).
 */
class PronounPastOwnerAndAffiliationTest {

    @Test
    void aBodysPossessiveOwnsTheDescriptionNotTheSentence() {
        AnnotatedDocument doc = extract("""
                Ferry lines to merge

                Brisk Sealink's chief executive, Anna Korvanen-Abo, will lead the firm. She said the merger was the only way \
                to keep the routes.
                """);
        assertSpeaker(doc, "the merger was the only way to keep the routes", "Anna Korvanen-Abo");
    }

    @Test
    void aCapitalisedPluralIsNoOneBeforeTheDescription() {
        AnnotatedDocument doc = extract("""
                Mill to close

                Unions appointed a negotiator, Maria Ansbach-Velle, a former mediator. She said she would seek a year's pay \
                for every worker.
                """);
        assertSpeaker(doc, "she would seek a year's pay for every worker", "Maria Ansbach-Velle");
    }

    /** A person who opens the sentence is its subject: the one the description introduces is someone else. */
    @Test
    void aPersonBeforeTheDescriptionStaysTheSubject() {
        AnnotatedDocument doc = extract("""
                Mill to close

                Tomas Brevik appointed a negotiator, Maria Ansbach-Velle, a former mediator. He said talks would start soon.
                """);
        assertSpeaker(doc, "talks would start soon", "Tomas Brevik");
    }

    @Test
    void anAffiliationBetweenCommasKeepsTheNameTheSubject() {
        AnnotatedDocument doc = extract("""
                Harbour survey

                Architect Peter Bastiaans-Ellery, of the Tarn Valley Trust, led the survey of the dock. He said the walls \
                would need new piles.
                """);
        assertSpeaker(doc, "the walls would need new piles", "Peter Bastiaans-Ellery");
    }
}
