package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * A position verb with a noun object, then "and said that ...": the "that" opens the coordinated verb's clause, so the
 * position keeps its object and the saying verb its clause.
 */
class CoordinatedSayingTest {

    @Test
    void theThatAfterAndSaidIsTheSecondVerbs() {
        assertMentions("""
                The port's director expressed support for the ferry plan and said that crossings should resume in April.
                The union voiced concern about the night shifts and told reporters that its members would vote on Friday.
                """,
                "The port's director | support for the ferry plan | expressed | indirect",
                "The port's director | crossings should resume in April | said | indirect",
                "The union | concern about the night shifts | voiced | indirect",
                "The union | its members would vote on Friday | told | indirect");
    }

    @Test
    void anAndBeforeTheThatWithNoSayingVerbIsLeftAlone() {
        assertMentions("""
                The harbour board told the crews and the pilots that the port would close at dusk.
                """,
                "The harbour board | the port would close at dusk | told | indirect");
    }
}
