package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, eighteenth round: the forms of newspaper articles, wire stories, readouts and news releases
 * that invented set B ({@code src/test/resources/eval/invented_b_gold.jsonl}), scored unseen, showed missing.
 * The sentences here are other invented ones.
 */
class HeldOutFormsTest {

    /** "At least" bounds a figure at the start of a subject; it opens no adverbial as "At the hearing," does. */
    @Test
    void aBoundOnAFigureOpensTheContent() {
        AnnotatedDocument doc = extract("""
                At least nine boats were damaged in the storm, the harbour master said on Friday.

                At the hearing, the warden said the pier was closed.
                """);
        assertSpeaker(doc, "At least nine boats were damaged in the storm", "the harbour master");
        assertSpeaker(doc, "the pier was closed", "the warden");
    }

    /** A where-clause after the cue's own time and place describes that place: the content is before the speaker. */
    @Test
    void aWhereClauseAfterATrailingCueIsNoContent() {
        AnnotatedDocument doc = extract("""
                The county will open three new clinics next spring, Commissioner Ada Brenner announced on Monday at a \
                school in Ostby, where she taught for twenty years.
                """);
        assertSpeaker(doc, "The county will open three new clinics next spring", "Ada Brenner");
        assertEquals("announced", statement(doc, "The county will open three new clinics next spring").cue);
    }

    /** "outlined ...:", "set out ... as follows:" over a list: every item, under headings too, is the speaker's. */
    @Test
    void aVerbOfPresentingOverAListIsItsLeadIn() {
        AnnotatedDocument doc = extract("""
                Trade Minister Ola Varg outlined the government's plans for the coming year:
                • Lower tariffs on farm machinery
                • A new export credit agency

                Governor Lise Holm, for her part, set out the province's position as follows:

                Ports

                1) The northern port will stay open all winter.
                2) The ferry project remains the first priority.

                Roads

                3) Tolls on the coast road will not rise.
                """);
        assertSpeaker(doc, "Lower tariffs on farm machinery", "Ola Varg");
        assertSpeaker(doc, "A new export credit agency", "Ola Varg");
        assertEquals("outlined", statement(doc, "A new export credit agency").cue);
        assertSpeaker(doc, "The northern port will stay open all winter", "Lise Holm");
        assertSpeaker(doc, "The ferry project remains the first priority", "Lise Holm");
        assertSpeaker(doc, "Tolls on the coast road will not rise", "Lise Holm");
        assertEquals("set out", statement(doc, "Tolls on the coast road will not rise").cue);
    }

    /** Without the list under its colon, "listed" presents a thing, not what was said. */
    @Test
    void aVerbOfPresentingWithoutAListSaysNothing() {
        AnnotatedDocument doc = extract("""
                The agent listed the house in March.

                The mayor outlined a route for the parade. The band will play at noon.
                """);
        assertEquals(0, doc.attributions.size());
    }

    /** A news release's dateline with its date ("EASTON, Jan. 27, 2026 —") is no part of the content. */
    @Test
    void aReleaseDatelineWithItsDateIsNoContent() {
        AnnotatedDocument doc = extract("""
                Province opens new clinics

                ORBURY, Feb. 3, 2026 — The province will open four walk-in clinics this spring, Health Minister Tove Lind \
                announced today.
                """);
        assertSpeaker(doc, "The province will open four walk-in clinics this spring", "Tove Lind");
    }
}
