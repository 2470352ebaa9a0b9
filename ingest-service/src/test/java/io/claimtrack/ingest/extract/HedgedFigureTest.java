package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/**
 * "about" before a figure and a finite verb hedges the subject of what was said ("predicted about a third of the
 * pilots will quit"), no topic of the cue ({@link BareClause#hedgedFigureOpens}); a figure without a verb after it
 * ("complained about 40 percent rent rises"), "about most" and a noun ("wrote about the ferry") stay topics.
 */
class HedgedFigureTest {

    @Test
    void aHedgedFigureOpensWhatWasSaid() {
        assertMentions("""
                Harbour master Ola Borges predicted about one-third of the ferries will be late this winter.
                Councillor Ivo Lunde warned about 40 percent of the village wells are dry.
                The ferry union warned about a dozen crews could quit by March.
                """,
                "Harbour master Ola Borges | about one-third of the ferries will be late this winter | predicted | indirect",
                "Councillor Ivo Lunde | about 40 percent of the village wells are dry | warned | indirect",
                "The ferry union | about a dozen crews could quit by March | warned | indirect");
    }

    @Test
    void aFigureOrANounWithoutAClauseStaysTheTopic() {
        assertMentions("""
                Councillor Ivo Lunde complained about 40 percent rent rises at the quay.
                Harbour master Ola Borges wrote about the ferries in her weekly column.
                The danger Captain Ruud warns about most is that the quay floods.
                """,
                "Councillor Ivo Lunde | 40 percent rent rises at the quay | complained about | indirect",
                "The danger Captain Ruud | most is that the quay floods | warns about | indirect");
    }
}
