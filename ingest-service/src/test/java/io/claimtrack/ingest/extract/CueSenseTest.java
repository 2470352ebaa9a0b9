package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, round 53: an answer promised with "will" or "would" is an act to come, no words of its own; a heading's
 * "Frequently asked questions" asks nothing. Round 54: so is one promised with the modal written against its pronoun
 * ("She'll respond", "He’d plead"), which the tokenizer keeps one word.
 */
class CueSenseTest {

    @Test
    void anAnswerPromisedSaysNothingYet() {
        List<String> found = statements(extract("""
                Ostmark's trade ministry said it would respond "at a time and in a way of our choosing." The port \
                authority responded that the cranes had never been idle.
                """));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("Ostmark's trade ministry | it would respond"), found.toString());
        assertTrue(found.get(1).contains("| the cranes had never been idle | responded"), found.toString());
    }

    /** Round 61: "the repairs, estimated at $12,000," puts a figure on a thing; no one estimates anything there. */
    @Test
    void aParticipleSetOffWithAFigureSaysNothing() {
        List<String> found = statements(extract("""
                The clerk, Ona Vell-Pardo, said the town would cover the repairs, estimated at $12,000, from its reserve.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| the town would cover the repairs, estimated at $12,000, from its reserve | said"),
                found.toString());
    }

    /** Round 58: a comment promised for when something is over says nothing yet; it stays inside the statement before. */
    @Test
    void aCommentPromisedSaysNothingYet() {
        List<String> found = statements(extract("""
                A spokeswoman for the Nordic Rowing League, Helga Brandvik, said the league "follows the rules" and \
                would comment once the hearing was over.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| the league \"follows the rules\" and would comment once the hearing was over |"),
                found.toString());
    }

    @Test
    void aFrequentlyAskedQuestionsHeadingAsksNothing() {
        List<String> found = statements(extract("""
                Harbour ferry timetable changes

                The harbour board said the winter timetable would start on 3 November.

                Frequently asked questions

                Commonly asked questions about refunds

                Reporters asked questions about the fares, and the chair asked whether the board would meet again.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("The harbour board | the winter timetable would start on 3 November"), found.toString());
    }

    @Test
    void anAnswerOrAPleaPromisedWithAContractedModalSaysNothingYet() {
        List<String> found = statements(extract("""
                Harbour chief Oda Rasmussen was asked about the closures. She'll respond "in writing, once the audit is \
                done."

                Tor Vinje faces three counts of fraud. He'll plead not guilty to all of them on Monday.

                Lena Vinje faces one count. She’d plead guilty only to the lesser count, her lawyer said.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("her lawyer | She’d plead guilty only to the lesser count | said"), found.toString());
    }

    @Test
    void aPleaAlreadyEnteredAfterAContractedHadStands() {
        List<String> found = statements(extract("""
                Tor Vinje faces three counts of fraud. He’d pleaded guilty to a lesser count in 2015.
                """));
        assertEquals(List.of("Tor Vinje | guilty to a lesser count in 2015 | pleaded | indirect"), found);
    }

    /** Round 54: a question only pointed back to ("asked that question at the hearing") gives no words. */
    @Test
    void aQuestionPointedBackToAsksNothingNew() {
        List<String> found = statements(extract("""
                Who pays for the new buses? Several riders asked that question at Monday's hearing. Two drivers asked \
                the same question during the break. The chair said the depot would stay open.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| the depot would stay open | said"), found.toString());
    }

    /**
     * Round 61: a listener and how often ("the questions readers have asked us most often.") asks nothing here; a
     * quotation before the cue is the question asked.
     */
    @Test
    void aListenerAndHowOftenAsksNothing() {
        List<String> found = statements(extract("""
                This leaflet answers the questions walkers and the wardens have asked us most often. The wardens asked \
                us to close the gate at dusk. "But why?" the warden Ida Lomm asked him.
                """));
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("| us to close the gate at dusk | asked"), found.toString());
        assertTrue(found.get(1).contains("Ida Lomm | \"But why?\""), found.toString());
    }

    @Test
    void aDutyOfAnyOneOfAClassIsNoStatementWhateverTheCue() {
        // What the rules ask of any juror or member says nothing yet; a named person's test is said of him.
        List<String> found = statements(extract("""
                Under the league's rules, a referee must declare any family tie to a club in the cup. Every member \
                must disclose gifts worth more than $50. Operators must report a breach within three days.

                Holm must show he is ready, Councillor Vik said.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| Holm must show he is ready | said"), found.toString());
    }

    @Test
    void aModalsAdviceOrDutyIsNoStatement() {
        List<String> found = statements(extract("""
                The ferry to Skarholm will sail on Sunday, but passengers should expect long queues at the terminal. \
                Tenants must show that the flat was damp before the housing fund pays for repairs. Owners have to \
                show that the wall was sound.

                Forecasters expect heavy rain on Friday. The inspection showed that the flat was damp. Listeners can \
                expect her to sing two new songs at the Harbour Hall.
                """));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).contains("| heavy rain on Friday | expect"), found.toString());
        assertTrue(found.get(1).contains("| the flat was damp | showed"), found.toString());
        assertTrue(found.get(2).contains("| her to sing two new songs at the Harbour Hall | expect"), found.toString());
    }

    @Test
    void aRelativeClausesCueBeforeTheMainVerbSaysNothing() {
        List<String> found = statements(extract("""
                Several of the tenants who complained had lived on the Ravelin estate for decades. The tenants who complained \
                said the rent was too high.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| the rent was too high | said"), found.toString());
    }

    /** Round 54: a body "which advises about 90 clubs" counts its clients, a service; what it said is kept. */
    @Test
    void clientsCountedInARelativeAreAService() {
        List<String> found = statements(extract("""
                The Orchard Tenants Alliance, which advises about 70 housing co-ops in the region, said such fights \
                were common.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("| such fights were common | said"), found.toString());
    }

    /** Round 58: the text a motion adds to a bill is no statement; a speaker who ends "by adding that" still speaks. */
    @Test
    void theTextAnAmendmentAddsIsNoStatement() {
        List<String> found = statements(extract("""
                Ms. Tarrow moved that section 4 of the bill be amended by adding the following paragraph: "(c) The \
                Minister shall publish the ferry timetable each spring."

                Ms. Tarrow ended by adding that the ferry timetable had not changed since 2031.
                """));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith("| the ferry timetable had not changed since 2031 | adding | indirect"), found.toString());
    }
    /** Round 61: the bare "hail" with no subject before it and a noun's word after is the weather, not praise. */
    @Test
    void hailTheWeatherIsNoPraise() {
        List<String> found = statements(extract("""
                Tarnby Mutual will stop writing farm policies after record hail losses erased its reserves, its chief \
                executive, Oda Prell-Nakamura, said. Heavy hail flattened the barley, growers said. Fans hail the \
                ruling as a win.
                """));
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.get(0).contains("| Tarnby Mutual will stop writing farm policies after record hail losses erased its reserves |"),
                found.toString());
        assertTrue(found.get(1).contains("| Heavy hail flattened the barley |"), found.toString());
        assertTrue(found.get(2).startsWith("Fans | the ruling as a win | hail"), found.toString());
    }
}
