package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;

import org.junit.jupiter.api.Test;

/** A thing that speaks with no maker named is the person the next statement names as its author. */
class AuthorNamedNextTest {

    private static final String RINK = """
            The news spread fast. By Friday, a post on the Harlow forum calling for a last "lap party" had 900 shares.

            Its author, Ida Brenner-Okafor, 41, said she learned to skate there.
            """;

    @Test
    void aPostIsTheAuthorNamedNext() {
        AnnotatedDocument doc = extract(RINK);
        assertSpeaker(doc, "a last \"lap party\" had 900 shares", "Ida Brenner-Okafor");
    }

    @Test
    void withNoAuthorNamedThePostStaysItself() {
        AnnotatedDocument doc = extract(RINK.replace("Its author, Ida Brenner-Okafor, 41,", "Ida Brenner-Okafor, 41,"));
        assertSpeaker(doc, "a last \"lap party\" had 900 shares", "a post on the Harlow forum");
    }
}
