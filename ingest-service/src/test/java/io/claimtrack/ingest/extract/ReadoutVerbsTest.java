package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, twenty-seventh to twenty-ninth rounds: the verbs of readouts and wire reactions, with a noun object
 * ("rejected that explanation", "welcomed this approach", "drew attention to", "raised the issue of"), and their directives ("instructed X to");
 * round 30: the feeling they are said with ("noted with satisfaction").
 */
class ReadoutVerbsTest {

    @Test
    void thatBeforeASummingNounThatEndsTheClauseIsADemonstrative() {
        AnnotatedDocument doc = extract("""
                Norland says its inspectors boarded the ferry under the treaty.

                Vestria has rejected that explanation.

                The Vestrian ministry rejected that claim as false, and Norland's ambassador disputed that account.
                """);
        assertEquals("Vestria", statement(doc, "that explanation").speaker);
        assertEquals("Vestrian ministry", statement(doc, "that claim as false").speaker);
        assertEquals("Norland's ambassador", statement(doc, "that account").speaker);
    }

    @Test
    void thisBeforeANounThatNamesNoTimeOpensTheObject() {
        AnnotatedDocument doc = extract("""
                The Tessalian minister set out a plan to share the cost of the new locks on the canal.

                The Belkaran leader welcomed this approach.

                Vestria rejected this step. Norland responded this week.
                """);
        assertEquals("The Belkaran leader", statement(doc, "this approach").speaker);
        assertEquals("Vestria", statement(doc, "this step").speaker);
        assertEquals(2, doc.attributions.stream().filter(a -> a.cue.startsWith("welcomed") || a.cue.startsWith("rejected")).count());
        assertEquals(0, doc.attributions.stream().filter(a -> a.cue.startsWith("responded")).count());
    }

    @Test
    void attentionDrawnToSomethingIsWhatWasSaid() {
        AnnotatedDocument doc = extract("""
                The Norlandic President drew his guest's attention to the fact that the ferry had been stopped twice this month.

                The Vestrian minister, for her part, drew particular attention to the cost of dredging the canal.

                Envoy Lena Brask drew the attention of the delegates to the backlog of claims at the border.
                """);
        assertEquals("The Norlandic President", statement(doc, "the fact that the ferry had been stopped twice this month").speaker);
        assertEquals("The Vestrian minister", statement(doc, "the cost of dredging the canal").speaker);
        assertEquals("Lena Brask", statement(doc, "the backlog of claims at the border").speaker);
    }

    @Test
    void attentionDrawnToOneselfOrAsAnAimSaysNothing() {
        AnnotatedDocument doc = extract("""
                The mayor drew attention to himself by arriving late. The strike drew attention from the unions.

                The pilots flew to the capital to draw attention to the closed runway.
                The crews went to the port to rest and draw attention to the old quay. The show drew a large crowd.
                """);
        assertEquals(0, doc.attributions.size());
    }

    @Test
    void anInstructionToActIsARequest() {
        AnnotatedDocument doc = extract("""
                The two presidents instructed their foreign ministers to prepare a treaty on the canal by June.

                The pilots were instructed to wait at the quay. The coach instructed the juniors in the morning.
                """);
        assertEquals("The two presidents", statement(doc, "their foreign ministers to prepare a treaty on the canal by June").speaker);
        assertEquals(1, doc.attributions.size());
    }

    @Test
    void anIssueRaisedInTalksIsWhatWasSaid() {
        AnnotatedDocument doc = extract("""
                President Anna Vik also raised the issue of fishing quotas in the northern bay.

                The strike raised fares. The closure of the quay, raising the question of who pays, angered the pilots.

                Vik raised the case of two detained fishermen and urged their release.
                """);
        assertEquals("Anna Vik", statement(doc, "the issue of fishing quotas in the northern bay").speaker);
        assertEquals(List.of("the issue of fishing quotas in the northern bay", "the case of two detained fishermen",
                "their release"),
                doc.attributions.stream().map(a -> a.content(doc.text)).toList());
    }

    @Test
    void theFeelingAVerbIsSaidWithIsNeitherTopicNorContent() {
        AnnotatedDocument doc = extract("""
                The two governments note with satisfaction the rise in ferry traffic across the strait.

                The ministers noted with deep concern that piracy in the strait had risen.

                The presidents discussed fishing, noting with appreciation the work of the joint commission.

                The mayor spoke with concern for the pilots. The harbour master said with interest rates rising the quay would wait.
                """);
        assertEquals("The two governments", statement(doc, "the rise in ferry traffic across the strait").speaker);
        assertEquals("The ministers", statement(doc, "piracy in the strait had risen").speaker);
        assertEquals("The presidents", statement(doc, "the work of the joint commission").speaker);
        assertEquals(List.of("the rise in ferry traffic across the strait", "piracy in the strait had risen",
                "the work of the joint commission", "with interest rates rising the quay would wait"),
                doc.attributions.stream().map(a -> a.content(doc.text)).toList());
    }
}
