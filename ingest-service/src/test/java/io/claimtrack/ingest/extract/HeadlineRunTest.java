package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/**
 * A title-case headline capitalises every word, so a capitalised run in it is a name only when the text outside
 * its headlines writes it too, or when it reads as a person's name ("Tomas Vance Says ...").
 */
class HeadlineRunTest {

    @Test
    void aHeadlineRunTheTextNeverWritesIsNoSpeaker() {
        AnnotatedDocument doc = extract("""
                Governor Urged To Show Compassion For Flooded Towns, Newspaper Says

                The Eastport Gazette published an editorial on Sunday about the floods.

                The newspaper said the governor should visit the flooded towns before the vote.

                It urged the governor to decide on a basis other than the vote.
                """);
        assertSpeaker(doc, "the governor should visit the flooded towns before the vote", "The newspaper");
        assertSpeaker(doc, "the governor to decide on a basis other than the vote", "The newspaper");
    }

    /** Round 60: the title's "by" and an office name the briefer, whose first name is on no list. */
    @Test
    void anOfficeHolderAfterATitlesByIsAPersonsName() {
        AnnotatedDocument doc = extract("""
                Weekly Press Briefing by Ministry of Transport Spokesperson Yselde Marrow-Quint, 3 May 2038

                Spokesperson: Good morning. The Kessby ferry will run twice a day from June.

                Harbour Radio: Will fares rise?

                Spokesperson: Not this year.
                """);
        assertSpeaker(doc, "Not this year", "Yselde Marrow-Quint");
    }

    @Test
    void aDescriptionIsNoHeadlineRunThatHoldsItsNoun() {
        AnnotatedDocument doc = extract("""
                Harbour Movie ‘Six Days’ Is About To Open, And Critics Take Sides

                Radio host Tomas Vance wrote about the film on Monday.

                The movie mentions neither the mayor nor the governor by name, Vance writes.
                """);
        assertSpeaker(doc, "neither the mayor nor the governor by name", "The movie");
    }

    @Test
    void aPersonsNameInTheHeadlineStaysAName() {
        AnnotatedDocument doc = extract("""
                Maren Holt: ‘The Harbour Will Reopen In June.’

                "The cranes come first. Then the boats."

                Holt also spoke about the harbour board's budget.
                """);
        assertSpeaker(doc, "the harbour board's budget", "Maren Holt");
    }
}
