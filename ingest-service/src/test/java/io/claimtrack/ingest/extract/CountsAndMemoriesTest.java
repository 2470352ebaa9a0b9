package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure by its owner's own count ("By his own count he has made ..."), a memory told as a clause or a scene
 * ("remembers the surgeon sitting on the floor"), and a deck's party to a sale ("..., buyer says") are statements.
 */
class CountsAndMemoriesTest {

    @Test
    void aFigureByItsOwnersCountIsHisStatement() {
        assertMentions("""
                Osvald Brinck, 71, has kept the Skarholm lighthouse for 40 years. By his own count he has climbed its stairs 60,000 times.
                By their estimate, the crews cleared 900 tonnes of ice.
                """,
                "his | he has climbed its stairs 60,000 times | By his own count | indirect",
                "their | the crews cleared 900 tonnes of ice | By their estimate | indirect");
    }

    @Test
    void aMemoryToldAsAClauseOrAScene() {
        assertMentions("""
                Her brother, Pelle Sandvik, remembers the nurse sitting on the stairs to explain the surgery.
                Ruth Moss remembers that the pier was full that night.
                Kim Ostrand remembers putting his hand over his heart.
                """,
                "Her brother, Pelle Sandvik | the nurse sitting on the stairs to explain the surgery | remembers | indirect",
                "Ruth Moss | the pier was full that night | remembers | indirect",
                "Kim Ostrand | putting his hand over his heart | remembers | indirect");
    }

    /** "remembers him as ..." tells a person's character; "remembers her first winter as ..." a thing's, no memory. */
    @Test
    void aPersonRememberedAsWhatTheyWereIsAMemoryTold() {
        assertMentions("""
                His pupils remember him as a patient but stubborn teacher.
                Agnes Tolle remembers her first winter on the island as the hardest.
                """,
                "His pupils | him as a patient but stubborn teacher | remember | indirect");
    }

    /**
     * "objected that" reports an objection's words; "objected to the tax" takes a position on what is opposed, as
     * "opposed the tax" does (round 49, set AS's committee report: it is a statement, no longer none).
     */
    @Test
    void anObjectionWithItsThatClauseIsAStatement() {
        assertMentions("""
                Councillor Brenna Vost objected that the ferry plan ignored the night crews.
                The fishermen objected to the new harbour dues.
                """,
                "Councillor Brenna Vost | the ferry plan ignored the night crews | objected | indirect",
                "The fishermen | the new harbour dues | objected to | indirect");
    }

    @Test
    void aThingRememberedOrHonouredTellsNoMemory() {
        AnnotatedDocument doc = Pipeline.attribute("""
                Ruth Moss remembers the pension talks as the hardest months of her career.
                Hundreds gathered at the quay to remember the drowned fishermen.
                """);
        assertEquals(List.of(), Pipeline.contents(doc));
    }

    @Test
    void aSceneToldByItsWhenClauseIsAMemoryButAPromiseRememberedIsNot() {
        assertMentions("""
                Ilse Varga still remembers the winter of 1963 when the harbour froze and the ferries stopped.
                Shoppers will remember that price rise in May.
                Tom Reyes remembers that the mill emptied in one week.
                """,
                "Ilse Varga | the winter of 1963 when the harbour froze and the ferries stopped | remembers | indirect",
                "Tom Reyes | the mill emptied in one week | remembers | indirect");
    }

    /**
     * "remembers that in March 1987 the owners locked the gates": "that" before an adverbial and a subject opens a
     * clause, so the second memory of "..., and she remembers that in ..." is a statement of its own; "that" before an
     * adverbial with no subject after it ("remember that in her heart") is a pronoun, and tells no memory.
     */
    @Test
    void aMemoryWhoseClauseOpensWithAnAdverbialIsAStatementOfItsOwn() {
        assertMentions("""
                Hedda Lorrimer remembers the mill whistle at six every morning, and she remembers that in March 1987 the owners locked the gates.
                Lorrimer will always remember that in her heart.
                """,
                "Hedda Lorrimer | the mill whistle at six every morning | remembers | indirect",
                "she | in March 1987 the owners locked the gates | remembers | indirect");
    }

    @Test
    void aDecksPartyToASaleSpeaks() {
        assertMentions("""
                Harbour chain's 40 stores to keep their name for now, buyer says; union seeks job guarantees
                """,
                "buyer | Harbour chain's 40 stores to keep their name for now | says | indirect",
                "union | job guarantees | seeks | indirect");
    }

    /** "remembers the first show as “...”": the words a thing is remembered in, quoted, are the rememberer's. */
    @Test
    void aThingRememberedAsAQuotationIsAMemoryTold() {
        assertMentions("""
                Anton Borg, a retired shop teacher, remembers the first broadcast as "an hour of polka and one awful call-in."
                """,
                "Anton Borg, a retired shop teacher | the first broadcast as \"an hour of polka and one awful call-in.\" | remembers | mixed");
    }

    /** Round 52: an event remembered with its when-clause after a comma is a scene told, as without the comma. */
    @Test
    void anEventRememberedWithItsWhenClauseIsAScene() {
        assertMentions("""
                Edda Voss remembers the flood of 1988, when the river rose six feet and her father rowed the neighbours to the church.
                Edda Voss remembers the flood of 1988.
                """,
                "Edda Voss | the flood of 1988, when the river rose six feet and her father rowed the neighbours to the church | remembers | indirect");
    }
}
