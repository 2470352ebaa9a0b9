package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 9, thirty-ninth round: a lead-in that is only a subject ("In the field of transport, the Parties:") over lettered
 * items that each open with their own verb makes one statement per item, of the lead-in's subject, with the item's
 * verb as its cue; an item with no verb of saying says nothing.
 */
class SubjectLeadInTest {

    private static final String MINUTES = """
            Minutes of the talks between Marek Solvay and Ines Tarrow

            1. Minister of Economy of Ardella Marek Solvay held talks with Minister of Trade of Vossia Ines Tarrow.

            2. In the field of transport, the Parties:
            a) agreed to open a ferry line between Kellport and Marrow in 2027;
            b) noted the growth of freight traffic on the northern corridor;
            c) the repair of the Kellport pier.

            3. The participants agreed to hold the next session of the talks in Marrow in the autumn.
            """;

    @Test
    void eachItemWithAVerbIsAStatementOfTheLeadInSubject() {
        AnnotatedDocument doc = extract(MINUTES);
        Attribution ferry = statement(doc, "to open a ferry line between Kellport and Marrow in 2027");
        assertEquals("agreed", ferry.cue);
        assertEquals("the Parties", ferry.mentionText());
        assertSpeaker(doc, "to open a ferry line between Kellport and Marrow in 2027", "Marek Solvay and Ines Tarrow");
        assertEquals("noted", statement(doc, "the growth of freight traffic on the northern corridor").cue);
        assertSpeaker(doc, "the growth of freight traffic on the northern corridor", "Marek Solvay and Ines Tarrow");
    }

    @Test
    void anItemWithoutAVerbSaysNothing() {
        assertTrue(statements(extract(MINUTES)).stream().noneMatch(s -> s.contains("Kellport pier")), statements(extract(MINUTES)).toString());
    }

    /** An open group's commitment is a statement of its mention. */
    @Test
    void theParticipantsAgreeingToActIsTheirStatement() {
        assertSpeaker(extract(MINUTES), "to hold the next session of the talks in Marrow in the autumn", "The participants");
    }

    /** "agreed to buy" stays a deal under a lead-in too. */
    @Test
    void aDealIsNoStatement() {
        AnnotatedDocument doc = extract("""
                On energy, the Parties:
                a) agreed to buy two turbines from the Marrow works;
                b) welcomed the opening of the Kellport grid link.
                """);
        assertTrue(statements(doc).stream().noneMatch(s -> s.contains("turbines")), statements(doc).toString());
    }

    /**
     * Round 47: "The main conclusions of the review are:" sets out the review's findings, each item whole, the review
     * its maker's; "The measures include:" names no document and stays narration.
     */
    @Test
    void aDocumentsFindingsOverAListAreItsMakers() {
        AnnotatedDocument doc = extract("""
                Harbour Inspectorate presents its review of port safety

                The Harbour Inspectorate of Morland today presented its annual review of port safety to the Transport Committee.

                The main conclusions of the review are:
                - the crane at berth 4 has not been inspected since 2029;
                - two of the five pilot boats lack working radios.

                The measures include:
                - a second inspection of every crane by June.
                """);
        Attribution crane = statement(doc, "the crane at berth 4 has not been inspected since 2029");
        assertEquals("", crane.cue);
        assertEquals("the review", crane.mentionText());
        assertSpeaker(doc, "two of the five pilot boats lack working radios", "Harbour Inspectorate of Morland");
        assertTrue(statements(doc).stream().noneMatch(s -> s.contains("second inspection")), statements(doc).toString());
    }

    @Test
    void aMakersPossessedFindingsOverAListAreItsOwn() {
        AnnotatedDocument doc = extract("""
                Ferry fire review

                The Marlow Ferry Inquiry Panel today published its interim report on the fire aboard the Skerry Queen.

                The panel's interim findings are:
                - the fire started in a battery store on the car deck;
                - the alarm sounded four minutes late.

                The repairs include:
                - new alarms on every deck.
                """);
        assertEquals("The panel's", statement(doc, "the fire started in a battery store on the car deck").mentionText());
        assertSpeaker(doc, "the alarm sounded four minutes late", "Marlow Ferry Inquiry Panel");
        assertTrue(statements(doc).stream().noneMatch(s -> s.contains("new alarms")), statements(doc).toString());
    }

    /**
     * Issue 9, round 55: "The Commission also:" is a subject lead-in, its adverb no part of the subject; a "found that"
     * item gives what was found without its "that", an ordered recount is an act.
     */
    @Test
    void aSubjectWithAlsoLeadsInItsItems() {
        AnnotatedDocument doc = extract("""
                Electoral Commission of Vardia

                The Electoral Commission of Vardia today approved the preliminary results of the municipal elections.

                The Commission also:

                - ordered a recount of the ballots at polling station No. 14 in the Orsk district;
                - found that the ballots for voters abroad had arrived late, and that 80 voters had been unable to vote.
                """);
        assertEquals("found", statement(doc, "the ballots for voters abroad had arrived late, and that 80 voters had been "
                + "unable to vote").cue);
        assertSpeaker(doc, "the ballots for voters abroad had arrived late, and that 80 voters had been unable to vote",
                "Electoral Commission of Vardia");
        assertTrue(statements(doc).stream().noneMatch(s -> s.contains("recount")), statements(doc).toString());
    }
}
