package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbs of praise and attack that give their target a name: "hailed the vote as a win", "pounded the mayor as a
 * “con artist”", "went after Lund as a fraud".
 */
class NamingVerbsTest {

    @Test
    void praiseAndAttackWithANameAreStatements() {
        assertMentions("""
                Twenty years ago, a Gazette article hailed Lund as “The Harbour King” for the business he brought.
                Karin Berg hailed the new pier.
                Council leader Ola Berg has been pounding Lund as a “con artist.”
                In recent weeks, Berg has gone after the mayor as a “human leech.”
                Mayor Lund heralded the deal with the pilots as a “breakthrough.”
                Holm summed up the council as “hopeless.”
                """,
                "a Gazette article | Lund as “The Harbour King” for the business he brought | hailed | mixed",
                "Karin Berg | the new pier | hailed | indirect",
                "Council leader Ola Berg | Lund as a “con artist.” | pounding | mixed",
                "Berg | the mayor as a “human leech.” | gone after | mixed",
                "Mayor Lund | the deal with the pilots as a “breakthrough.” | heralded | mixed",
                "Holm | the council as “hopeless.” | summed up | mixed");
    }

    @Test
    void withoutANameTheyAreActions() {
        assertEquals(List.of(), cues("""
                Karin Berg hails from the north of the island.
                The pier was within hailing distance of the ferry.
                The pilots went after the smugglers as the storm rose.
                The waves pounded the pier as the ferry left.
                The pilots went after the smugglers.
                Berg summed up the evening in a sentence.
                The new pier heralded a busy summer.
                """));
    }
}
