package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;

import org.junit.jupiter.api.Test;

/** A request to come or already made, inside another speaker's report, is that speaker's account. */
class ReportedRequestsTest {

    @Test
    void aRequestAfterAModalOrAPerfectInsideAReportIsNoStatementOfItsOwn() {
        assertMentions("""
                The ferry operator said the union would ask the port board to reopen the night crossing.
                Councillor Ostby told reporters that her office had already demanded a full audit of the tolls.
                A deckhand testified that the skipper had asked him to switch off the radar.
                """,
                "The ferry operator | the union would ask the port board to reopen the night crossing | said | indirect",
                "Councillor Ostby | her office had already demanded a full audit of the tolls | told | indirect",
                "A deckhand | the skipper had asked him to switch off the radar | testified | indirect");
    }

    @Test
    void aRecommendationToComeInsideAReportIsNoStatementOfItsOwn() {
        assertMentions("""
                The Harbour Lenders Group said in a statement that the terms were fair and that it would recommend them to its members.
                The inspector recommended that the ferry pier be closed for the winter.
                """,
                "The Harbour Lenders Group | the terms were fair and that it would recommend them to its members | said | indirect",
                "The inspector | the ferry pier be closed for the winter | recommended | indirect");
    }

    /** Round 59: a proposal to come ("would propose") is the teller's plan; a proposal on its own stays. */
    @Test
    void aProposalToComeInsideAReportIsNoStatementOfItsOwn() {
        assertMentions("""
                Councillor Ivo Brandt-Lowe said after the meeting that he would propose the levy at the spring session.
                Councillor Ada Ostby proposed that the levy be halved.
                """,
                "Councillor Ivo Brandt-Lowe | he would propose the levy at the spring session | said | indirect",
                "Councillor Ada Ostby | the levy be halved | proposed | indirect");
    }

    @Test
    void aRequestInThePastTenseOrOutsideAReportStillSpeaks() {
        assertMentions("""
                The ferry operator said that the dockers' union asked the port board to reopen the night crossing.
                The dockers' union would ask the port board to reopen the night crossing.
                """,
                "The ferry operator | the dockers' union asked the port board to reopen the night crossing | said | indirect",
                "the dockers' union | the port board to reopen the night crossing | asked | indirect",
                "The dockers' union | the port board to reopen the night crossing | ask | indirect");
    }

    /**
     * Round 49: "had told her to V" inside a report asks as "had asked her to V" does; told outside any report, the
     * instruction stays a statement.
     */
    @Test
    void anInstructionToldAfterAPerfectInsideAReportIsNoStatementOfItsOwn() {
        assertMentions("""
                Her coach, the skier said, had told her to "rest the knee until spring."
                The team doctor told her to stay off skis for a month.
                About 40 skiers remain. Most of them have told the embassy they do not wish to leave, the consul said.
                """,
                "the skier | Her coach, the skier said, had told her to \"rest the knee until spring.\" | said | mixed",
                "The team doctor | her to stay off skis for a month | told | indirect",
                "the consul | Most of them have told the embassy they do not wish to leave | said | indirect",
                "Most of them | they do not wish to leave | told | indirect");
    }
}
