package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A related story's teaser dated before its headline. */
class RelatedTeaserDatesTest {

    @Test
    void aTeasersDateIsNoPartOfItsSpeakersLabel() {
        AnnotatedDocument doc = extract("""
                Province keeps ferry fares

                The province will keep ferry fares unchanged next year, Transport Minister Ola Brenvik said on Tuesday.

                Related news

                17.03.2027 Ola Brenvik: the province will keep bus fares unchanged

                2027-03-16 Ines Marstal: the new ferries will sail in May
                """);

        assertSpeaker(doc, "the province will keep bus fares unchanged", "Ola Brenvik");
        assertSpeaker(doc, "the new ferries will sail in May", "Ines Marstal");
    }

    /**
     * A dated teaser's label may be in lower case or run to several words when it ends in a body, an office or a name;
     * a topic before a colon ("Flu season:") is no speaker.
     */
    @Test
    void aDatedTeasersLabelInLowerCaseIsABodyOrAnOfficesHolder() {
        AnnotatedDocument doc = extract("""
                Governor opens new school in Tarnwick

                Governor Anna Holm opened the new school in Tarnwick on Monday.

                Related news

                17.03.2027 Provincial health department: flu incidence has passed its peak

                16.03.2027 Flu season: incidence falls in all districts

                15.03.2027 Provincial Duma speaker Anton Brandeis: the budget will be adopted in April

                14.03.2027 provincial transport department: bus fares stay unchanged
                """);

        assertEquals(List.of("Provincial health department | flu incidence has passed its peak | : | indirect",
                "Anton Brandeis | the budget will be adopted in April | : | indirect",
                "provincial transport department | bus fares stay unchanged | : | indirect"), statements(doc));
    }
}
