package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** "applaud" with nothing applauded is clapping; with an object it takes a position. */
class ClappingTest {

    @Test
    void anAudienceApplaudingWithoutAnObjectSaysNothing() {
        assertMentions("""
                “We will reopen the mill by spring,” Ilse Darrow said, as the crowd applauded.
                When Darrow later mentioned the flood and said she would “rebuild every bridge,” the hall applauded loudly.
                The delegates applauded.
                """,
                "Ilse Darrow | “We will reopen the mill by spring,” | said | direct",
                "Darrow | the flood | mentioned | indirect",
                "Darrow | she would “rebuild every bridge,” | said | mixed");
    }

    @Test
    void applaudingAnObjectOrARelativesAntecedentTakesAPosition() {
        assertMentions("""
                Mayor Tove Rask applauded the ruling on the ferry fares.
                It is a levy that many harbour economists applaud.
                """,
                "Mayor Tove Rask | the ruling on the ferry fares | applauded | indirect");
    }
}
