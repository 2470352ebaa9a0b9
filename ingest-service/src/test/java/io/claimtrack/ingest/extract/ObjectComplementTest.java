package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertMentions;
import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.cues;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verbs that are cues only when a complement follows their object: "sees X as", "likened X to", "ruled that". */
class ObjectComplementTest {

    @Test
    void aViewOrAComparisonWithItsComplementIsAStatement() {
        assertMentions("""
                Mayor Vik sees the ferry vote as a test of her leadership.
                The union likened the new timetable to a lottery.
                Councillor Holm blasted the harbour board for the delays at the pier.
                The tribunal ruled that the toll was unlawful.
                """,
                "Mayor Vik | the ferry vote as a test of her leadership | sees | indirect",
                "The union | the new timetable to a lottery | likened | indirect",
                "Councillor Holm | the harbour board for the delays at the pier | blasted | indirect",
                "The tribunal | the toll was unlawful | ruled | indirect");
    }

    /**
     * Round 61: a relative standing for the object ("which it attributes to B") leaves the complement right after the
     * verb: its own statement, cut from the clause it follows.
     */
    @Test
    void aRelativeForTheObjectBeforeTheComplementIsAStatement() {
        assertMentions("""
                The Orchard Growers' Guild told the council that apple sales fell by a fifth, which it attributes to the late frost.
                """,
                "The Orchard Growers' Guild | apple sales fell by a fifth | told | indirect",
                "it | to the late frost | attributes | indirect");
    }

    @Test
    void withoutTheComplementTheVerbNamesAnActionOrAPerception() {
        assertEquals(List.of(), cues("""
                Mayor Vik saw the fireworks from the pier.
                Fares rose 4 percent, compared with last year.
                Crews will blast the rock near the quay.
                Holm saw the truck as it left the depot.
                Lund regards the matter closed.
                """));
    }

    @Test
    void whatIsRuledOutIsSaidWithOrWithoutNegation() {
        // "ruled" needs its clause; "rule out" is a cue of its own, whose negation is part of what was said.
        assertEquals(List.of("ruled out", "rule out", "rule out"), cues("""
                The board ruled out a second bridge.
                Mayor Vik did not rule out closing the north pier.
                Councillor Holm would not rule out that the fares could rise.
                Lund declined to rule out a run for mayor.
                Aftershocks could not be ruled out in the coming days.
                """));
    }

    @Test
    void theComplementMustFollowAnObjectWithinTheClause() {
        assertEquals(List.of("viewed", "credited"), cues("""
                Commuters viewed the long-delayed new harbour bridge as a waste of money.
                The report credited the crews with saving the pier.
                Holm compared, to nobody's surprise, the two plans.
                """));
        // A relative pronoun stands for the object: "whom the pilots view as an ally".
        assertEquals(List.of("view"), cues("Mayor Vik, whom the pilots view as an ally, left early."));
    }

    /**
     * Round 59: a finite verb after the words that would be the object makes them a clause's subject and the cue form a
     * noun before it ("Consumer credit growth has slowed for two months"); after a relative pronoun the verb is the
     * object's own ("credited the crews who had worked all night with saving the pier").
     */
    @Test
    void aFiniteVerbAfterTheObjectLeavesNoComplement() {
        assertEquals(List.of(), cues("- Consumer credit growth has slowed for two consecutive quarters."));
        assertEquals(List.of("credited"), cues("The report credited the crews who had worked all night with saving the pier."));
    }

    @Test
    void aQuotationOrAThatClauseRightAfterTheVerb() {
        assertMentions("""
                The ferries were late again on Monday.
                The letter read: “Free ferries now.”
                Commuters learned on Friday that the night ferry would stop.
                Voters still view Mrs. Holm as the favourite.
                """,
                "The letter | “Free ferries now.” | read | direct",
                "Commuters | the night ferry would stop | learned | indirect",
                "Voters | Mrs. Holm as the favourite | view | indirect");
    }

    @Test
    void aPassiveOrADeterminerThatIsNoComplement() {
        assertEquals(List.of(), cues("""
                The pier is widely seen as the oldest in the county.
                Holm learned a lot about ferries from that summer.
                The judge read the ruling aloud.
                """));
    }

    @Test
    void aVerbOfPortrayalGivesItsObjectARoleAsAViewOrAClaim() {
        assertMentions("""
                Speaking at the depot, Mayor Vik framed the closure as a test of the town's nerve.
                Councillor Holm presents herself as the only friend of the night ferry.
                In his speech, Tor Berg positioned the harbour board as the last line of defence.
                The union pitched its timetable as a way to keep the pier open.
                One ranking pegs the Lund family as the richest in the county.
                """,
                "Mayor Vik | the closure as a test of the town's nerve | framed | indirect",
                "Councillor Holm | herself as the only friend of the night ferry | presents | indirect",
                "Tor Berg | the harbour board as the last line of defence | positioned | indirect",
                "The union | its timetable as a way to keep the pier open | pitched | indirect",
                "One ranking | the Lund family as the richest in the county | pegs | indirect");
        // Without "as" and a role after the object they frame, present, place, throw or fix something.
        assertEquals(List.of(), cues("""
                The crew framed the old pier photos for the museum.
                Holm presented the new timetable to the board on Monday.
                The tug positioned the barge near the quay.
                Volunteers pitched tents along the shore.
                The board pegged fares to inflation.
                Lund pitched in as the ferry filled.
                """));
        // The "as" after a participle of the object's phrase is the participle's.
        assertMentions("Mayor Vik framed her remarks by portraying Holm as a friend of the developers.",
                "Mayor Vik | Holm as a friend of the developers | portraying | indirect");
    }

    /** Round 48: a finding body's or a committee's conclusion with its clause; without one an act or a noun. */
    @Test
    void aFindingOrAJudgementWithItsClauseIsAStatement() {
        assertMentions("""
                The Rail Safety Board established that the signal at Kolby had been dark for a week.
                Most directors judged that the fares could stay where they were.
                The council established a relief fund for the flooded farms.
                Prosecutor Ana Berg told the judge that the driver had fled twice.
                """,
                "The Rail Safety Board | the signal at Kolby had been dark for a week | established | indirect",
                "Most directors | the fares could stay where they were | judged | indirect",
                "Prosecutor Ana Berg | the driver had fled twice | told | indirect");
    }

    /** Round 48: a request of a party with an infinitive; a bare thing asked for has only its purpose after it. */
    @Test
    void aPartyRequestedToActIsARequestAThingRequestedIsNot() {
        assertMentions("""
                The Embassy requests the Ministry to allow consular visits to the two detained sailors.
                A port official, who requested anonymity to discuss the inspection, confirmed the closure.
                """,
                "The Embassy | the Ministry to allow consular visits to the two detained sailors | requests | indirect",
                "A port official | the closure | confirmed | indirect");
    }

    /** Round 49: a document's or a record keeper's entry with its clause; a thing recorded and the noun are none. */
    @Test
    void anEntryRecordedWithItsClauseIsAStatement() {
        String text = """
                The Harbour Board decided in 2030 to close the ferry. The Board's own safety review recorded that about \
                a third of the riders were over 70. The club recorded a loss of $2 million. She set a record that stood \
                for years.
                """;
        assertMentions(text, "The Board's own safety review | about a third of the riders were over 70 | recorded | indirect");
        assertSpeaker(extract(text), "about a third of the riders were over 70", "Harbour Board");
    }

    /** Round 49: "protested that" with its clause is a complaint said; the noun "protest" before a relative is none. */
    @Test
    void aProtestWithItsClauseIsAStatement() {
        assertMentions("""
                The visiting coach, Mel Dorsey, protested that the clock had been stopped late. The protest that \
                followed drew 300 fans to the town hall. Two protests that turned rowdy were broken up by police.
                """,
                "The visiting coach, Mel Dorsey | the clock had been stopped late | protested | indirect");
    }

    /** Round 51: "broke council rules but that ...": a "that" after a coordinator goes on an earlier clause. */
    @Test
    void aThatAfterButContinuesAnEarlierClause() {
        assertMentions("""
                Auditor Ivy Sloan said at the time that the trips broke council rules but that her office had found no sign of fraud.
                """,
                "Auditor Ivy Sloan | the trips broke council rules but that her office had found no sign of fraud | said | indirect");
    }

    /**
     * Round 53: "has directed the new Minister of X, NAME, to:" over bullets gives each bullet as the director's, as
     * "instructed:" does; "directed" with no list under it ("directed the film", "directed traffic to the exit") says
     * nothing.
     */
    @Test
    void theBulletsADirectorDirectedAMinisterToAreTheDirectors() {
        assertMentions("""
                The Premier has directed the new Minister of Transport, Ansel Korhonen, to:
                - widen the coastal highway by 2037;
                - publish a ferry timetable by June.
                """,
                "The Premier | widen the coastal highway by 2037 | directed | indirect",
                "The Premier | publish a ferry timetable by June | directed | indirect");
        assertEquals(List.of(), cues("""
                Maren Tolle directed the film in 2031.
                A constable directed traffic to the exit.
                """));
    }

    /**
     * Round 57: "rated X as Y" gives a verdict, as "described X as Y" does; "rated the rooms highly" gives none, and the
     * noun "rates as high as" none.
     */
    @Test
    void whatARatingGaveAsItsVerdictIsAStatement() {
        assertMentions("A 2036 audit rated the dam's spillway as \"unsatisfactory\".",
                "A 2036 audit | the dam's spillway as \"unsatisfactory\" | rated | mixed");
        assertEquals(List.of(), cues("""
                Guests rated the rooms highly.
                The hotel was rated four stars by the guide.
                Interest rates as high as 9 percent hurt the builders.
                """));
    }
}
