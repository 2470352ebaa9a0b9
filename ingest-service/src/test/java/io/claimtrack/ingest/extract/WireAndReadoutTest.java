package io.claimtrack.ingest.extract;

import static io.claimtrack.ingest.extract.Pipeline.assertSpeaker;
import static io.claimtrack.ingest.extract.Pipeline.extract;
import static io.claimtrack.ingest.extract.Pipeline.statement;
import static io.claimtrack.ingest.extract.Pipeline.statements;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issues 9 and 10, seventeenth round: the forms of wire stories, government readouts, interviews and newspaper
 * features that the invented development set ({@code src/test/resources/eval/invented_gold.jsonl}) showed missing.
 */
class WireAndReadoutTest {

    /** "fire back" is a cue; "fire" after an article or a possessive is the noun of "the fire chief". */
    @Test
    void aCueWordWithoutItsParticleIsANounAfterAnArticle() {
        AnnotatedDocument doc = extract("""
                Two of the harbour's four pumps failed on Sunday, the city's fire chief told council members.
                The crews were ready, the fire department said.
                Ola Berg fired back that the crews had been cut.
                """);
        assertSpeaker(doc, "Two of the harbour's four pumps failed on Sunday", "the city's fire chief");
        assertSpeaker(doc, "The crews were ready", "the fire department");
        assertEquals("fired back", statement(doc, "the crews had been cut").cue);
    }

    /** The person interviewed is someone named in full or with a title, not a place named as often. */
    @Test
    void answersAreThePersonTheIntroductionNamesInFull() {
        AnnotatedDocument doc = extract("""
                Envoy Lina Sorvik: Marland and Osta must keep talking

                The Marland envoy to Osta, Lina Sorvik, spoke to the Harbour Post about trade with Osta.

                Sorvik has served in Osta since 2021.

                Question: How are relations with Osta?

                Answer: They are difficult, but trade has never stopped.
                """);
        assertSpeaker(doc, "They are difficult, but trade has never stopped", "Lina Sorvik");
    }

    /** Headings inside one lead-in's list ("On trade") leave the bullets under them that lead-in's. */
    @Test
    void sectionHeadingsUnderALeadInKeepItsBullets() {
        AnnotatedDocument doc = extract("""
                Minister Ola Renberg met the delegation on Monday. The minister stressed:

                On trade
                • The new customs posts will open in March

                On culture
                • A festival of Marland film will open in May
                """);
        assertSpeaker(doc, "The new customs posts will open in March", "Ola Renberg");
        assertSpeaker(doc, "A festival of Marland film will open in May", "Ola Renberg");
    }

    /** "made the following points:" is a lead-in; "gave a positive assessment of" reports what was assessed. */
    @Test
    void lightVerbLeadInsAndAssessments() {
        AnnotatedDocument doc = extract("""
                Deputy Minister Kari Lindqvist made the following points:

                1) The sailors must be released without delay;
                2) Consular access must be granted within a day.

                Ambassador Pavel Dorn gave a positive assessment of the talks on fishing quotas.
                """);
        assertEquals(List.of(
                "Kari Lindqvist | The sailors must be released without delay | made the following points | indirect",
                "Kari Lindqvist | Consular access must be granted within a day | made the following points | indirect",
                "Pavel Dorn | the talks on fishing quotas | gave a positive assessment of | indirect"), statements(doc));
    }

    /** A medium phrase after a trailing cue says where it was said, however long the outlet's name. */
    @Test
    void aLongMediumPhraseAfterATrailingCueIsNotTheContent() {
        AnnotatedDocument doc = extract("""
                The new pier will open in 2028, Transport Minister Ola Renberg said in an interview with the \
                Harbour Gazette newspaper published on Tuesday.
                """);
        assertEquals(List.of("Ola Renberg | The new pier will open in 2028 | said | indirect"), statements(doc));
    }

    /** A feature opening with an age description names the person after it; the byline's writer is not them. */
    @Test
    void anOpeningAgeDescriptionIsThePersonNamedAfterItNotTheWriter() {
        AnnotatedDocument doc = extract("""
                The harbour's oldest pilot is not done yet

                By Mona Lindahl

                The 67-year-old pilot insists that experience still counts.

                "I know every rock in this bay," Per Ostberg said on Friday.
                """);
        assertSpeaker(doc, "experience still counts", "Per Ostberg");
    }

    /** A place or a firm inside the role given with a speaker's name is not whom the next "he" stands for. */
    @Test
    void aNameInsideTheLastSpeakersRoleIsNotThePronounsAntecedent() {
        AnnotatedDocument doc = extract("""
                "The tone was softer than we thought," said Ivar Moen, chief economist at Norbank in Port Lanning. \
                He expects two cuts by June.
                """);
        assertSpeaker(doc, "two cuts by June", "Ivar Moen");
    }

    /** An inverted description and the name after it that closes the sentence are one speaker. */
    @Test
    void anInvertedDescriptionTakesTheNameAfterIt() {
        AnnotatedDocument doc = extract("""
                "The ice is late this year," said the harbour's chief pilot, Ola Brekke. "We will wait."
                """);
        assertSpeaker(doc, "\"The ice is late this year,\"", "Ola Brekke");
        assertSpeaker(doc, "\"We will wait.\"", "Ola Brekke");
    }

    /** A transcript's title label, a market line and a wire update's note name no speaker. */
    @Test
    void labelsAndUpdateNotesAreNoStatements() {
        AnnotatedDocument doc = extract("""
                Transcript: Minister Holm's news conference on the ferries

                (Adds minister's comment, details on fares in paragraphs 4-6)

                Markets: NDX 4,210.50 +0.4% | Krone 9.81 per euro

                The ferries will run all winter, Minister Ada Holm said on Monday.
                """);
        assertEquals(List.of("Ada Holm | The ferries will run all winter | said | indirect"), statements(doc));
    }

    /** "it" after a statement with a document inside it is the body that spoke, not the document. */
    @Test
    void itIsTheBodyNotTheDocumentInsideItsStatement() {
        AnnotatedDocument doc = extract("""
                Under the deal, each port will get two new tugs, the harbour board said in a statement. Small \
                boats will be exempt until 2029, it said.
                """);
        assertSpeaker(doc, "Small boats will be exempt until 2029", "the harbour board");
    }

    /**
     * The terms of speaking in a relative clause on the speaker ("who spoke on condition of anonymity", "who asked not to
     * be named") are no cue.
     */
    @Test
    void theTermsOfSpeakingAreNoStatement() {
        AnnotatedDocument doc = extract("""
                A firefighter who spoke on condition of anonymity said the night crews had been cut.
                A diplomat who spoke on the condition that he not be named said the talks were over.
                A pilot, who asked not to be named because she was not allowed to talk to reporters, said the quay was unsafe.
                The union asked not to be identified with the strike, a spokesman said.
                """);
        assertEquals(List.of("A firefighter | the night crews had been cut | said | indirect",
                "A diplomat | the talks were over | said | indirect",
                "A pilot | the quay was unsafe | said | indirect",
                "a spokesman | The union asked not to be identified with the strike | said | indirect",
                "The union | not to be identified with the strike | asked | indirect"), statements(doc));
    }
    /** The terms of speaking between a cue and its that-clause leave what was said a statement. */
    @Test
    void aThatClauseAfterTheTermsOfSpeakingIsWhatWasSaid() {
        AnnotatedDocument doc = extract("""
                A senior harbour official said on condition of anonymity that the deal could be signed in March.
                Two pilots said on the condition of anonymity that the buoys had drifted.
                The aide spoke on condition of anonymity because the talks were private.
                """);
        assertEquals(List.of("A senior harbour official | the deal could be signed in March | said | indirect",
                "Two pilots | the buoys had drifted | said | indirect"), statements(doc));
    }

    /** "informed X about Y" tells of a topic, as a readout's "discussed": no words reported; "informed X that" reports them. */
    @Test
    void informingAListenerAboutATopicIsNoStatement() {
        AnnotatedDocument doc = extract("""
                The harbour master informed the visiting minister about the dredging of the outer basin.
                She informed reporters that the pier would reopen in May.
                """);
        assertEquals(List.of("She | the pier would reopen in May | informed | indirect"), statements(doc));
    }

    /** "inform X of Y" and "told X about Y" tell of a topic too; the "of" of a listener's title or outlet does not. */
    @Test
    void informingOrTellingAListenerOfATopicIsNoStatement() {
        AnnotatedDocument doc = extract("""
                The envoy said he would inform his government of the harbour board's position.
                Mayor Lund told Fjord Radio about the ferry strike, the budget and the new pier.
                Ada Berg informed the Minister of Transport that the pier would reopen in May.
                Per Dahl told Ola Vik of the Fjord Herald that the fares would fall.
                """);
        assertEquals(List.of("The envoy | he would inform his government of the harbour board's position | said | indirect",
                "Ada Berg | the pier would reopen in May | informed | indirect",
                "Per Dahl | the fares would fall | told | indirect"), statements(doc));
    }

    /** A government that recalls its envoy calls the envoy home; it remembers nothing. */
    @Test
    void recallingAnEnvoyIsNoStatement() {
        AnnotatedDocument doc = extract("""
                Norland recalls ambassador to Vesta as spy row deepens

                Norland on Tuesday recalled its ambassador to Vesta for consultations.
                The minister recalled that the treaty had been signed in 1990.
                """);
        assertEquals(List.of("The minister | the treaty had been signed in 1990 | recalled | indirect"), statements(doc));
    }
}
