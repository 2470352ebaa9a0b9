package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.contents;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9, round 43: a hearing's turns labelled with a minister's "Hon." ("Hon. Petra Vandermeer:"). */
class HonourableTurnsTest {

    private static final String HEARING = """
            Select Committee on Harbour Works

            Hearing on the breakwater repairs

            Ms. Ilse Brandt (Eastport): Thank you, Chair. The harbour users were never told about the cracks. Why not?

            Hon. Petra Vandermeer (Minister of Transport): The storm in October damaged the north arm. The repairs will cost 12 million.

            Mr. Anton Reyes: Thank you, Chair. Minister, when will the north arm reopen?

            Hon. Petra Vandermeer: In March, if the winter is mild.
            """;

    @Test
    void anHonourableLabelOpensItsOwnTurn() {
        AnnotatedDocument doc = extract(HEARING);
        assertSpeaker(doc, "The storm in October damaged the north arm. The repairs will cost 12 million", "Petra Vandermeer");
        assertSpeaker(doc, "In March, if the winter is mild", "Petra Vandermeer");
    }

    @Test
    void theMemberBeforeKeepsOnlyTheirOwnWords() {
        AnnotatedDocument doc = extract(HEARING);
        assertSpeaker(doc, "Thank you, Chair. The harbour users were never told about the cracks", "Ilse Brandt");
        // A question put to the minister, behind a courtesy, is no statement, and no longer carries the answer under it.
        assertFalse(contents(doc).stream().anyMatch(c -> c.contains("when will the north arm reopen")), contents(doc).toString());
        assertFalse(contents(doc).contains("Thank you, Chair"), contents(doc).toString());
    }

    /**
     * Round 54: a member's premises in an oral question: "The ombudsman found that A" is no description of the member
     * her label names (nor of her seat), and "The Premier promised to V" is the one a later label gives that office in
     * brackets ("Hon. Ivo Brandt (Premier):").
     */
    @Test
    void aMembersPremisesAreTheirOwnSpeakersNotTheMembers() {
        AnnotatedDocument doc = extract("""
                Legislative Assembly of Northmere

                Oral Questions

                The Speaker (Hon. Abel Kinsky): The member for Grey Lake.

                Ms. Rana Holt (Grey Lake): My question is for the Premier. Yesterday the province's ombudsman reported \
                that appeals take two years. The ombudsman found that 3,000 appeals are a year late. The Premier promised \
                in 2034 to clear the backlog. When will he keep that promise?

                The Speaker: Premier.

                Hon. Ivo Brandt (Premier): The backlog will be cleared this year.
                """);
        assertSpeaker(doc, "3,000 appeals are a year late", "The ombudsman");
        assertSpeaker(doc, "to clear the backlog", "Ivo Brandt");
    }

    /**
     * Issue 10, round 55: a question's premise that is one passive sentence of a position with its agent ("has been
     * criticised by the pilots' union") is the agent's statement, the passive's subject its content; a passive act
     * ("was closed by the harbour board") stays the member's own.
     */
    @Test
    void aPassivePremiseOfAPositionIsItsAgents() {
        AnnotatedDocument doc = extract("""
                Legislative Assembly of Dalvia, sitting of 4 May 2039

                Ms. Ada Lind (Harbourview): The ferry plan has been criticised by the pilots' union. Will the minister change it?

                Hon. Ivo Brandt (Minister of Transport): No. The plan stays as it is.

                Ms. Ada Lind (Harbourview): The pier was closed by the harbour board in March. When will it open?

                Hon. Ivo Brandt (Minister of Transport): In June.
                """);
        List<String> statements = statements(doc);
        assertEquals(List.of("the pilots' union | The ferry plan | has been criticised | indirect",
                "Ada Lind | The pier was closed by the harbour board in March | : | indirect"),
                List.of(statements.get(0), statements.get(2)), statements.toString());
        assertEquals(4, statements.size(), statements.toString());
    }
}
