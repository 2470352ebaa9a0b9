package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertOnlyStatement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 10, round 43: "A group calling itself X said": the name it gives itself speaks, not "A group". */
class SelfNamedTest {

    @Test
    void aGroupCallingItselfByName() {
        assertOnlyStatement("A group calling itself the Free Coast Front said on Sunday that it had seized the lighthouse.",
                "it had seized the lighthouse", "Free Coast Front");
    }

    @Test
    void afterTheCue() {
        assertOnlyStatement("\"The ferry was sabotaged,\" said a group calling itself Harbour Watch.",
                "\"The ferry was sabotaged,\"", "Harbour Watch");
    }

    @Test
    void aLowerCaseSelfDescriptionNamesNoOne() {
        assertOnlyStatement("A group calling itself a charity said that it had raised the money.",
                "it had raised the money", "A group");
    }

    @Test
    void aRelativeClauseNamesTheGroup() {
        assertOnlyStatement("The group, which calls itself Save Tollmere Quay, said in a post that the pier could reopen by June.",
                "the pier could reopen by June", "Save Tollmere Quay");
    }

    /** Round 61: the relative's perfect ("which has since called itself X") names the group as its present does. */
    @Test
    void aRelativeClauseInThePerfectNamesTheGroup() {
        assertOnlyStatement("The group, which has since called itself the Weir Lane Tenants' Circle, has asked the council to fix the drains.",
                "the council to fix the drains", "Weir Lane Tenants' Circle");
    }

    @Test
    void aGroupOfMembersCallingItself() {
        assertOnlyStatement("A coalition of tenants calling itself Rent Watch 24 said it would picket the office.",
                "it would picket the office", "Rent Watch 24");
    }

    @Test
    void theNextSentenceNamesTheGroupItOpens() {
        AnnotatedDocument doc = Pipeline.extract("About 30 fishermen who crowded into the harbour hall on Friday say the"
                + " quota is unfair. They call themselves the Saltmarsh Netters, and their chairman, Ivo Brankstone, told"
                + " the council that the limits had emptied every boat.");
        Pipeline.assertSpeaker(doc, "the quota is unfair", "Saltmarsh Netters");
        assertEquals(2, doc.attributions.size(), Pipeline.statements(doc).toString());
    }

    @Test
    void callingOneselfANameIsNoStatement() {
        assertOnlyStatement("The two brothers call themselves the Kettle Kings. Marek Dorran said the stall would close in May.",
                "the stall would close in May", "Marek Dorran");
    }

    /** A long capitalised run after "They call themselves" (a pasted list in capitals) names the group, read
     * within a bound: an unbounded repeat of the name's words overflowed the stack. */
    @Test
    void aLongCapitalisedRunAfterTheSelfNameEnds() {
        String run = "Harbour Pier Friends ".repeat(2000).trim();
        AnnotatedDocument doc = Pipeline.extract("About 20 anglers say the jetty is unsafe. They call themselves " + run + ".");
        assertEquals("Harbour Pier Friends", Pipeline.speakerOf(doc, "the jetty is unsafe").substring(0, 20));
    }
}
