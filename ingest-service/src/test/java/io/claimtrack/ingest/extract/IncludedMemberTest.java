package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Round 55: a counted group with one member named after "including" speaks as the group. */
class IncludedMemberTest {

    @Test
    void aCountedGroupWithANamedMemberIsTheGroup() {
        assertSpeaker(extract("""
                Grain traders angry over port delays

                Shippers were angry on Monday. Four grain exporters, including Dunmore-based Kessel & Varn, said they \
                would ask the port authority to pay for the lost days.
                """), "they would ask the port authority to pay for the lost days", "Four grain exporters");
    }

    /** A name alone before its aside ("Kessel & Varn, including ...") is no counted group: the name speaks. */
    @Test
    void aNamedSubjectStaysTheName() {
        assertSpeaker(extract("""
                Grain traders angry over port delays

                Kessel & Varn, the largest grain exporter in Dunmore, said it would ask the port authority to pay for \
                the lost days.
                """), "it would ask the port authority to pay for the lost days", "Kessel & Varn");
    }

    /**
     * Round 60: an open group, a bare plural with its modifier ("Conservation groups"), speaks as the group too, not
     * as the member its aside names.
     */
    @Test
    void anOpenGroupWithANamedMemberIsTheGroup() {
        assertSpeaker(extract("""
                Consultation on the Tarn estuary: summary of responses

                Conservation groups, including Wildmarsh Trust, supported a total ban on dredging.
                """), "a total ban on dredging", "Conservation groups");
    }
}
