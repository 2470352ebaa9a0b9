package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A verb of saying after a comma in a series of the subject's predicates that "and" closes. */
class SerialPredicateTest {

    @Test
    void aCueAfterASeriesCommaIsTheSubjectsNextStatementUpToTheSeriesLastVerb() {
        assertMentions("""
                Per Holt urged the council to close the old quay, proposed that more pilots be hired, and pushed to fund a lighthouse.
                Mayor Ines Kalla praised the crews, called the report “third-rate” and said the harbour was safe.
                """,
                "Per Holt | the council to close the old quay | urged | indirect",
                "Per Holt | more pilots be hired | proposed | indirect",
                "Mayor Ines Kalla | the crews | praised | indirect",
                "Mayor Ines Kalla | the report “third-rate” | called | mixed",
                "Mayor Ines Kalla | the harbour was safe | said | indirect");
    }

    @Test
    void aRowOfActsOrAParticipleAsideIsNoSeries() {
        assertMentions("""
                For nine rounds, Tove Lind stood at the lectern in the town hall, asked for the definition, asked for the origin, and spelled.
                The last drought order, declared in 1988, lasted 22 months and ended after two wet winters.
                """);
    }
}
