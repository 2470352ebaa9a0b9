package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** Posts under time stamps, aggregated from someone's channel, are the channel owner's. */
class ChannelPostStageTest {

    @Test
    void everyTimeStampedPostIsTheChannelOwners() {
        AnnotatedDocument doc = extract("""
                Harbour Post

                Ferry to run again on Monday

                Mayor of Lindholm Ragna Solvik-Amadi has been posting updates on the storm damage in her Telegram channel. Here are her posts from the night.

                Posted at 23:05 on Sunday:

                "The pier at the north landing lost two pontoons. Nobody was hurt."

                08:15

                "Divers have checked the hull. The damage is smaller than we feared."

                The harbour master, Leif Obuya, said the crane would be back by noon.

                Posted at 11:40:

                "The ferry will run again on Monday. Thank you for your patience."
                """);
        assertSpeaker(doc, "\"The pier at the north landing lost two pontoons. Nobody was hurt.\"", "Ragna Solvik-Amadi");
        assertSpeaker(doc, "\"Divers have checked the hull. The damage is smaller than we feared.\"", "Ragna Solvik-Amadi");
        assertSpeaker(doc, "the crane would be back by noon", "Leif Obuya");
        assertSpeaker(doc, "\"The ferry will run again on Monday. Thank you for your patience.\"", "Ragna Solvik-Amadi");
    }

    @Test
    void aTimeStampWithNoChannelNamedKeepsTheLastSpeaker() {
        AnnotatedDocument doc = extract("""
                Flood watch: live

                The river rose through the night at Tarnow bridge.

                The harbour master, Leif Obuya, said the crane would be back by noon.

                09:20

                "The water has stopped rising at the bridge, but the pumps will keep running."
                """);
        assertSpeaker(doc, "\"The water has stopped rising at the bridge, but the pumps will keep running.\"", "Leif Obuya");
    }
}
