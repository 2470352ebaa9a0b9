package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.attribute;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A verb of wish, intent or backing inside another speaker's report is part of that report, not a statement. */
class StanceVerbsTest {

    @Test
    void aStanceReportedByAnotherSpeakerIsNoStatementOfItsOwn() {
        assertMentions("""
                Councillor Holm said the harbour board wants a second bridge by 2030.
                The mayor told reporters that the ferry crews support the new timetable.
                Lund argued that the pilots plan to strike in May.
                """,
                "Councillor Holm | the harbour board wants a second bridge by 2030 | said | indirect",
                "The mayor | the ferry crews support the new timetable | told | indirect",
                "Lund | the pilots plan to strike in May | argued | indirect");
    }

    @Test
    void aVerbOfSayingInTheSamePlaceStaysANestedStatement() {
        AnnotatedDocument doc = attribute("""
                The harbour master told the pilots that the pier was unsafe, Councillor Holm said.
                """);
        assertTrue(statement(doc, "the pier was unsafe").nested);
        statement(doc, "The harbour master told the pilots that the pier was unsafe");
    }

    @Test
    void aBareWishForAShortThingIsTheNarratorsNotAStatement() {
        assertMentions("""
                Teodor Maalouf, 11, builds model boats. He also wants a telescope. His aunt says she will see.
                The ferry union wants a vote on the timetable by June.
                """,
                "His aunt | she will see | says | indirect",
                "The ferry union | a vote on the timetable by June | wants | indirect");
    }

    @Test
    void theSameVerbsOutsideAReportStillSpeak() {
        assertMentions("""
                The harbour board wants a second bridge by 2030.
                Mayor Vik opposes the toll on the new bridge.
                """,
                "The harbour board | a second bridge by 2030 | wants | indirect",
                "Mayor Vik | the toll on the new bridge | opposes | indirect");
    }
}
